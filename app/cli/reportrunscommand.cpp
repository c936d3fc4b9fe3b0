#include "reportrunscommand.h"

#include "commandline.h"
#include "tablewriter.h"
#include "core/utctime.h"
#include "reports/reportrunstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline::cli {

int runReportRuns(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("report runs"), QStringLiteral("The reports written, newest first."), io);
    cl.addWorkspaceOption();
    cl.addFormatOption();
    cl.parser().addPositionalArgument(QStringLiteral("runs"), QStringLiteral("list the reports written"));
    if (const auto exit = cl.parse(args.mid(1)))
        return *exit;
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    const QList<ReportRun> runs = ReportRunStore(*workspace).list(10'000);
    if (cl.format() == Format::Json) {
        QJsonArray array;
        for (const ReportRun &r : runs)
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("kind"), r.kind},
                                     {QStringLiteral("parameters"), r.parameters},
                                     {QStringLiteral("format"), r.format},
                                     {QStringLiteral("generated_at"), utc::formatTimestamp(r.generatedAtMs)},
                                     {QStringLiteral("generated_by"), r.generatedBy},
                                     {QStringLiteral("file"), r.file},
                                     {QStringLiteral("sha256"), r.sha256}});
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("runs"), array}}).toJson(QJsonDocument::Indented);
        return Success;
    }
    TableWriter table({QStringLiteral("id"), QStringLiteral("generated_at"), QStringLiteral("kind"), QStringLiteral("parameters"),
                       QStringLiteral("format"), QStringLiteral("file"), QStringLiteral("sha256")},
                      {true});
    for (const ReportRun &r : runs)
        table.addRow({QString::number(r.id), utc::formatTimestamp(r.generatedAtMs), r.kind, r.parameters, r.format, r.file, r.sha256});
    cl.format() == Format::Csv ? table.writeCsv(io.out) : table.writeTable(io.out);
    return Success;
}

int runReportDelete(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("report delete"), QStringLiteral("Delete a written report: 'report delete ID' (ids in 'report runs')."), io);
    cl.addWorkspaceOption();
    cl.parser().addPositionalArgument(QStringLiteral("ID"), QStringLiteral("the report's id"));
    if (const auto exit = cl.parse(args.mid(1)))
        return *exit;
    bool ok = false;
    const qint64 id = cl.positional().value(1).toLongLong(&ok);
    if (cl.positional().size() != 2 || !ok)
        return cl.usageError(QStringLiteral("expected 'report delete ID' (ids are in 'costline-cli report runs')"));
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    const std::optional<ReportRun> run = ReportRunStore(*workspace).find(id);
    QString error;
    if (!run || !ReportRunStore(*workspace).remove(id, &error))
        return cl.runtimeError(run ? error : QStringLiteral("no written report has id %1; see 'costline-cli report runs'").arg(id));
    const bool fileKept = QFileInfo::exists(run->file);
    io.out << "deleted report " << id << " (" << run->kind << ", " << run->parameters << ")"
           << (fileKept ? QStringLiteral("; %1 was changed since it was written and is kept").arg(run->file) : QString()) << '\n';
    return Success;
}

} // namespace costline::cli
