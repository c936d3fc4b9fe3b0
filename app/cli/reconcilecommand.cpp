#include "cliapp.h"
#include "commandline.h"
#include "core/money.h"
#include "core/utctime.h"
#include "tablewriter.h"
#include "workspace/reconcilequery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline::cli {
namespace {

QString money(qint64 nano)
{
    return Money::fromNano(nano).toDecimalString();
}

QJsonObject groupJson(const ReconcileGroup &g)
{
    QJsonObject o{{QStringLiteral("computed_cost"), money(g.eventCostNano)},
                  {QStringLiteral("priced_from_catalogue"), money(g.computedCostNano)},
                  {QStringLiteral("billed_cost"), money(g.billedNano())},
                  {QStringLiteral("api_billing"), money(g.apiBilledNano)},
                  {QStringLiteral("invoices"), money(g.invoicedNano)},
                  {QStringLiteral("api_billing_also_invoiced"), money(g.apiAlsoInvoicedNano)},
                  {QStringLiteral("delta"), money(g.deltaNano())},
                  {QStringLiteral("events"), g.events},
                  {QStringLiteral("unpriced_events"), g.unpricedEvents},
                  {QStringLiteral("estimated_events"), g.estimatedEvents},
                  {QStringLiteral("usage_days_without_billing"), qint64(g.usageOnlyDays.size())},
                  {QStringLiteral("billed_days_without_usage"), qint64(g.billedOnlyDays.size())}};
    o.insert(QStringLiteral("explanation"), g.explanation().join(QStringLiteral("; ")));
    return o;
}

void writeJson(const ReconcileResult &r, QTextStream &out)
{
    QJsonArray groups;
    for (const ReconcileGroup &g : r.groups) {
        QJsonObject o = groupJson(g);
        o.insert(QStringLiteral("key"), QJsonObject{{reconcileByName(r.by), g.key}});
        groups.append(o);
    }
    const QJsonObject root{{QStringLiteral("from"), utc::formatDate(r.fromDay)},
                           {QStringLiteral("to"), utc::formatDate(r.toDay)},
                           {QStringLiteral("currency"), QStringLiteral("USD")},
                           {QStringLiteral("by"), reconcileByName(r.by)},
                           {QStringLiteral("totals"), groupJson(r.totals)},
                           {QStringLiteral("groups"), groups}};
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

TableWriter toTable(const ReconcileResult &r)
{
    TableWriter table({reconcileByName(r.by), QStringLiteral("computed_cost"), QStringLiteral("api_billing"),
                       QStringLiteral("invoices"), QStringLiteral("billed_cost"), QStringLiteral("delta"),
                       QStringLiteral("explanation")},
                      {false, true, true, true, true, true, false});
    const auto row = [](const QString &key, const ReconcileGroup &g) {
        return QStringList{key, money(g.eventCostNano), money(g.apiBilledNano), money(g.invoicedNano), money(g.billedNano()),
                           money(g.deltaNano()), g.explanation().join(QStringLiteral("; "))};
    };
    for (const ReconcileGroup &g : r.groups)
        table.addRow(row(g.key, g));
    table.addRow(row(QStringLiteral("total"), r.totals));
    return table;
}

} // namespace

int runReconcile(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("reconcile"),
                   QStringLiteral("Cost from usage events against all billed money: the providers' cost APIs and imported "
                                  "invoices (each invoice line spread evenly over its days; where both bill a day, the "
                                  "invoice counts)."),
                   io);
    cl.addWorkspaceOption();
    cl.addFormatOption();
    cl.addFilterOptions();
    cl.parser().addOption({QStringLiteral("by"), QStringLiteral("group by provider, day or model (default provider)"),
                           QStringLiteral("KEY"), QStringLiteral("provider")});
    if (const auto exit = cl.parse(args))
        return *exit;
    const auto by = reconcileByFromName(cl.value(QStringLiteral("by")));
    if (!by)
        return cl.usageError(QStringLiteral("--by '%1' must be provider, day or model").arg(cl.value(QStringLiteral("by"))));
    if (cl.isSet(QStringLiteral("where")))
        return cl.usageError(QStringLiteral("reconcile takes no --where: billing lines carry no attribution"));
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    const auto filter = cl.readFilter(*workspace, false);
    if (!filter)
        return UsageError;
    ReconcileQuery query(*workspace);
    // Without dates the whole span of usage and billing is reconciled.
    const auto range = query.dataRange().value_or(std::make_pair(utc::todayUtc(), utc::todayUtc()));
    const ReconcileResult result = query.run(filter->fromDay.value_or(range.first), filter->toDay.value_or(range.second), *by);
    switch (cl.format()) {
    case Format::Json:
        writeJson(result, io.out);
        break;
    case Format::Csv:
        toTable(result).writeCsv(io.out);
        break;
    case Format::Table:
        io.out << "Reconciliation from " << utc::formatDate(result.fromDay) << " to " << utc::formatDate(result.toDay) << " (USD)\n";
        toTable(result).writeTable(io.out);
        break;
    }
    return Success;
}

} // namespace costline::cli
