#include "tabavailability.h"

#include <QCoreApplication>

#include <iterator>

namespace costline {

namespace {

// English names: what --tab, the settings file and the CLI use. tabTitle() translates them.
constexpr const char *kTabNames[] = {
    QT_TRANSLATE_NOOP("costline::Tab", "Overview"),       QT_TRANSLATE_NOOP("costline::Tab", "Cost drivers"),
    QT_TRANSLATE_NOOP("costline::Tab", "Cost signals"),   QT_TRANSLATE_NOOP("costline::Tab", "Usage events"),
    QT_TRANSLATE_NOOP("costline::Tab", "Forecast"),       QT_TRANSLATE_NOOP("costline::Tab", "Unit economics"),
    QT_TRANSLATE_NOOP("costline::Tab", "Allocation"),     QT_TRANSLATE_NOOP("costline::Tab", "Data health"),
    QT_TRANSLATE_NOOP("costline::Tab", "Reports"),
};
static_assert(std::size(kTabNames) == std::size_t(Tab::Count));

} // namespace

QString tabName(Tab tab)
{
    return tab == Tab::Count ? QString() : QString::fromLatin1(kTabNames[int(tab)]);
}

QString tabTitle(Tab tab)
{
    return tab == Tab::Count ? QString() : QCoreApplication::translate("costline::Tab", kTabNames[int(tab)]);
}

std::optional<Tab> tabFromName(const QString &name)
{
    const QString wanted = name.simplified();
    for (int i = 0; i < int(Tab::Count); ++i) {
        if (tabName(Tab(i)).compare(wanted, Qt::CaseInsensitive) == 0 || tabTitle(Tab(i)).compare(wanted, Qt::CaseInsensitive) == 0)
            return Tab(i);
    }
    return std::nullopt;
}

QString tabDescription(Tab tab)
{
    switch (tab) {
    case Tab::CostSignals:
        return QCoreApplication::translate("costline::Tab", "Anomalies, budget breaches, pricing gaps, missing attribution and model-mix shifts, each "
                              "with the money at stake, an explanation and the next action, to acknowledge or resolve.");
    case Tab::Forecast:
        return QCoreApplication::translate("costline::Tab", "The projected month-end cost with a low–high band, 7- and 30-day run rates, the "
                              "backtest error, and the projection per model.");
    case Tab::UnitEconomics:
        return QCoreApplication::translate("costline::Tab", "Cost per outcome (ticket resolved, document answered, customer served) by feature "
                              "and customer, from imported outcomes joined to usage by trace id.");
    case Tab::Allocation:
        return QCoreApplication::translate("costline::Tab", "Showback and chargeback: every dollar assigned to an owner by direct attribution, rules "
                              "or driver split, with unallocated cost shown apart.");
    case Tab::DataHealth:
        return QCoreApplication::translate("costline::Tab", "How far the numbers can be trusted: source freshness, quarantined rows, unpriced and "
                              "estimated events, and the readiness score with what to fix first.");
    case Tab::Reports:
        return QCoreApplication::translate("costline::Tab", "Chargeback, showback and invoice-dispute packs as PDF or CSV, printable and scheduled.");
    default:
        return {};
    }
}

QString tabEntitlement(Tab tab)
{
    switch (tab) {
    case Tab::Overview:
        return entitlement::overview();
    case Tab::CostDrivers:
        return entitlement::costDrivers();
    case Tab::CostSignals:
        return entitlement::costSignals();
    case Tab::UsageEvents:
        return entitlement::usageEvents();
    case Tab::Forecast:
        return entitlement::forecast();
    case Tab::UnitEconomics:
        return entitlement::unitEconomics();
    case Tab::Allocation:
        return entitlement::allocation();
    case Tab::DataHealth:
        return entitlement::dataHealth();
    case Tab::Reports:
    case Tab::Count:
        break;
    }
    // Every plan can export CSV and print, so the Reports tab is always open.
    return entitlement::csvExport();
}

bool TabAvailability::isAvailable(Tab tab) const
{
    return m_entitlements.allows(tabEntitlement(tab));
}

QString TabAvailability::lockedReason(Tab tab) const
{
    if (isAvailable(tab))
        return {};
    const Plan plan = planIncluding(tabEntitlement(tab));
    return QCoreApplication::translate("costline::Tab", "%1 is included in the %2 plan and above; this workbench runs on the %3 plan. "
                                                        "Help → Licence… shows your licence and loads a new one.")
        .arg(tabTitle(tab), planDisplayName(plan), planDisplayName(m_entitlements.plan()));
}

QString TabAvailability::lockedCapabilityReason(const QString &name) const
{
    if (allows(name))
        return {};
    return QCoreApplication::translate("costline::Tab", "%1 is included in the %2 plan and above.")
        .arg(entitlement::displayName(name), planDisplayName(planIncluding(name)));
}

} // namespace costline
