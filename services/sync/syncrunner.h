#pragma once

#include "retrypolicy.h"
#include "sourceconfig.h"
#include "syncresult.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace costline {

// Finds a source's API key (keychain, environment); nullopt and *why when there is none.
// Called on the sync thread. The key lives only in memory for the run.
using KeyLookup = std::function<std::optional<QByteArray>(const SourceConfig &config, QString *why)>;

struct SyncOptions
{
    RetryPolicy retry;
    qint64 nowMs = 0; // 0: the clock; tests pin it
};

// Syncs sources of a workspace, one after another; a source that fails is recorded and
// the next one still runs. run() blocks and opens its own Workspace connection, so it
// belongs on a worker thread (start() puts it there); cancel() works from any thread.
class SyncRunner final : public QObject
{
    Q_OBJECT

public:
    SyncRunner(QString workspacePath, KeyLookup keys, SyncOptions options = {}, QObject *parent = nullptr);

    // Sources by name; empty: every live connector source.
    QList<SourceSyncResult> run(const QStringList &sourceNames = {});
    QFuture<QList<SourceSyncResult>> start(const QStringList &sourceNames = {});
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

Q_SIGNALS:
    void sourceStarted(const QString &source);
    void progressed(const QString &source, qint64 pages, qint64 rows);
    void sourceFinished(const QString &source, bool ok, const QString &message);

private:
    SourceSyncResult syncOne(class Workspace &workspace, const SourceConfig &config);

    QString m_workspacePath;
    KeyLookup m_keys;
    SyncOptions m_options;
    std::atomic_bool m_cancelled{false};
};

} // namespace costline
