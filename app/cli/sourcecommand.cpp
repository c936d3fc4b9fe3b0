#include "cliapp.h"
#include "commandline.h"
#include "costbasiscli.h"
#include "credentials/keystore.h"
#include "core/utctime.h"
#include "sync/sourceconfig.h"
#include "tablewriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace costline::cli {
namespace {

QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

void addSettingOptions(QCommandLineParser &p)
{
    p.addOption({opt("name"), opt("the source's name"), opt("NAME")});
    p.addOption({opt("base-url"), opt("API base URL (proxies, regional hosts)"), opt("URL")});
    p.addOption({opt("api-key-env"), opt("environment variable holding the key where no keychain exists"), opt("VAR")});
    p.addOption({opt("api-key-stdin"), opt("read the key from standard input and store it in the OS keychain")});
    p.addOption({opt("backfill-days"), opt("days the first sync reads (default 90)"), opt("N")});
    p.addOption({opt("lookback-days"), opt("days every sync re-reads for revised buckets (default 3)"), opt("N")});
    p.addOption({opt("auto-sync-minutes"), opt("sync this often while the app runs; 0 = only when asked"), opt("N")});
}

// Reads a whole-number option in [min, max]; false after printing a usage error.
bool readDays(CommandLine &cl, const char *name, int min, int max, int *out)
{
    if (!cl.isSet(opt(name)))
        return true;
    bool ok = false;
    const int value = cl.value(opt(name)).toInt(&ok);
    if (!ok || value < min || value > max) {
        cl.usageError(QStringLiteral("--%1 must be a whole number from %2 to %3").arg(opt(name)).arg(min).arg(max));
        return false;
    }
    *out = value;
    return true;
}

int storeKeyFromStdin(CommandLine &cl, const QString &name, Io io)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return cl.runtimeError(QStringLiteral("cannot read the key from standard input"));
    const QByteArray key = in.readLine().trimmed();
    if (key.isEmpty())
        return cl.usageError(QStringLiteral("--api-key-stdin: standard input holds no key"));
    QString error;
    if (KeyStore().write(name, key, &error) != KeyStore::Status::Ok)
        return cl.runtimeError(QStringLiteral("the keychain did not take the key for '%1' (%2); use --api-key-env VAR "
                                              "on machines without a keychain").arg(name, error));
    io.out << "stored the key for '" << name << "' in the keychain\n";
    return Success;
}

int addSource(CommandLine &cl, const QStringList &positional, Io io)
{
    if (positional.size() != 3)
        return cl.usageError(QStringLiteral("expected 'source add KIND --name NAME --base-url URL'"));
    SourceConfig config;
    config.kind = positional.at(2);
    config.name = cl.value(opt("name")).trimmed();
    config.baseUrl = cl.value(opt("base-url")).trimmed();
    config.apiKeyEnv = cl.value(opt("api-key-env")).trimmed();
    if (!connectorKinds().contains(config.kind))
        return cl.usageError(QStringLiteral("unknown kind '%1'; use one of %2").arg(config.kind, connectorKinds().join(QStringLiteral(", "))));
    if (config.name.isEmpty())
        return cl.usageError(QStringLiteral("--name is required"));
    const QUrl url(config.baseUrl);
    const bool needsUrl = config.kind == QLatin1String("gateway") || config.kind == QLatin1String("litellm");
    if ((needsUrl || !config.baseUrl.isEmpty()) && (!url.isValid() || !url.scheme().startsWith(QLatin1String("http")) || url.host().isEmpty()))
        return cl.usageError(QStringLiteral("--base-url '%1' must be an http(s) URL such as https://api.example.com").arg(config.baseUrl));
    if (!readDays(cl, "backfill-days", 1, 3650, &config.backfillDays) || !readDays(cl, "lookback-days", 0, 365, &config.lookbackDays)
        || !readDays(cl, "auto-sync-minutes", 0, 10080, &config.autoSyncMinutes))
        return UsageError;
    auto workspace = cl.openWorkspace(Workspace::OpenMode::CreateIfMissing);
    if (!workspace)
        return RuntimeError;
    QString error;
    if (!SourceConfigStore(*workspace).add(config, &error))
        return cl.runtimeError(error);
    io.out << "added source '" << config.name << "' (" << config.kind << ")\n";
    return cl.isSet(opt("api-key-stdin")) ? storeKeyFromStdin(cl, config.name, io) : Success;
}

