#include "chargebackreport.h"

#include "analysis/driversquery.h"
#include "core/utctime.h"
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

ReportSection driverSection(Workspace &ws, const ReportRequest &request, Dimension dim, const QString &title)
{
    EventFilter filter;
    filter.fromDay = request.fromDay;
    filter.toDay = request.toDay;
    if (!request.tenant.isEmpty())
        filter.where.insert(Dimension::Tenant, {request.tenant});
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
    r.sections << driverSection(ws, request, Dimension::Provider, QStringLiteral("Provider"))
               << driverSection(ws, request, Dimension::Model, QStringLiteral("Model"))
               << driverSection(ws, request, Dimension::Team, QStringLiteral("Team"))
               << driverSection(ws, request, Dimension::Tenant, QStringLiteral("Tenant"))
               << driverSection(ws, request, Dimension::Feature, QStringLiteral("Feature"));
    const QVariantList &t = r.sections.first().totals;
    r.headline << qMakePair(QStringLiteral("Cost this period"), reportformat::cents(t.at(2).toLongLong()))
               << qMakePair(QStringLiteral("Previous period"), reportformat::cents(t.at(1).toLongLong()))
               << qMakePair(QStringLiteral("Change"), reportformat::cents(t.at(3).toLongLong()));
    return r;
}

} // namespace costline
