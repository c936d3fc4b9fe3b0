#include "chargebackreport.h"

#include "analysis/driversquery.h"
#include "core/utctime.h"
#include "workspace/summaryquery.h"
#include "workspace/workspace.h"

namespace costline {
namespace {

// No price is not $0: a value whose events all lack a price shows "—", never a zero cost.
QVariant costCell(const UsageTotals &t)
{
    return t.costNano == 0 && t.unpricedEvents > 0 ? QVariant() : QVariant(t.costNano);
}

// A percentage for display; the amounts themselves stay integer nano-dollars.
QVariant ratioPercent(qint64 part, qint64 whole)
{
    return whole == 0 ? QVariant() : QVariant(100.0 * double(part) / double(whole));
}

QVariant changePercent(const DriverRow &row)
{
    const auto pct = row.deltaPercent();
    return pct ? QVariant(*pct) : QVariant();
}

EventFilter requestFilter(const ReportRequest &request, const DayRange &range)
{
    EventFilter filter;
    filter.fromDay = range.fromDay;
    filter.toDay = range.toDay;
    if (!request.tenant.isEmpty())
        filter.where.insert(Dimension::Tenant, {request.tenant});
    return filter;
}

// Each day's cost keyed by its date; a day with no usage is absent.
QHash<QString, UsageTotals> dailyTotals(Workspace &ws, const ReportRequest &request, const DayRange &range, UsageTotals *total)
{
    const SummaryResult r = SummaryQuery(ws).run(requestFilter(request, range), {Grouping{GroupKey::Day, Dimension::Provider}});
    *total = r.totals;
    QHash<QString, UsageTotals> days;
    for (const SummaryGroup &g : r.groups)
        days.insert(g.key.value(0), g.totals);
    return days;
}

// Day N of the period beside day N of the previous one: the period-over-period picture.
ReportSection dailySection(Workspace &ws, const ReportRequest &request)
{
    const DayRange current{request.fromDay, request.toDay};
    const DayRange previous = previousPeriod(current);
    UsageTotals currentTotal;
    UsageTotals previousTotal;
    const QHash<QString, UsageTotals> now = dailyTotals(ws, request, current, &currentTotal);
    const QHash<QString, UsageTotals> before = dailyTotals(ws, request, previous, &previousTotal);
    ReportSection s;
    s.heading = QStringLiteral("Daily cost");
    s.note = QStringLiteral("Each day of the period beside the same day of the previous period (%1 – %2); "
                            "a day with no usage costs $0, — marks a day whose usage has no price.")
                 .arg(utc::formatDate(previous.fromDay), utc::formatDate(previous.toDay));
    s.columns = {{QStringLiteral("Day"), ColumnKind::Text},
                 {QStringLiteral("Previous period day"), ColumnKind::Text},
                 {QStringLiteral("Previous (USD)"), ColumnKind::Money},
                 {QStringLiteral("Current (USD)"), ColumnKind::Money},
                 {QStringLiteral("Change (USD)"), ColumnKind::Money}};
    for (qint64 i = 0; i < current.length(); ++i) {
        const QString day = utc::formatDate(current.fromDay + i);
        const QString previousDay = utc::formatDate(previous.fromDay + i);
        const UsageTotals was = before.value(previousDay);
        const UsageTotals is = now.value(day);
        s.rows << QVariantList{day, previousDay, costCell(was), costCell(is), is.costNano - was.costNano};
    }
    s.totals = {QStringLiteral("Total"), QString(), previousTotal.costNano, currentTotal.costNano,
                currentTotal.costNano - previousTotal.costNano};
    s.chart = ReportChart{ChartKind::Lines, 0, {{2, SeriesStyle::Muted}, {3, SeriesStyle::Primary}},
                          QStringLiteral("Day of the period (UTC)"), QStringLiteral("Cost (USD)")};
    return s;
}

ReportSection driverSection(Workspace &ws, const ReportRequest &request, Dimension dim, const QString &title)
{
    const EventFilter filter = requestFilter(request, DayRange{request.fromDay, request.toDay});
    const DriversResult r = DriversQuery(ws).run(filter, dim);
    ReportSection s;
    s.heading = QStringLiteral("By ") + title.toLower();
    s.note = QStringLiteral("Against %1 – %2, the previous period of equal length; biggest change first; — marks values with no price.")
                 .arg(utc::formatDate(r.previous.fromDay), utc::formatDate(r.previous.toDay));
    s.columns = {{title, ColumnKind::Text},
                 {QStringLiteral("Previous (USD)"), ColumnKind::Money},
                 {QStringLiteral("Current (USD)"), ColumnKind::Money},
                 {QStringLiteral("Change (USD)"), ColumnKind::Money},
                 {QStringLiteral("Change"), ColumnKind::Percent},
                 {QStringLiteral("Share"), ColumnKind::Percent}};
    for (const DriverRow &row : r.rows) {
        s.rows << QVariantList{row.value.isEmpty() ? QStringLiteral("(not set)") : row.value, costCell(row.previous),
                               costCell(row.current), row.deltaNano(), changePercent(row), r.sharePercent(row)};
    }
    const qint64 delta = r.currentTotals.costNano - r.previousTotals.costNano;
    const QVariant totalPct = ratioPercent(delta, r.previousTotals.costNano);
    s.totals = {QStringLiteral("Total"), r.previousTotals.costNano, r.currentTotals.costNano, delta, totalPct,
                r.currentTotals.costNano == 0 ? QVariant() : QVariant(100.0)};
    return s;
}

} // namespace

Report buildDrivers(Workspace &ws, const ReportRequest &request)
{
    Report r = reportHeader(ws, request);
    r.sections << dailySection(ws, request) << driverSection(ws, request, Dimension::Provider, QStringLiteral("Provider"))
               << driverSection(ws, request, Dimension::Model, QStringLiteral("Model"))
               << driverSection(ws, request, Dimension::Team, QStringLiteral("Team"))
               << driverSection(ws, request, Dimension::Tenant, QStringLiteral("Tenant"))
               << driverSection(ws, request, Dimension::Feature, QStringLiteral("Feature"));
    const QVariantList &t = r.sections.at(1).totals; // by provider: previous, current, change
    r.headline << qMakePair(QStringLiteral("Cost this period"), reportformat::cents(t.at(2).toLongLong()))
               << qMakePair(QStringLiteral("Previous period"), reportformat::cents(t.at(1).toLongLong()))
               << qMakePair(QStringLiteral("Change"), reportformat::cents(t.at(3).toLongLong()));
    return r;
}

} // namespace costline
