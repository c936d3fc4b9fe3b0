#include "syncrunner.h"

#include "connector.h"
#include "httpfetcher.h"
#include "sourcesyncer.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

namespace costline {

SyncRunner::SyncRunner(QString workspacePath, KeyLookup keys, SyncOptions options, QObject *parent)
    : QObject(parent), m_workspacePath(std::move(workspacePath)), m_keys(std::move(keys)), m_options(options)
{
}

QFuture<QList<SourceSyncResult>> SyncRunner::start(const QStringList &sourceNames)
{
    m_cancelled.store(false);
    return QtConcurrent::run([this, sourceNames] { return run(sourceNames); });
}

SourceSyncResult SyncRunner::syncOne(Workspace &workspace, const SourceConfig &config)
{
    SourceSyncResult result;
    result.source = config.name;
    QString why;
    const std::optional<QByteArray> key = m_keys ? m_keys(config, &why) : std::nullopt;
    const std::unique_ptr<Connector> connector = key ? makeConnector(config, *key) : nullptr;
    if (!key) {
        result.error = QStringLiteral("source '%1' has no API key: %2").arg(config.name, why);
    } else if (!connector) {
        result.error = QStringLiteral("source '%1' is of kind '%2', which is not a connector").arg(config.name, config.kind);
    } else {
        HttpFetcher fetcher(m_options.retry, &m_cancelled);
        const qint64 now = m_options.nowMs > 0 ? m_options.nowMs : QDateTime::currentMSecsSinceEpoch();
        SourceSyncer syncer(workspace, config, *connector, fetcher, &m_cancelled,
                            [this](const QString &source, qint64 pages, qint64 rows) { Q_EMIT progressed(source, pages, rows); });
        result = syncer.run(now);
    }
    const QString status = result.ok ? QStringLiteral("ok") : result.cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed");
    SourceConfigStore(workspace).recordRun(config.id, status, result.error, result.rows, QDateTime::currentMSecsSinceEpoch());
    return result;
}

QList<SourceSyncResult> SyncRunner::run(const QStringList &sourceNames)
{
    QList<SourceSyncResult> results;
    QString error;
    auto workspace = Workspace::open(m_workspacePath, Workspace::OpenMode::ExistingOnly, &error);
    if (!workspace) {
        SourceSyncResult failed;
        failed.error = error;
        return {failed};
    }
    SourceConfigStore store(*workspace);
    for (const SourceConfig &config : store.list()) {
        const bool wanted = sourceNames.isEmpty() ? connectorKinds().contains(config.kind) : sourceNames.contains(config.name);
        if (!wanted)
            continue;
        if (m_cancelled.load())
            break;
        Q_EMIT sourceStarted(config.name);
        const SourceSyncResult result = syncOne(*workspace, config);
        Q_EMIT sourceFinished(config.name, result.ok, result.ok ? result.summaryLine() : result.error);
        results.append(result);
    }
    return results;
}

} // namespace costline
