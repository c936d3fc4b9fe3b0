#pragma once

#include "core/dimension.h"
#include "core/usagetotals.h"
#include "dayrange.h"
#include "driversquery.h"
#include "workspace/eventfilter.h"
#include "workspace/summaryquery.h"

#include <QList>

namespace costline {

class Workspace;

// A value that moved the money most, for the Overview's "next action" panel.
struct Mover
{
    Dimension dim = Dimension::Model;
    DriverRow row;
};

// Everything the Overview tab shows for one filter.
struct OverviewData
{
    DayRange current;
    DayRange previous;
    UsageTotals currentTotals;
    UsageTotals previousTotals;
    QList<SummaryGroup> dailyByProvider; // key {day, provider}, days in order
    QList<SummaryGroup> byProvider;      // dearest first
    QList<SummaryGroup> byModel;         // the dearest models, then one "Other" group
    QList<Mover> movers;                 // biggest absolute change first
};

class OverviewQuery final
{
public:
    static constexpr int kTopModels = 10;
    static constexpr int kMovers = 3;
    static constexpr const char *kOtherKey = "Other";

    explicit OverviewQuery(Workspace &workspace) : m_workspace(workspace) {}

    // The filter's day range (which must be set) is the current period.
    OverviewData run(const EventFilter &filter);

    // The dimensions the "next action" panel looks for movers in.
    static QList<Dimension> moverDimensions();

private:
    QList<Mover> findMovers(const EventFilter &filter);

    Workspace &m_workspace;
};

// Keeps the first `keep` groups and folds the rest into one group keyed `otherKey`.
QList<SummaryGroup> topWithOther(const QList<SummaryGroup> &groups, int keep, const QString &otherKey);

} // namespace costline
