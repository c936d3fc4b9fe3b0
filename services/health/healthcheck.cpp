#include "healthcheck.h"

#include <QtMath>

namespace costline {

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Warn:
        return QStringLiteral("warn");
    case CheckStatus::Fail:
        break;
    }
    return QStringLiteral("fail");
}

QStringList capability::all()
{
    return {overview(), dataHealth(), allocation(), forecast(), unitEconomics()};
}

HealthCheck makeCheck(const QString &name, const QString &capability, const QString &subject)
{
    HealthCheck c;
    c.name = name;
    c.capability = capability;
    c.subject = subject;
    return c;
}

CheckStatus statusAtLeast(double valuePct, double passAt, double warnAt)
{
    if (valuePct >= passAt)
        return CheckStatus::Pass;
    return valuePct >= warnAt ? CheckStatus::Warn : CheckStatus::Fail;
}

CheckStatus statusAtMost(double value, double passAt, double warnAt)
{
    if (value <= passAt)
        return CheckStatus::Pass;
    return value <= warnAt ? CheckStatus::Warn : CheckStatus::Fail;
}

int readinessScore(const QList<HealthCheck> &checks)
{
    int halves = 0;
    int counted = 0;
    for (const HealthCheck &c : checks) {
        if (c.locked)
            continue;
        ++counted;
        halves += c.status == CheckStatus::Pass ? 2 : c.status == CheckStatus::Warn ? 1 : 0;
    }
    if (counted == 0)
        return 100;
    return int(qRound(100.0 * halves / (2.0 * counted)));
}

std::optional<HealthCheck> nextAction(const QList<HealthCheck> &checks)
{
    const HealthCheck *best = nullptr;
    for (const HealthCheck &c : checks) {
        if (c.locked || c.status == CheckStatus::Pass)
            continue;
        if (!best || c.moneyAtStakeNano > best->moneyAtStakeNano
            || (c.moneyAtStakeNano == best->moneyAtStakeNano && c.status == CheckStatus::Fail
                && best->status != CheckStatus::Fail))
            best = &c;
    }
    if (!best)
        return std::nullopt;
    return *best;
}

} // namespace costline
