#pragma once

#include "core/usagetotals.h"
#include "eventfilter.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace costline {

class Workspace;

struct SummaryGroup
{
    QStringList key; // one value per grouping, "" where the dimension is not set
    UsageTotals totals;
};

struct SummaryResult
{
    qint64 fromDay = 0;
    qint64 toDay = 0;
    QList<Grouping> groupBy;
    UsageTotals totals;
    QList<SummaryGroup> groups;
};

// Sums usage over a day range, optionally grouped by up to three keys. Reads rollups only:
// unfiltered single-dimension views read rollup_dim (a few rows per day and value), the
// rest the month and day rollups of the tuples the filter keeps (see RollupSpan), summed
// per group in memory. Never touches raw events.
class SummaryQuery final
{
public:
    static constexpr int kMaxGroupings = 3;

    explicit SummaryQuery(Workspace &workspace) : m_workspace(workspace) {}

    // fromDay and toDay of the filter must be set.
    SummaryResult run(const EventFilter &filter, const QList<Grouping> &groupBy);

    // First and last day with any usage; nullopt for an empty workspace.
    std::optional<qint64> firstDay();
    std::optional<qint64> lastDay();

private:
    struct GroupRows;
    bool canUseDimensionRollup(const EventFilter &filter, const QList<Grouping> &groupBy) const;
    GroupRows readDimensionRollup(const EventFilter &filter, const QList<Grouping> &groupBy);
    GroupRows readTupleRollup(const EventFilter &filter, const QList<Grouping> &groupBy);

    Workspace &m_workspace;
};

} // namespace costline
