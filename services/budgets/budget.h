#pragma once

#include "core/dimension.h"

#include <QMap>
#include <QString>

#include <optional>

namespace costline {

// A spending limit over a scope for a calendar period (UTC; weeks start on Monday).
struct Budget
{
    enum class Period { Daily, Weekly, Monthly };

    qint64 id = 0;
    QString name;
    QMap<Dimension, QString> scope; // empty: all spend
    Period period = Period::Monthly;
    qint64 limitNano = 0;
    int softPct = 80;
    bool enabled = true;

    // The first and last day of the period that contains `day`.
    qint64 periodStart(qint64 day) const;
    qint64 periodEnd(qint64 day) const;
    // True when every dimension the budget is scoped to has the same value in `scope`.
    bool covers(const QMap<Dimension, QString> &scope) const;
};

QString periodName(Budget::Period period);
std::optional<Budget::Period> periodFromName(const QString &name);
QString scopeToJson(const QMap<Dimension, QString> &scope);
QMap<Dimension, QString> scopeFromJson(const QString &json);

} // namespace costline
