#include "dimension.h"

namespace costline {
namespace {

constexpr std::array<const char *, kDimensionCount> kNames = {
    "source", "provider", "model",   "operation", "api_key",  "tenant",
    "customer", "project", "team",   "feature",   "workflow", "environment",
};

} // namespace

QString dimensionName(Dimension dim)
{
    return QString::fromLatin1(kNames.at(size_t(dim)));
}

QString dimensionColumn(Dimension dim)
{
    return dimensionName(dim) + QStringLiteral("_id");
}

std::optional<Dimension> dimensionFromName(const QString &name)
{
    for (int i = 0; i < kDimensionCount; ++i) {
        if (name == QLatin1String(kNames.at(size_t(i))))
            return Dimension(i);
    }
    return std::nullopt;
}

std::optional<Grouping> groupingFromName(const QString &name)
{
    if (name == QLatin1String("day"))
        return Grouping{GroupKey::Day, Dimension::Provider};
    if (name == QLatin1String("month"))
        return Grouping{GroupKey::Month, Dimension::Provider};
    if (const auto dim = dimensionFromName(name))
        return Grouping{GroupKey::Dim, *dim};
    return std::nullopt;
}

QString groupingName(const Grouping &grouping)
{
    switch (grouping.key) {
    case GroupKey::Day:
        return QStringLiteral("day");
    case GroupKey::Month:
        return QStringLiteral("month");
    case GroupKey::Dim:
        break;
    }
    return dimensionName(grouping.dim);
}

QStringList groupingNames()
{
    QStringList names;
    for (int i = 0; i < kDimensionCount; ++i)
        names << QString::fromLatin1(kNames.at(size_t(i)));
    names << QStringLiteral("day") << QStringLiteral("month");
    return names;
}

} // namespace costline
