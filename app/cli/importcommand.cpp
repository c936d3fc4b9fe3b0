#include "cliapp.h"
#include "commandline.h"
#include "importers/fileimport.h"
#include "importers/usagecsvimporter.h"

namespace costline::cli {

int runImport(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("import"), QStringLiteral("Import a usage file into the workspace."), io);
    cl.addWorkspaceOption();
    cl.parser().addPositionalArgument(QStringLiteral("kind"), QStringLiteral("file kind: csv, focus, otel, outcomes, invoice or audit-log"));
    cl.parser().addPositionalArgument(QStringLiteral("file"), QStringLiteral("the file to import"));
    cl.parser().addOption({QStringLiteral("source"), QStringLiteral("source name the rows belong to (default: the kind)"),
                           QStringLiteral("NAME")});
    cl.parser().addOption({QStringLiteral("strict"), QStringLiteral("import nothing if any row is bad")});
    cl.parser().addOption({QStringLiteral("allow-partial"),
                           QStringLiteral("succeed even when nothing or less than half of the file imported")});
    if (const auto exit = cl.parse(args))
        return *exit;
    const QStringList positional = cl.positional();
    if (positional.size() != 3)
        return cl.usageError(QStringLiteral("expected 'import KIND FILE'"));
    const QString kind = positional.at(1);
    if (kind != QLatin1String("csv") && !fileImportKinds().contains(kind))
        return cl.usageError(QStringLiteral("unknown import kind '%1'; supported: csv, %2").arg(kind, fileImportKinds().join(QStringLiteral(", "))));
    auto workspace = cl.openWorkspace(Workspace::OpenMode::CreateIfMissing);
    if (!workspace)
        return RuntimeError;
    ImportOptions options;
    options.sourceName = cl.value(QStringLiteral("source"));
    options.strict = cl.isSet(QStringLiteral("strict"));
    const ImportResult result = kind == QLatin1String("csv")
                                    ? UsageCsvImporter(*workspace).importFile(positional.at(2), options)
                                    : *importFileOfKind(*workspace, kind, positional.at(2), options);
    if (!result.ok)
        return cl.runtimeError(result.error);
    io.out << result.summaryLine() << '\n';
    if (result.shortfall() != ImportResult::Shortfall::None && !cl.isSet(QStringLiteral("allow-partial")))
        return cl.runtimeError(QStringLiteral("%1: %2. The refused rows are in 'costline-cli quarantine list'; fix the "
                                              "file and import it again (its rows replace this import's), or pass "
                                              "--allow-partial to accept a partial import")
                                   .arg(positional.at(2), result.shortfallText()));
    if (result.quarantined > 0)
        io.err << "costline-cli import: " << result.quarantined
               << " bad rows were quarantined; see 'costline-cli quarantine list'\n";
    return Success;
}

} // namespace costline::cli
