#include "budget.h"

#include "core/decimal.h"
#include "core/money.h"
#include "core/utctime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace costline {

qint64 Budget::periodStart(qint64 day) const
{
    switch (period) {
    case Period::Daily:
        return day;
    case Period::Weekly:
        return day - (day + 3) % 7; // 1970-01-01 was a Thursday; Monday is 0
    case Period::Monthly:
        break;
    }
    return utc::firstDayOfMonth(day);
}

qint64 Budget::periodEnd(qint64 day) const
{
    switch (period) {
    case Period::Daily:
        return day;
    case Period::Weekly:
        return periodStart(day) + 6;
    case Period::Monthly:
        break;
    }
    return utc::lastDayOfMonth(day);
}

bool Budget::covers(const QMap<Dimension, QString> &other) const
{
    for (auto it = scope.cbegin(); it != scope.cend(); ++it) {
        if (other.value(it.key()) != it.value())
            return false;
    }
    return true;
}

qint64 Budget::softLimitNano() const
{
    return limitNano / 100 * softPct + limitNano % 100 * softPct / 100;
}

QString periodName(Budget::Period period)
{
    switch (period) {
    case Budget::Period::Daily:
        return QStringLiteral("daily");
    case Budget::Period::Weekly:
        return QStringLiteral("weekly");
    case Budget::Period::Monthly:
        break;
    }
    return QStringLiteral("monthly");
}

std::optional<Budget::Period> periodFromName(const QString &name)
{
    for (const auto p : {Budget::Period::Daily, Budget::Period::Weekly, Budget::Period::Monthly}) {
        if (periodName(p) == name)
            return p;
    }
    return std::nullopt;
}

int periodMaxDays(Budget::Period period)
{
    switch (period) {
    case Budget::Period::Daily:
        return 1;
    case Budget::Period::Weekly:
        return 7;
    case Budget::Period::Monthly:
        break;
    }
    return 31;
}

QString managedByName(Budget::ManagedBy managedBy)
{
    return managedBy == Budget::ManagedBy::Tenant ? QStringLiteral("tenant") : QStringLiteral("platform");
}

std::optional<Budget::ManagedBy> managedByFromName(const QString &name)
{
    const QString lower = name.toLower(); // gateways write PLATFORM and TENANT
    if (lower == QLatin1String("platform"))
        return Budget::ManagedBy::Platform;
    if (lower == QLatin1String("tenant"))
        return Budget::ManagedBy::Tenant;
    return std::nullopt;
}

QString scopeToJson(const QMap<Dimension, QString> &scope)
{
    QJsonObject o;
    for (auto it = scope.cbegin(); it != scope.cend(); ++it)
        o.insert(dimensionName(it.key()), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<Dimension, QString> scopeFromJson(const QString &json)
{
    QMap<Dimension, QString> scope;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (const auto dim = dimensionFromName(it.key()))
            scope.insert(*dim, it.value().toString());
    }
    return scope;
}

QString limitDecimal(qint64 nano)
{
    constexpr qint64 kNanoPerCent = 10'000'000;
    return nano % kNanoPerCent == 0 ? formatScaledDecimal(nano / kNanoPerCent, 2) : Money::fromNano(nano).toDecimalString();
}

} // namespace costline
