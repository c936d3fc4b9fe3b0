#include "plan.h"

#include <array>

namespace costline {
namespace {

// The capability names each plan adds to the plan before it.
QStringList addedBy(Plan plan)
{
    using namespace entitlement;
    switch (plan) {
    case Plan::Free:
        return {overview(), costDrivers(), usageEvents(), dataHealth(), csvExport(), print()};
    case Plan::Team:
        return {costSignals(), budgets(), allocation()};
    case Plan::Business:
        return {forecast(), unitEconomics(), pdfReports()};
    case Plan::Enterprise:
        return {scheduledReports(), chargebackPack(), disputePack()};
    }
    return {};
}

constexpr std::array kPlans{Plan::Free, Plan::Team, Plan::Business, Plan::Enterprise};

} // namespace

QStringList entitlement::all()
{
    QStringList names;
    for (Plan plan : kPlans)
        names += addedBy(plan);
    return names;
}

QString entitlement::displayName(const QString &name)
{
    QString text = name;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text.replace(QStringLiteral("pdf"), QStringLiteral("PDF"));
    text.replace(QStringLiteral("csv"), QStringLiteral("CSV"));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString planName(Plan plan)
{
    return planDisplayName(plan).toLower();
}

QString planDisplayName(Plan plan)
{
    switch (plan) {
    case Plan::Free:
        return QStringLiteral("Free");
    case Plan::Team:
        return QStringLiteral("Team");
    case Plan::Business:
        return QStringLiteral("Business");
    case Plan::Enterprise:
        return QStringLiteral("Enterprise");
    }
    return {};
}

std::optional<Plan> planFromName(const QString &name)
{
    for (Plan plan : kPlans) {
        if (planName(plan).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return plan;
    }
    return std::nullopt;
}

QSet<QString> planEntitlements(Plan plan)
{
    QSet<QString> names;
    for (Plan p : kPlans) {
        for (const QString &n : addedBy(p))
            names.insert(n);
        if (p == plan)
            break;
    }
    return names;
}

Plan planIncluding(const QString &name)
{
    for (Plan plan : kPlans) {
        if (addedBy(plan).contains(name))
            return plan;
    }
    return Plan::Enterprise;
}

} // namespace costline