QString when(qint64 ms)
{
    return ms > 0 ? utc::formatTimestamp(ms) : QString();
}

int listSources(CommandLine &cl, Io io)
{
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    const QList<SourceConfig> sources = SourceConfigStore(*workspace).list();
    if (cl.format() == Format::Json) {
        QJsonArray array;
        for (const SourceConfig &s : sources)
            array.append(QJsonObject{{opt("name"), s.name}, {opt("kind"), s.kind}, {opt("base_url"), s.baseUrl},
                                     {opt("api_key_env"), s.apiKeyEnv}, {opt("backfill_days"), s.backfillDays},
                                     {opt("lookback_days"), s.lookbackDays}, {opt("auto_sync_minutes"), s.autoSyncMinutes},
                                     {opt("last_sync"), when(s.lastSyncMs)}, {opt("last_success"), when(s.lastSuccessMs)},
                                     {opt("last_status"), s.lastStatus}, {opt("last_error"), s.lastError},
                                     {opt("last_rows"), s.lastRows}});
        io.out << QJsonDocument(QJsonObject{{opt("sources"), array}}).toJson(QJsonDocument::Indented);
        return Success;
    }
    TableWriter table({opt("name"), opt("kind"), opt("base_url"), opt("key_env"), opt("last_sync"), opt("status"), opt("rows"), opt("error")});
    for (const SourceConfig &s : sources)
        table.addRow({s.name, s.kind, s.baseUrl, s.apiKeyEnv, when(s.lastSyncMs), s.lastStatus, QString::number(s.lastRows), s.lastError});
    cl.format() == Format::Csv ? table.writeCsv(io.out) : table.writeTable(io.out);
    return Success;
}

int removeSource(CommandLine &cl, const QStringList &positional, Io io)
{
    if (positional.size() != 3)
        return cl.usageError(QStringLiteral("expected 'source remove NAME'"));
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    QString error;
    if (!SourceConfigStore(*workspace).remove(positional.at(2), &error))
        return cl.runtimeError(error);
    // The keychain entry goes too; a missing keychain is no reason to keep the source.
    KeyStore(QStringLiteral("Costline"), 3000).remove(positional.at(2), &error);
    io.out << "removed source '" << positional.at(2) << "'; the data it synced stays in the workspace\n";
    return Success;
}

} // namespace

int runSource(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("source"), QStringLiteral("Provider and gateway connections: add, list, remove."), io);
    cl.addWorkspaceOption();
    cl.addFormatOption();
    cl.parser().addPositionalArgument(opt("action"), opt("add KIND | list | remove NAME | set NAME --cost-basis BASIS"));
    addSettingOptions(cl.parser());
    cl.parser().addOption({opt("cost-basis"),
                           opt("the cost column a FOCUS source counts: billed (default), effective, list or contracted"),
                           opt("BASIS")});
    if (const auto exit = cl.parse(args))
        return *exit;
    const QStringList positional = cl.positional();
    const QString action = positional.value(1);
    if (action == QLatin1String("add"))
        return addSource(cl, positional, io);
    if (action == QLatin1String("list"))
        return positional.size() == 2 ? listSources(cl, io) : cl.usageError(opt("'source list' takes no arguments"));
    if (action == QLatin1String("remove"))
        return removeSource(cl, positional, io);
    if (action == QLatin1String("set"))
        return setSourceCostBasis(cl, positional, io);
    return cl.usageError(QStringLiteral("expected 'source add|list|remove|set'"));
}

} // namespace costline::cli
