#include "cliapp.h"
#include "commandline.h"
#include "credentials/keystore.h"
#include "sync/syncrunner.h"

namespace costline::cli {

int runSync(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("sync"), QStringLiteral("Read new usage and billing from the sources."), io);
    cl.addWorkspaceOption();
    cl.parser().addOption({QStringLiteral("source"), QStringLiteral("sync only this source; repeat for more"), QStringLiteral("NAME")});
    cl.parser().addOption({QStringLiteral("timeout"), QStringLiteral("seconds without an answer before a try fails (default 60)"),
                           QStringLiteral("SECONDS")});
    if (const auto exit = cl.parse(args))
        return *exit;
    if (cl.positional().size() != 1)
        return cl.usageError(QStringLiteral("unexpected argument '%1'").arg(cl.positional().value(1)));
    SyncOptions options;
    if (cl.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = cl.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 1)
            return cl.usageError(QStringLiteral("--timeout must be a whole number of seconds, 1 or more"));
        options.retry.timeoutMs = seconds * 1000LL;
    }
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    const QStringList names = cl.parser().values(QStringLiteral("source"));
    SourceConfigStore store(*workspace);
    for (const QString &name : names) {
        const auto found = store.find(name);
        if (!found || found->isRemoved())
            return cl.usageError(QStringLiteral("there is no source named '%1'; see 'costline-cli source list'").arg(name));
    }
    workspace.reset(); // the runner opens its own connection
    const KeyStore keys;
    SyncRunner runner(cl.workspacePath(),
                      [&keys](const SourceConfig &c, QString *why) { return lookupSourceKey(keys, c.name, c.apiKeyEnv, why); },
                      options);
    const QList<SourceSyncResult> results = runner.run(names);
    if (results.isEmpty())
        io.err << "costline-cli sync: no sources to sync; add one with 'costline-cli source add'\n";
    bool allOk = true;
    for (const SourceSyncResult &r : results) {
        if (r.ok)
            io.out << r.summaryLine() << '\n';
        else
            io.err << "costline-cli sync: " << r.error << '\n';
        allOk = allOk && r.ok;
    }
    return allOk ? Success : RuntimeError;
}

} // namespace costline::cli
