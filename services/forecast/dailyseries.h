#pragma once

#include "core/usagetotals.h"
#include "workspace/eventfilter.h"

#include <QList>
#include <QMap>
#include <QString>

namespace costline {

class Workspace;

// Priced cost per UTC day over an inclusive range, days without usage as 0.
struct DailySeries
{
    qint64 fromDay = 0;
    QList<qint64> costNano; // index 0 is fromDay

    qint64 toDay() const { return fromDay + costNano.size() - 1; }
    qint64 at(qint64 day) const;
    // Sum over the inclusive days, clipped to the series.
    qint64 sum(qint64 firstDay, qint64 lastDay) const;
    // The series up to and including `day`.
    QList<qint64> upTo(qint64 day) const;
};

// A model's identity in forecasts: models of the same name at two providers are two rows.
struct ModelKey
{
    QString provider;
    QString model;
    bool operator==(const ModelKey &) const = default;
    bool operator<(const ModelKey &o) const { return provider != o.provider ? provider < o.provider : model < o.model; }
};

// Reads the daily cost for the filter's dimension values (its day range is replaced).
DailySeries readDailyCost(Workspace &workspace, const EventFilter &filter, qint64 fromDay, qint64 toDay);
QMap<ModelKey, DailySeries> readDailyCostByModel(Workspace &workspace, const EventFilter &filter, qint64 fromDay,
                                                 qint64 toDay);
// Token and cost sums per model over the range: what a scenario re-prices.
QMap<ModelKey, UsageTotals> readModelTotals(Workspace &workspace, const EventFilter &filter, qint64 fromDay,
                                            qint64 toDay);

} // namespace costline
