#include "chargebackreport.h"

#include "core/utctime.h"
#include "forecast/forecast.h"
#include "forecast/projection.h"
#include "signals/signaldetector.h"
#include "workspace/summaryquery.h"
#include "workspace/workspace.h"

#include <QFileInfo>

namespace costline {
namespace {

EventFilter periodFilter(const ReportRequest &request)
{
    EventFilter filter;
    filter.fromDay = request.fromDay;
    filter.toDay = request.toDay;
    if (!request.tenant.isEmpty())
        filter.where.insert(Dimension::Tenant, {request.tenant});
    return filter;
}

QVariant share(qint64 part, qint64 whole)
{
    // Percent of the period: display only, the money itself stays integer.
    return whole == 0 ? QVariant() : QVariant(100.0 * double(part) / double(whole));
}

ReportSection groupedSection(Workspace &ws, const ReportRequest &request, const QString &heading,
                             const QList<Grouping> &groupBy, const QStringList &keyTitles)
{
    const SummaryResult r = SummaryQuery(ws).run(periodFilter(request), groupBy);
    ReportSection s;
    s.heading = heading;
    for (const QString &title : keyTitles)
        s.columns << ReportColumn{title, ColumnKind::Text};
    s.columns << ReportColumn{QStringLiteral("Requests"), ColumnKind::Count}
              << ReportColumn{QStringLiteral("Input tokens"), ColumnKind::Count}
              << ReportColumn{QStringLiteral("Output tokens"), ColumnKind::Count}
              << ReportColumn{QStringLiteral("Cost (USD)"), ColumnKind::Money}
              << ReportColumn{QStringLiteral("Share"), ColumnKind::Percent};
    for (const SummaryGroup &g : r.groups) {
        QVariantList row;
        for (const QString &key : g.key)
            row << (key.isEmpty() ? QStringLiteral("(not set)") : key);
        // No price is not $0: a group whose events all lack a price shows "—".
        const bool unpriced = g.totals.costNano == 0 && g.totals.unpricedEvents > 0;
        row << g.totals.requests << g.totals.inputTokens << g.totals.outputTokens
            << (unpriced ? QVariant() : QVariant(g.totals.costNano)) << share(g.totals.costNano, r.totals.costNano);
        s.rows << row;
    }
    // Days read best in calendar order; the other tables keep the biggest cost first.
    if (groupBy.first().key == GroupKey::Day)
        std::sort(s.rows.begin(), s.rows.end(), [](const QVariantList &a, const QVariantList &b) { return a.first().toString() < b.first().toString(); });
    s.totals << QStringLiteral("Total");
    for (qsizetype i = 1; i < keyTitles.size(); ++i)
        s.totals << QString();
    s.totals << r.totals.requests << r.totals.inputTokens << r.totals.outputTokens << r.totals.costNano
             << share(r.totals.costNano, r.totals.costNano);
    if (r.totals.unpricedEvents > 0)
        s.note = QStringLiteral("%1 events have no price and are not in the cost (— where a row has no priced event); "
                                "Data health lists them.")
                     .arg(r.totals.unpricedEvents);
    return s;
}

ReportSection dailySection(Workspace &ws, const ReportRequest &request)
{
    ReportSection s = groupedSection(ws, request, QStringLiteral("Daily breakdown"), {Grouping{GroupKey::Day, Dimension::Provider}},
                                     {QStringLiteral("Day")});
    s.chart = ReportChart{ChartKind::Columns, 0, {{4, SeriesStyle::Primary}}, QStringLiteral("Day (UTC)"), QStringLiteral("Cost (USD)")};
    return s;
}

QString backtestText(const ForecastResult &f)
{
    if (!f.backtestMapePct || !f.backtestBandCoveragePct)
        return QStringLiteral("Too little history for a backtest: no complete past month with two weeks behind it.");
    return QStringLiteral("Backtest as of each of %1 days of the complete past months: mean error %2 %, the real month "
                          "inside the band %3 % of the time.")
        .arg(f.backtest.size())
        .arg(*f.backtestMapePct, 0, 'f', 1)
        .arg(*f.backtestBandCoveragePct, 0, 'f', 1);
}

ReportSection forecastSection(Workspace &ws, const ReportRequest &request)
{
    ForecastRequest fr;
    fr.monthDay = request.toDay;
    fr.filter = periodFilter(request);
    fr.filter.fromDay.reset();
    fr.filter.toDay.reset();
    const ForecastResult f = ForecastQuery(ws).run(fr);
    ReportSection s;
    s.heading = QStringLiteral("Forecasts");
    s.columns = {{QStringLiteral("Figure"), ColumnKind::Text}, {QStringLiteral("Amount (USD)"), ColumnKind::Money}};
    if (!f.hasData) {
        s.note = QStringLiteral("No usage in the month of the period end, so there is nothing to project.");
        return s;
    }
    const QString month = utc::formatMonth(f.monthStart);
    s.note = QStringLiteral("Month %1, actual to %2; low and high are the method's %3 % band. %4")
                 .arg(month, utc::formatDate(f.asOfDay))
                 .arg(kBandLevelPct)
                 .arg(backtestText(f));
    s.rows = {{QStringLiteral("Actual to date"), f.actualToDateNano},
              {QStringLiteral("Projected month end"), f.projectedNano},
              {QStringLiteral("Projected low"), f.lowNano},
              {QStringLiteral("Projected high"), f.highNano},
              {QStringLiteral("Run rate per day, last 7 days"), f.runRate7dNano},
              {QStringLiteral("Run rate per day, last 30 days"), f.runRate30dNano}};
    return s;
}

ReportSection anomaliesSection(Workspace &ws, const ReportRequest &request)
{
    ReportSection s;
    s.heading = QStringLiteral("Anomalies");
    s.columns = {{QStringLiteral("From"), ColumnKind::Text},
                 {QStringLiteral("To"), ColumnKind::Text},
                 {QStringLiteral("Days"), ColumnKind::Count},
                 {QStringLiteral("Scope"), ColumnKind::Text},
                 {QStringLiteral("Cost in those days (USD)"), ColumnKind::Money},
                 {QStringLiteral("Expected (USD)"), ColumnKind::Money},
                 {QStringLiteral("Above expected"), ColumnKind::Percent},
                 {QStringLiteral("Excess (USD)"), ColumnKind::Money},
                 {QStringLiteral("State"), ColumnKind::Text}};
    const QList<Signal> signalList = SignalDetector(ws).detect(request.toDay, request.nowMs);
    for (const Signal &sig : signalList) {
        if (sig.kind != Signal::Kind::Anomaly || sig.lastDay < request.fromDay || sig.day > request.toDay)
            continue;
        if (!request.tenant.isEmpty() && sig.scope.value(QStringLiteral("tenant")) != request.tenant)
            continue;
        s.rows << QVariantList{utc::formatDate(sig.day), utc::formatDate(sig.lastDay), sig.lastDay - sig.day + 1,
                               scopeText(sig.scope), sig.currentNano, sig.baselineNano, sig.deviationPct,
                               sig.moneyAtStakeNano, stateName(sig.state)};
    }
    s.note = s.rows.isEmpty()
                 ? QStringLiteral("No anomalies were detected in the period.")
                 : QStringLiteral("Anomalies overlapping the period, by tenant, model, team, feature and tenant × model: "
                                  "each row is a run of days on which the scope's cost left its robust baseline (up to "
                                  "two quiet days inside a run count with it). Cost and Expected are totals over all "
                                  "of the run's days; the excess is the money at stake.");
    return s;
}

} // namespace

Report reportHeader(Workspace &workspace, const ReportRequest &request)
{
    Report r;
    r.kind = request.kind;
    r.title = reportTitle(request.kind);
    r.period = utc::formatDate(request.fromDay) % QStringLiteral(" – ") % utc::formatDate(request.toDay);
    r.workspace = QFileInfo(workspace.path()).completeBaseName();
    if (!request.tenant.isEmpty())
        r.filters << QStringLiteral("tenant = ") + request.tenant;
    r.generatedAt = utc::formatTimestamp(request.nowMs).left(16).replace(QLatin1Char('T'), QLatin1Char(' '))
                    + QStringLiteral(" UTC");
    r.generatedBy = request.generatedBy;
    return r;
}

Report buildChargeback(Workspace &ws, const ReportRequest &request)
{
    Report r = reportHeader(ws, request);
    const auto dim = [](Dimension d) { return Grouping{GroupKey::Dim, d}; };
    r.sections << groupedSection(ws, request, QStringLiteral("Tenant summary"), {dim(Dimension::Tenant)}, {QStringLiteral("Tenant")})
               << groupedSection(ws, request, QStringLiteral("API key summary"), {dim(Dimension::ApiKey)}, {QStringLiteral("API key")})
               << groupedSection(ws, request, QStringLiteral("Model summary"), {dim(Dimension::Provider), dim(Dimension::Model)},
                                 {QStringLiteral("Provider"), QStringLiteral("Model")})
               << groupedSection(ws, request, QStringLiteral("Provider summary"), {dim(Dimension::Provider)}, {QStringLiteral("Provider")})
               << dailySection(ws, request) << forecastSection(ws, request) << anomaliesSection(ws, request);
    const QVariantList &totals = r.sections.first().totals;
    r.headline << qMakePair(QStringLiteral("Total cost"), reportformat::cents(totals.at(4).toLongLong()))
               << qMakePair(QStringLiteral("Requests"), reportformat::count(totals.at(1).toLongLong()))
               << qMakePair(QStringLiteral("Tenants"), QString::number(r.sections.first().rows.size()));
    return r;
}

} // namespace costline
