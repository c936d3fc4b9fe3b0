#include "caphierarchy.h"

#include <QCoreApplication>

#include <limits>

namespace costline {
namespace {

__extension__ typedef __int128 Wide;

QString usd(qint64 nano)
{
    return QLatin1Char('$') + limitDecimal(nano);
}

QString capText(const Budget &cap)
{
    return QCoreApplication::translate("costline::Budgets", "%1 (%2 %3)")
        .arg(cap.name, usd(cap.limitNano), periodName(cap.period));
}

QList<Budget> othersThan(const Budget &edited, const QList<Budget> &caps)
{
    QList<Budget> others;
    for (const Budget &cap : caps) {
        if (edited.id == 0 || cap.id != edited.id)
            others << cap;
    }
    return others;
}

} // namespace

bool governs(const Budget &platformCap, const Budget &tenantCap)
{
    return platformCap.managedBy == Budget::ManagedBy::Platform && platformCap.enabled
           && platformCap.covers(tenantCap.scope);
}

qint64 allowedUnder(const Budget &platformCap, Budget::Period tenantPeriod)
{
    const int tenantDays = periodMaxDays(tenantPeriod);
    const int platformDays = periodMaxDays(platformCap.period);
    if (tenantDays <= platformDays)
        return platformCap.limitNano;
    const Wide scaled = Wide(platformCap.limitNano) * tenantDays / platformDays;
    return scaled > std::numeric_limits<qint64>::max() ? std::numeric_limits<qint64>::max() : qint64(scaled);
}

std::optional<CapCeiling> capCeiling(const Budget &tenantCap, const QList<Budget> &caps)
{
    std::optional<CapCeiling> tightest;
    for (const Budget &cap : othersThan(tenantCap, caps)) {
        if (!governs(cap, tenantCap))
            continue;
        const qint64 allowed = allowedUnder(cap, tenantCap.period);
        if (!tightest || allowed < tightest->allowedNano)
            tightest = CapCeiling{cap, allowed};
    }
    return tightest;
}

std::optional<CapConflict> findCapConflict(const Budget &edited, const QList<Budget> &stored)
{
    if (edited.managedBy == Budget::ManagedBy::Tenant) {
        const auto ceiling = capCeiling(edited, stored);
        if (ceiling && edited.limitNano > ceiling->allowedNano)
            return CapConflict{edited, *ceiling, false};
        return std::nullopt;
    }
    std::optional<CapConflict> worst;
    for (const Budget &cap : othersThan(edited, stored)) {
        if (cap.managedBy != Budget::ManagedBy::Tenant || !cap.enabled || !governs(edited, cap))
            continue;
        const qint64 allowed = allowedUnder(edited, cap.period);
        const qint64 excess = cap.limitNano - allowed;
        if (excess > 0 && (!worst || excess > worst->tenantCap.limitNano - worst->ceiling.allowedNano))
            worst = CapConflict{cap, CapCeiling{edited, allowed}, true};
    }
    return worst;
}

QString capConflictMessage(const CapConflict &c)
{
    const QString rule = QCoreApplication::translate(
        "costline::Budgets", "a tenant cap must sit at or below the tightest enabled platform cap whose scope contains its own");
    QString over = usd(c.ceiling.allowedNano);
    if (c.ceiling.allowedNano != c.ceiling.platformCap.limitNano)
        over = QCoreApplication::translate("costline::Budgets", "%1 (the platform cap's rate over a %2 period)")
                   .arg(over, periodName(c.tenantCap.period));
    if (c.platformEdited)
        return QCoreApplication::translate("costline::Budgets",
                                           "Platform cap %1 would sit below tenant cap %2, which it governs: %3. "
                                           "Lower tenant cap %4 to %5 or less first, or disable it.")
            .arg(capText(c.ceiling.platformCap), capText(c.tenantCap), rule, c.tenantCap.name, over);
    return QCoreApplication::translate("costline::Budgets",
                                       "Tenant cap %1 is above platform cap %2, which governs it: %3. "
                                       "Lower it to %4 or less, or raise the platform cap first.")
        .arg(capText(c.tenantCap), capText(c.ceiling.platformCap), rule, over);
}

} // namespace costline
