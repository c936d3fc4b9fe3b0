#pragma once

#include "core/dimension.h"

#include <QMap>
#include <QString>

#include <optional>

namespace costline {

// A spending cap over a scope for a calendar period (UTC; weeks start on Monday), as an LLM
// gateway defines one: the platform (the organisation) sets caps over any scope, and a tenant
// sets its own caps inside its tenant, never above the platform's (see caphierarchy.h).
struct Budget
{
    enum class Period { Daily, Weekly, Monthly };
    enum class ManagedBy { Platform, Tenant };

    qint64 id = 0; // 0 until stored
    QString name;
    QMap<Dimension, QString> scope; // empty: all spend
    Period period = Period::Monthly;
    qint64 limitNano = 0;
    int softPct = 80;
    bool enabled = true;
    ManagedBy managedBy = ManagedBy::Platform;
    int version = 0; // 1 when stored first, one more on each edit
    qint64 updatedMs = 0;

    // The first and last day of the period that contains `day`.
    qint64 periodStart(qint64 day) const;
    qint64 periodEnd(qint64 day) const;
    // True when every dimension the budget is scoped to has the same value in `scope`:
    // all spend of `scope` counts against this budget.
    bool covers(const QMap<Dimension, QString> &scope) const;
    // The soft limit in nano-USD (softPct of the limit, rounded down).
    qint64 softLimitNano() const;
};

QString periodName(Budget::Period period);
std::optional<Budget::Period> periodFromName(const QString &name);
// The most days one period can hold: 1, 7 and 31 (the longest month).
int periodMaxDays(Budget::Period period);
QString managedByName(Budget::ManagedBy managedBy); // "platform", "tenant"
std::optional<Budget::ManagedBy> managedByFromName(const QString &name);
QString scopeToJson(const QMap<Dimension, QString> &scope);
QMap<Dimension, QString> scopeFromJson(const QString &json);
// "1000.00" where the amount has no digit below a cent, else every digit ("12.345678901"):
// text that reads back as exactly the same amount.
QString limitDecimal(qint64 nano);

} // namespace costline
