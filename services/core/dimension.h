#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace costline {

// The attribution dimensions every usage event carries. Their order is the storage order
// of the interned dimension tuple, so append only.
enum class Dimension : int {
    Source = 0,
    Provider,
    Model,
    Operation,
    ApiKey,
    Tenant,
    Customer,
    Project,
    Team,
    Feature,
    Workflow,
    Environment,
    Count
};

constexpr int kDimensionCount = int(Dimension::Count);

// What `--by` can group on: a stored dimension or a calendar bucket.
enum class GroupKey : int { Dim, Day, Month };

struct Grouping
{
    GroupKey key = GroupKey::Dim;
    Dimension dim = Dimension::Provider;
    bool operator==(const Grouping &) const = default;
};

// Column / CLI name of a dimension: "provider", "api_key", ...
QString dimensionName(Dimension dim);
// The storage column of a dimension in the tuple table ("api_key_id" for ApiKey, ...).
QString dimensionColumn(Dimension dim);
std::optional<Dimension> dimensionFromName(const QString &name);
std::optional<Grouping> groupingFromName(const QString &name);
QString groupingName(const Grouping &grouping);
// Names accepted by --by, in the order the CLI help lists them.
QStringList groupingNames();

} // namespace costline
