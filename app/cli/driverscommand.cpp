#include "cliapp.h"
#include "commandline.h"
#include "tablewriter.h"
#include "analysis/driversquery.h"
#include "core/money.h"
#include "core/utctime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline::cli {
namespace {

QString money(qint64 nano)
{
    return Money::fromNano(nano).toDecimalString();
}

QString percentText(std::optional<double> percent)
{
    return percent ? QString::number(*percent, 'f', 1) : QString();
}

QJsonObject rowJson(const DriversResult &r, const DriverRow &row)
{
    QJsonObject o;
    o.insert(QStringLiteral("value"), row.value);
    o.insert(QStringLiteral("current"), money(row.current.costNano));
    o.insert(QStringLiteral("previous"), money(row.previous.costNano));
    o.insert(QStringLiteral("delta"), money(row.deltaNano()));
    const auto pct = row.deltaPercent();
    o.insert(QStringLiteral("delta_pct"), pct ? QJsonValue(*pct) : QJsonValue::Null);
    o.insert(QStringLiteral("share_pct"), r.sharePercent(row));
    o.insert(QStringLiteral("requests"), row.current.requests);
    o.insert(QStringLiteral("tokens"), row.current.inputTokens + row.current.outputTokens);
    o.insert(QStringLiteral("unpriced_events"), row.current.unpricedEvents);
    return o;
}

void writeJson(const DriversResult &r, QTextStream &out)
{
    QJsonObject root;
    root.insert(QStringLiteral("dimension"), dimensionName(r.dim));
    root.insert(QStringLiteral("from"), utc::formatDate(r.current.fromDay));
    root.insert(QStringLiteral("to"), utc::formatDate(r.current.toDay));
    root.insert(QStringLiteral("previous_from"), utc::formatDate(r.previous.fromDay));
    root.insert(QStringLiteral("previous_to"), utc::formatDate(r.previous.toDay));
    root.insert(QStringLiteral("currency"), QStringLiteral("USD"));
    root.insert(QStringLiteral("current_total"), money(r.currentTotals.costNano));
    root.insert(QStringLiteral("previous_total"), money(r.previousTotals.costNano));
    QJsonArray rows;
    for (const DriverRow &row : r.rows)
        rows.append(rowJson(r, row));
    root.insert(QStringLiteral("drivers"), rows);
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

TableWriter toTable(const DriversResult &r)
{
    TableWriter table({dimensionName(r.dim), QStringLiteral("current"), QStringLiteral("previous"),
                       QStringLiteral("delta"), QStringLiteral("delta_pct"), QStringLiteral("share_pct"),
                       QStringLiteral("requests"), QStringLiteral("tokens")},
                      {false, true, true, true, true, true, true, true});
    for (const DriverRow &row : r.rows) {
        table.addRow({row.value, money(row.current.costNano), money(row.previous.costNano), money(row.deltaNano()),
                      percentText(row.deltaPercent()), QString::number(r.sharePercent(row), 'f', 1),
                      QString::number(row.current.requests),
                      QString::number(row.current.inputTokens + row.current.outputTokens)});
    }
    return table;
}

} // namespace

int runDrivers(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("drivers"),
                   QStringLiteral("What moved the cost: per value of a dimension, the period against the previous "
                                  "period of equal length, biggest change first."),
                   io);
    cl.addWorkspaceOption();
    cl.addFormatOption();
    cl.addFilterOptions();
    cl.parser().addOption({QStringLiteral("by"), QStringLiteral("the dimension (default model)"), QStringLiteral("DIM"),
                           QStringLiteral("model")});
    if (const auto exit = cl.parse(args))
        return *exit;
    if (cl.positional().size() != 1)
        return cl.usageError(QStringLiteral("unexpected argument '%1'").arg(cl.positional().value(1)));
    const auto dim = dimensionFromName(cl.value(QStringLiteral("by")));
    if (!dim)
        return cl.usageError(QStringLiteral("--by '%1' is not a dimension; use one of %2")
                                 .arg(cl.value(QStringLiteral("by")),
                                      groupingNames().mid(0, kDimensionCount).join(QStringLiteral(", "))));
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    const auto filter = cl.readFilter(*workspace, true);
    if (!filter)
        return UsageError;
    const DriversResult result = DriversQuery(*workspace).run(*filter, *dim);
    switch (cl.format()) {
    case Format::Json:
        writeJson(result, io.out);
        break;
    case Format::Csv:
        toTable(result).writeCsv(io.out);
        break;
    case Format::Table:
        io.out << "Cost by " << dimensionName(*dim) << ", " << utc::formatDate(result.current.fromDay) << " to "
               << utc::formatDate(result.current.toDay) << " against " << utc::formatDate(result.previous.fromDay)
               << " to " << utc::formatDate(result.previous.toDay) << " (USD)\n";
        toTable(result).writeTable(io.out);
        break;
    }
    return Success;
}

} // namespace costline::cli
