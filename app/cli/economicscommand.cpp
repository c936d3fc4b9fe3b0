#include "cliapp.h"
#include "commandline.h"
#include "tablewriter.h"
#include "core/money.h"
#include "core/utctime.h"
#include "economics/economics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline::cli {
namespace {

QString money(qint64 nano)
{
    return Money::fromNano(nano).toDecimalString();
}

QJsonValue optionalMoney(std::optional<qint64> nano)
{
    return nano ? QJsonValue(money(*nano)) : QJsonValue::Null;
}

QJsonObject rowJson(const EconomicsRow &row, Dimension by)
{
    QJsonObject o;
    o.insert(dimensionName(by), row.key);
    o.insert(QStringLiteral("cost"), money(row.costNano));
    o.insert(QStringLiteral("outcomes"), row.outcomes);
    o.insert(QStringLiteral("cost_per_outcome"), optionalMoney(row.costPerOutcomeNano()));
    o.insert(QStringLiteral("traced_outcomes"), row.tracedOutcomes);
    o.insert(QStringLiteral("traced_cost"), money(row.tracedCostNano));
    o.insert(QStringLiteral("traced_cost_per_outcome"), optionalMoney(row.tracedCostPerOutcomeNano()));
    o.insert(QStringLiteral("value"), money(row.valueNano));
    o.insert(QStringLiteral("margin"), optionalMoney(row.marginNano()));
    o.insert(QStringLiteral("cost_growth_pct"), row.expenseGrowthPct);
    o.insert(QStringLiteral("outcome_growth_pct"), row.outcomeGrowthPct);
    o.insert(QStringLiteral("cost_outgrows_outcomes"), row.costOutgrowsOutcomes);
    return o;
}

QJsonObject resultJson(const EconomicsResult &r)
{
    QJsonObject root;
    root.insert(QStringLiteral("from"), utc::formatDate(r.fromDay));
    root.insert(QStringLiteral("to"), utc::formatDate(r.toDay));
    root.insert(QStringLiteral("by"), dimensionName(r.by));
    root.insert(QStringLiteral("currency"), QStringLiteral("USD"));
    root.insert(QStringLiteral("cost"), money(r.costNano));
    root.insert(QStringLiteral("outcomes"), r.outcomes);
    root.insert(QStringLiteral("traced_outcomes"), r.tracedOutcomes);
    root.insert(QStringLiteral("traced_cost"), money(r.tracedCostNano));
    QJsonArray rows;
    for (const EconomicsRow &row : r.rows)
        rows.append(rowJson(row, r.by));
    root.insert(QStringLiteral("rows"), rows);
    return root;
}

TableWriter toTable(const EconomicsResult &r)
{
    TableWriter t({dimensionName(r.by), QStringLiteral("cost"), QStringLiteral("outcomes"), QStringLiteral("cost_per_outcome"),
                   QStringLiteral("value"), QStringLiteral("cost_growth_pct"), QStringLiteral("outcome_growth_pct"),
                   QStringLiteral("flag")},
                  {false, true, true, true, true, true, true, false});
    for (const EconomicsRow &row : r.rows) {
        const auto perOutcome = row.costPerOutcomeNano();
        t.addRow({row.key, money(row.costNano), QString::number(row.outcomes), perOutcome ? money(*perOutcome) : QString(),
                  money(row.valueNano), QString::number(row.expenseGrowthPct, 'f', 1),
                  QString::number(row.outcomeGrowthPct, 'f', 1),
                  row.costOutgrowsOutcomes ? QStringLiteral("cost outgrows outcomes") : QString()});
    }
    return t;
}

} // namespace

int runEconomics(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("economics"), QStringLiteral("Cost per outcome, customer, feature or workflow."), io);
    cl.addWorkspaceOption();
    cl.addFormatOption();
    cl.addFilterOptions();
    cl.parser().addOption({QStringLiteral("by"), QStringLiteral("feature (default), customer or workflow"), QStringLiteral("DIM")});
    if (const auto exit = cl.parse(args))
        return *exit;
    if (cl.positional().size() != 1)
        return cl.usageError(QStringLiteral("unexpected argument '%1'").arg(cl.positional().value(1)));
    const auto by = dimensionFromName(cl.isSet(QStringLiteral("by")) ? cl.value(QStringLiteral("by")) : QStringLiteral("feature"));
    if (!by || !isEconomicsDimension(*by))
        return cl.usageError(QStringLiteral("--by must be feature, customer or workflow"));
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    const auto filter = cl.readFilter(*workspace, true);
    if (!filter)
        return UsageError;
    const EconomicsResult result = EconomicsQuery(*workspace).run(*filter, *by);
    if (cl.format() == Format::Json)
        io.out << QJsonDocument(resultJson(result)).toJson(QJsonDocument::Indented);
    else if (cl.format() == Format::Csv)
        toTable(result).writeCsv(io.out);
    else
        toTable(result).writeTable(io.out);
    return Success;
}

} // namespace costline::cli
