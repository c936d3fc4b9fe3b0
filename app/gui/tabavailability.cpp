#include "tabavailability.h"

namespace costline {

QString tabName(Tab tab)
{
    switch (tab) {
    case Tab::Overview:
        return QStringLiteral("Overview");
    case Tab::CostDrivers:
        return QStringLiteral("Cost drivers");
    case Tab::CostSignals:
        return QStringLiteral("Cost signals");
    case Tab::UsageEvents:
        return QStringLiteral("Usage events");
    case Tab::Forecast:
        return QStringLiteral("Forecast");
    case Tab::UnitEconomics:
        return QStringLiteral("Unit economics");
    case Tab::Allocation:
        return QStringLiteral("Allocation");
    case Tab::DataHealth:
        return QStringLiteral("Data health");
    case Tab::Reports:
        return QStringLiteral("Reports");
    case Tab::Count:
        break;
    }
    return {};
}

std::optional<Tab> tabFromName(const QString &name)
{
    const QString wanted = name.simplified();
    for (int i = 0; i < int(Tab::Count); ++i) {
        if (tabName(Tab(i)).compare(wanted, Qt::CaseInsensitive) == 0)
            return Tab(i);
    }
    return std::nullopt;
}

QString tabDescription(Tab tab)
{
    switch (tab) {
    case Tab::CostSignals:
        return QStringLiteral("Anomalies, budget breaches, pricing gaps, missing attribution and model-mix shifts, each "
                              "with the money at stake, an explanation and the next action, to acknowledge or resolve.");
    case Tab::Forecast:
        return QStringLiteral("The projected month-end cost with a low–high band, 7- and 30-day run rates, the "
                              "backtest error, and the projection per model.");
    case Tab::UnitEconomics:
        return QStringLiteral("Cost per outcome (ticket resolved, document answered, customer served) by feature "
                              "and customer, from imported outcomes joined to usage by trace id.");
    case Tab::Allocation:
        return QStringLiteral("Showback and chargeback: every dollar assigned to an owner by direct attribution, rules "
                              "or driver split, with unallocated cost shown apart.");
    case Tab::DataHealth:
        return QStringLiteral("How far the numbers can be trusted: source freshness, quarantined rows, unpriced and "
                              "estimated events, and the readiness score with what to fix first.");
    case Tab::Reports:
        return QStringLiteral("Chargeback, showback and invoice-dispute packs as PDF or CSV, printable and scheduled.");
    default:
        return {};
    }
}

bool TabAvailability::isAvailable(Tab) const
{
    return true;
}

QString TabAvailability::lockedReason(Tab tab) const
{
    return isAvailable(tab) ? QString() : QStringLiteral("%1 is not included in your plan.").arg(tabName(tab));
}

} // namespace costline
