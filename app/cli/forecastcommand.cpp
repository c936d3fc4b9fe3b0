#include "cliapp.h"
#include "commandline.h"
#include "tablewriter.h"
#include "core/money.h"
#include "core/utctime.h"
#include "forecast/forecast.h"
#include "forecast/projection.h"
#include "forecast/scenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline::cli {
namespace {

QString money(qint64 nano)
{
    return Money::fromNano(nano).toDecimalString();
}

QJsonObject modelJson(const ModelForecast &m)
{
    QJsonObject o;
    o.insert(QStringLiteral("provider"), m.key.provider);
    o.insert(QStringLiteral("model"), m.key.model);
    o.insert(QStringLiteral("last_7d"), money(m.last7Nano));
    o.insert(QStringLiteral("previous_7d"), money(m.previous7Nano));
    o.insert(QStringLiteral("forecast_next_7d"), money(m.next7Nano));
    o.insert(QStringLiteral("change_pct"), m.changePct);
    o.insert(QStringLiteral("trend"), trendName(m.trend));
    return o;
}

QJsonObject scenarioJson(const ScenarioResult &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), s.scenario.name());
    const bool growth = s.scenario.kind == Scenario::Kind::Growth;
    o.insert(QStringLiteral("kind"), growth ? QStringLiteral("growth") : QStringLiteral("move_traffic"));
    if (growth) {
        o.insert(QStringLiteral("growth_pct"), s.scenario.growthPct);
    } else {
        o.insert(QStringLiteral("from_model"), s.scenario.fromModel);
        o.insert(QStringLiteral("to_model"), s.scenario.toModel);
        o.insert(QStringLiteral("share_pct"), s.scenario.sharePct);
    }
    o.insert(QStringLiteral("ok"), s.ok);
    o.insert(QStringLiteral("projected_month_end"), s.ok ? QJsonValue(money(s.projectedNano)) : QJsonValue::Null);
    o.insert(QStringLiteral("delta"), s.ok ? QJsonValue(money(s.deltaNano)) : QJsonValue::Null);
    if (!s.note.isEmpty())
        o.insert(QStringLiteral("note"), s.note);
    return o;
}

QJsonArray backtestJson(const ForecastResult &r)
{
    QJsonArray points;
    for (const BacktestPoint &p : r.backtest) {
        QJsonObject o;
        o.insert(QStringLiteral("month"), utc::formatMonth(p.monthDay));
        o.insert(QStringLiteral("as_of"), utc::formatDate(p.asOfDay));
        o.insert(QStringLiteral("projected"), money(p.projectedNano));
        o.insert(QStringLiteral("low"), money(p.lowNano));
        o.insert(QStringLiteral("high"), money(p.highNano));
        o.insert(QStringLiteral("actual"), money(p.actualNano));
        o.insert(QStringLiteral("error_pct"), p.errorPct);
        o.insert(QStringLiteral("in_band"), p.inBand());
        points.append(o);
    }
    return points;
}

QJsonObject forecastJson(const ForecastResult &r)
{
    QJsonObject root;
    root.insert(QStringLiteral("month"), utc::formatMonth(r.monthStart));
    root.insert(QStringLiteral("currency"), QStringLiteral("USD"));
    root.insert(QStringLiteral("as_of"), utc::formatDate(r.asOfDay));
    root.insert(QStringLiteral("remaining_days"), r.remainingDays);
    root.insert(QStringLiteral("actual_to_date"), money(r.actualToDateNano));
    root.insert(QStringLiteral("projected_month_end"), money(r.projectedNano));
    root.insert(QStringLiteral("low"), money(r.lowNano));
    root.insert(QStringLiteral("high"), money(r.highNano));
    root.insert(QStringLiteral("run_rate_7d"), money(r.runRate7dNano));
    root.insert(QStringLiteral("run_rate_30d"), money(r.runRate30dNano));
    root.insert(QStringLiteral("backtest_mape_pct"), r.backtestMapePct ? QJsonValue(*r.backtestMapePct) : QJsonValue::Null);
    root.insert(QStringLiteral("backtest_band_coverage_pct"),
                r.backtestBandCoveragePct ? QJsonValue(*r.backtestBandCoveragePct) : QJsonValue::Null);
    root.insert(QStringLiteral("backtest_cutoffs"), int(r.backtest.size()));
    root.insert(QStringLiteral("band_level_pct"), kBandLevelPct);
    root.insert(QStringLiteral("backtest"), backtestJson(r));
    QJsonArray models;
    for (const ModelForecast &m : r.byModel)
        models.append(modelJson(m));
    root.insert(QStringLiteral("by_model"), models);
    QJsonArray scenarios;
    for (const ScenarioResult &s : r.scenarios)
        scenarios.append(scenarioJson(s));
    root.insert(QStringLiteral("scenarios"), scenarios);
    QJsonArray budgets;
    for (const BudgetDrift &b : r.budgets)
        budgets.append(QJsonObject{{QStringLiteral("name"), b.name},
                                   {QStringLiteral("period"), b.period},
                                   {QStringLiteral("period_end"), utc::formatDate(b.periodEnd)},
                                   {QStringLiteral("limit"), money(b.limitNano)},
                                   {QStringLiteral("spend"), money(b.spendNano)},
                                   {QStringLiteral("projected"), money(b.projectedNano)},
                                   {QStringLiteral("drift"), money(b.driftNano)},
                                   {QStringLiteral("projected_by"), b.fromForecast ? QStringLiteral("forecast")
                                                                                   : QStringLiteral("run_rate")}});
    root.insert(QStringLiteral("budget_drift"), budgets);
    return root;
}

