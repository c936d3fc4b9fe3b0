#include "cliapp.h"
#include "commandline.h"
#include "tablewriter.h"
#include "core/utctime.h"
#include "workspace/quarantinestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline::cli {

int runQuarantine(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("quarantine"), QStringLiteral("Rows an import refused: 'quarantine list'."), io);
    cl.addWorkspaceOption();
    cl.addFormatOption();
    cl.parser().addPositionalArgument(QStringLiteral("list"), QStringLiteral("list quarantined rows"));
    cl.parser().addOption({QStringLiteral("limit"), QStringLiteral("rows to print (default 1000)"), QStringLiteral("N"),
                           QStringLiteral("1000")});
    if (const auto exit = cl.parse(args))
        return *exit;
    if (cl.positional().value(1) != QLatin1String("list") || cl.positional().size() != 2)
        return cl.usageError(QStringLiteral("expected 'quarantine list'"));
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    const QuarantineStore store(*workspace);
    const QList<QuarantinedRow> rows = store.list(qMax(1, cl.value(QStringLiteral("limit")).toInt()));
    if (cl.format() == Format::Json) {
        QJsonArray array;
        for (const QuarantinedRow &r : rows)
            array.append(QJsonObject{{QStringLiteral("id"), r.id},           {QStringLiteral("source"), r.source},
                                     {QStringLiteral("file"), r.file},       {QStringLiteral("line"), r.line},
                                     {QStringLiteral("reason"), r.reason},   {QStringLiteral("raw"), r.raw},
                                     {QStringLiteral("quarantined_at"), utc::formatTimestamp(r.createdMs)}});
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("total"), store.count()}, {QStringLiteral("rows"), array}})
                      .toJson(QJsonDocument::Indented);
        return Success;
    }
    TableWriter table({QStringLiteral("source"), QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("reason"),
                       QStringLiteral("raw")},
                      {false, false, true, false, false});
    for (const QuarantinedRow &r : rows)
        table.addRow({r.source, r.file, QString::number(r.line), r.reason, r.raw});
    if (cl.format() == Format::Csv)
        table.writeCsv(io.out);
    else {
        table.writeTable(io.out);
        io.out << store.count() << " quarantined rows\n";
    }
    return Success;
}

} // namespace costline::cli
