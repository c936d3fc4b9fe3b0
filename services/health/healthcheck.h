#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace costline {

enum class CheckStatus { Pass, Warn, Fail };
QString checkStatusName(CheckStatus status);

// Capabilities a plan may include (DESIGN §6); a check belongs to the one its data serves.
namespace capability {
inline QString overview() { return QStringLiteral("overview"); }
inline QString dataHealth() { return QStringLiteral("data_health"); }
inline QString allocation() { return QStringLiteral("allocation"); }
inline QString forecast() { return QStringLiteral("forecast"); }
inline QString unitEconomics() { return QStringLiteral("unit_economics"); }
QStringList all();
} // namespace capability

struct HealthCheck
{
    QString name;       // "freshness", "pricing_coverage", ...
    QString capability;
    QString subject;    // the source or dimension checked, "" for the workspace
    CheckStatus status = CheckStatus::Pass;
    QString reason;
    QString action;     // what fixes it; "" when it passes
    qint64 moneyAtStakeNano = 0;
    bool locked = false; // its capability is not in the plan: shown, never scored
};

HealthCheck makeCheck(const QString &name, const QString &capability, const QString &subject = {});

// Pass at or above passAt, warn at or above warnAt, else fail (for "higher is better").
CheckStatus statusAtLeast(double valuePct, double passAt, double warnAt);
// Pass at or below passAt, warn at or below warnAt, else fail (for "lower is better").
CheckStatus statusAtMost(double value, double passAt, double warnAt);

// 0-100: pass counts 1, warn ½, fail 0, averaged over checks whose capability is in the
// plan. Locked checks do not count, so a smaller plan never scores lower for what it lacks.
int readinessScore(const QList<HealthCheck> &checks);
// The single most valuable fix: the unlocked, failing or warning check with the most money
// at stake; a fail beats a warn at equal money.
std::optional<HealthCheck> nextAction(const QList<HealthCheck> &checks);

} // namespace costline