TableWriter modelTable(const ForecastResult &r)
{
    TableWriter table({QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("last_7d"),
                       QStringLiteral("forecast_next_7d"), QStringLiteral("change_pct"), QStringLiteral("trend")},
                      {false, false, true, true, true, false});
    for (const ModelForecast &m : r.byModel)
        table.addRow({m.key.provider, m.key.model, money(m.last7Nano), money(m.next7Nano),
                      QString::number(m.changePct, 'f', 1), trendName(m.trend)});
    return table;
}

void writeText(const ForecastResult &r, QTextStream &out)
{
    out << "Forecast for " << utc::formatMonth(r.monthStart) << " as of " << utc::formatDate(r.asOfDay) << " (USD)\n"
        << "actual to date       " << money(r.actualToDateNano) << '\n'
        << "projected month end  " << money(r.projectedNano) << "  (" << money(r.lowNano) << " .. "
        << money(r.highNano) << ")\n"
        << "run rate 7d / day    " << money(r.runRate7dNano) << '\n'
        << "run rate 30d / day   " << money(r.runRate30dNano) << '\n'
        << "backtest MAPE        "
        << (r.backtestMapePct ? QString::number(*r.backtestMapePct, 'f', 1) + QStringLiteral(" %") : QStringLiteral("n/a"))
        << " over " << r.backtest.size() << " cut-off days\n"
        << "band coverage        "
        << (r.backtestBandCoveragePct ? QString::number(*r.backtestBandCoveragePct, 'f', 1) + QStringLiteral(" %")
                                      : QStringLiteral("n/a"))
        << " of them with the real month inside the " << kBandLevelPct << " % band\n";
    for (const ScenarioResult &s : r.scenarios)
        out << "scenario " << s.scenario.name() << ": "
            << (s.ok ? money(s.projectedNano) + QStringLiteral(" (") + money(s.deltaNano) + QLatin1Char(')') : s.note)
            << '\n';
    for (const BudgetDrift &b : r.budgets)
        out << "budget " << b.name << ": projected " << money(b.projectedNano) << " by " << utc::formatDate(b.periodEnd)
            << " against " << money(b.limitNano) << " (drift " << money(b.driftNano) << ")\n";
    out << '\n';
    modelTable(r).writeTable(out);
}

std::optional<QList<Scenario>> readScenarios(CommandLine &cl, QString *error)
{
    QList<Scenario> scenarios;
    for (const QString &g : cl.parser().values(QStringLiteral("growth"))) {
        bool ok = false;
        Scenario s;
        s.growthPct = g.toDouble(&ok);
        if (!ok) {
            *error = QStringLiteral("--growth '%1' is not a percentage, e.g. 20 or -15").arg(g);
            return std::nullopt;
        }
        scenarios << s;
    }
    for (const QString &m : cl.parser().values(QStringLiteral("move"))) {
        const auto s = parseMoveScenario(m);
        if (!s) {
            *error = QStringLiteral("--move '%1' must be FROM_MODEL:TO_MODEL:PERCENT, e.g. gpt-4o:gpt-4o-mini:30").arg(m);
            return std::nullopt;
        }
        scenarios << *s;
    }
    return scenarios;
}

} // namespace

int runForecast(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("forecast"), QStringLiteral("Month-end forecast, run rates, per-model trends and scenarios."), io);
    cl.addWorkspaceOption();
    cl.addFormatOption();
    cl.parser().addOption({QStringLiteral("month"), QStringLiteral("the month to forecast (default: the latest data's)"), QStringLiteral("YYYY-MM")});
    cl.addFilterOptions();
    cl.parser().addOption({QStringLiteral("growth"), QStringLiteral("scenario: traffic change in percent; repeat for more"), QStringLiteral("PCT")});
    cl.parser().addOption({QStringLiteral("move"), QStringLiteral("scenario: move PCT % of one model's traffic to another"), QStringLiteral("FROM:TO:PCT")});
    if (const auto exit = cl.parse(args))
        return *exit;
    if (cl.positional().size() != 1)
        return cl.usageError(QStringLiteral("unexpected argument '%1'").arg(cl.positional().value(1)));
    if (cl.isSet(QStringLiteral("from")) || cl.isSet(QStringLiteral("to")))
        return cl.usageError(QStringLiteral("forecast covers a whole month: use --month YYYY-MM instead of --from/--to"));
    ForecastRequest request;
    if (cl.isSet(QStringLiteral("month"))) {
        request.monthDay = utc::parseDate((cl.value(QStringLiteral("month")) + QStringLiteral("-01")).toUtf8());
        if (!request.monthDay)
            return cl.usageError(QStringLiteral("--month '%1' is not a month; use YYYY-MM").arg(cl.value(QStringLiteral("month"))));
    }
    QString error;
    const auto scenarios = readScenarios(cl, &error);
    if (!scenarios)
        return cl.usageError(error);
    request.scenarios = *scenarios;
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    const auto filter = cl.readFilter(*workspace, false);
    if (!filter)
        return UsageError;
    request.filter = *filter;
    const ForecastResult result = ForecastQuery(*workspace).run(request);
    if (!result.hasData)
        return cl.runtimeError(QStringLiteral("the workspace has no usage to forecast from; import or sync usage first"));
    if (cl.format() == Format::Json)
        io.out << QJsonDocument(forecastJson(result)).toJson(QJsonDocument::Indented);
    else if (cl.format() == Format::Csv)
        modelTable(result).writeCsv(io.out);
    else
        writeText(result, io.out);
    return Success;
}

} // namespace costline::cli
