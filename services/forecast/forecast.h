#pragma once

#include "budgetdrift.h"

#include "dailyseries.h"
#include "workspace/eventfilter.h"

#include <QList>
#include <QString>

#include <optional>

namespace costline {

enum class Trend { Increasing, Decreasing, Stable };
QString trendName(Trend trend);

// A model's last seven days and the seven days its fit (its last two weeks, weekday by
// weekday) expects next.
struct ModelForecast
{
    ModelKey key;
    qint64 last7Nano = 0;
    qint64 previous7Nano = 0;
    qint64 next7Nano = 0;
    double changePct = 0; // next 7 days against the last 7
    Trend trend = Trend::Stable;
};

// A what-if applied to the days of the month still to come.
struct Scenario
{
    enum class Kind { Growth, MoveTraffic };
    Kind kind = Kind::Growth;
    double growthPct = 0; // Growth: traffic change of every model
    QString fromModel;    // MoveTraffic: this share of fromModel's traffic runs on toModel
    QString toModel;
    double sharePct = 0;

    QString name() const;
};

struct ScenarioResult
{
    Scenario scenario;
    bool ok = false;
    QString note;               // why it could not be computed, or what it assumed
    qint64 projectedNano = 0;   // month end under the scenario
    qint64 deltaNano = 0;       // against the base case
};

// One backtest point: the method run as of `asOfDay` against the month's actual total.
struct BacktestPoint
{
    qint64 monthDay = 0; // first day of the month
    qint64 asOfDay = 0;
    qint64 projectedNano = 0;
    qint64 lowNano = 0;  // the band the method gave as of that day
    qint64 highNano = 0;
    qint64 actualNano = 0;
    double errorPct = 0; // |projected − actual| / actual

    bool inBand() const { return actualNano >= lowNano && actualNano <= highNano; }
};

struct ForecastRequest
{
    std::optional<qint64> monthDay; // any day of the month; default the month of the latest data
    EventFilter filter;             // dimension values only; the days are the forecast's own
    QList<Scenario> scenarios;
};

struct ForecastResult
{
    bool hasData = false;
    qint64 monthStart = 0;
    qint64 monthEnd = 0;
    qint64 asOfDay = 0;        // latest day with data counted as actual
    int remainingDays = 0;     // days of the month after asOfDay
    qint64 actualToDateNano = 0;
    qint64 projectedNano = 0;  // actual + expected remaining
    qint64 lowNano = 0;
    qint64 highNano = 0;
    qint64 runRate7dNano = 0;  // average priced spend per day over the last 7 days
    qint64 runRate30dNano = 0; // ... over the last 30 days
    std::optional<double> backtestMapePct;
    std::optional<double> backtestBandCoveragePct; // how often the real month fell inside the band
    QList<BacktestPoint> backtest; // one point per cut-off day
    QList<ModelForecast> byModel; // largest last-7-day spend first
    QList<ScenarioResult> scenarios;
    DailySeries daily; // the month's actual days, for charts
    QList<BudgetDrift> budgets; // drift of every enabled budget against its limit
};

// Month-end forecast from the workspace rollups: actual to date plus a fit of the last four
// weeks, weekday by weekday (see projection.h), with the method's own backtest as of every
// day of the complete past months.
class ForecastQuery final
{
public:
    explicit ForecastQuery(Workspace &workspace) : m_workspace(workspace) {}

    ForecastResult run(const ForecastRequest &request);

private:
    Workspace &m_workspace;
};

// Average per day, rounded half away from zero.
qint64 perDayNano(qint64 totalNano, qint64 days);

} // namespace costline
