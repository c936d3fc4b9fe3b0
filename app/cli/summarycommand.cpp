#include "cliapp.h"
#include "commandline.h"
#include "costbasiscli.h"
#include "tablewriter.h"
#include "totalsjson.h"
#include "core/money.h"
#include "core/utctime.h"
#include "workspace/summaryquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline::cli {
namespace {

std::optional<QList<Grouping>> readGroupings(CommandLine &cl, QString *error)
{
    QList<Grouping> groupBy;
    for (const QString &value : cl.parser().values(QStringLiteral("by"))) {
        for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto g = groupingFromName(name.trimmed());
            if (!g) {
                *error = QStringLiteral("--by '%1' is not a dimension; use one of %2")
                             .arg(name, groupingNames().join(QStringLiteral(", ")));
                return std::nullopt;
            }
            if (groupBy.contains(*g)) {
                *error = QStringLiteral("--by names '%1' twice").arg(name);
                return std::nullopt;
            }
            groupBy << *g;
        }
    }
    if (groupBy.size() > SummaryQuery::kMaxGroupings) {
        *error = QStringLiteral("--by takes at most %1 dimensions").arg(SummaryQuery::kMaxGroupings);
        return std::nullopt;
    }
    return groupBy;
}

void writeJson(const SummaryResult &r, const QJsonArray &costBasis, QTextStream &out)
{
    QJsonObject root;
    root.insert(QStringLiteral("from"), utc::formatDate(r.fromDay));
    root.insert(QStringLiteral("to"), utc::formatDate(r.toDay));
    root.insert(QStringLiteral("currency"), QStringLiteral("USD"));
    root.insert(QStringLiteral("totals"), totalsJson(r.totals));
    root.insert(QStringLiteral("unpriced_events"), r.totals.unpricedEvents);
    root.insert(QStringLiteral("unpriced_tokens"), r.totals.unpricedTokens);
    root.insert(QStringLiteral("cost_basis"), costBasis);
    QJsonArray groups;
    for (const SummaryGroup &g : r.groups) {
        QJsonObject key;
        for (qsizetype i = 0; i < r.groupBy.size(); ++i)
            key.insert(groupingName(r.groupBy.at(i)), g.key.at(i));
        QJsonObject group = totalsJson(g.totals);
        group.insert(QStringLiteral("key"), key);
        groups.append(group);
    }
    root.insert(QStringLiteral("groups"), groups);
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

TableWriter toTable(const SummaryResult &r)
{
    QStringList headers;
    for (const Grouping &g : r.groupBy)
        headers << groupingName(g);
    const qsizetype keyColumns = headers.size();
    headers << totalsColumnNames();
    QList<bool> right(headers.size(), true);
    for (qsizetype i = 0; i < keyColumns; ++i)
        right[i] = false;
    TableWriter table(headers, right);
    for (const SummaryGroup &g : r.groups)
        table.addRow(g.key + totalsCells(g.totals));
    if (r.groupBy.isEmpty())
        table.addRow(totalsCells(r.totals));
    return table;
}

} // namespace

int runSummary(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("summary"), QStringLiteral("Cost and usage totals for a period."), io);
    cl.addWorkspaceOption();
    cl.addFormatOption();
    cl.addFilterOptions();
    cl.parser().addOption({QStringLiteral("by"), QStringLiteral("group by up to 3 of: %1").arg(groupingNames().join(QStringLiteral(", "))),
                           QStringLiteral("DIM[,DIM...]")});
    if (const auto exit = cl.parse(args))
        return *exit;
    if (cl.positional().size() != 1)
        return cl.usageError(QStringLiteral("unexpected argument '%1'").arg(cl.positional().value(1)));
    QString error;
    const auto groupBy = readGroupings(cl, &error);
    if (!groupBy)
        return cl.usageError(error);
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    const auto filter = cl.readFilter(*workspace, true);
    if (!filter)
        return UsageError;
    const SummaryResult result = SummaryQuery(*workspace).run(*filter, *groupBy);
    switch (cl.format()) {
    case Format::Json:
        writeJson(result, costBasisJson(*workspace), io.out);
        break;
    case Format::Csv:
        toTable(result).writeCsv(io.out);
        break;
    case Format::Table:
        io.out << "Usage from " << utc::formatDate(result.fromDay) << " to " << utc::formatDate(result.toDay)
               << " (USD)\n";
        toTable(result).writeTable(io.out);
        if (!result.groupBy.isEmpty())
            io.out << "total cost " << Money::fromNano(result.totals.costNano).toDecimalString() << " over "
                   << result.totals.events << " events, " << result.totals.unpricedEvents << " unpriced\n";
        if (const QString basis = costBasisLine(*workspace); !basis.isEmpty())
            io.out << basis << '\n';
        break;
    }
    return Success;
}

} // namespace costline::cli
