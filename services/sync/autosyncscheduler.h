#pragma once

#include "syncrunner.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace costline {

// Runs each source's auto-sync: a timer looks at the sources now and then and syncs the
// ones whose interval has passed, one run at a time, off the UI thread. The app creates
// one per open workspace; nothing here needs widgets.
class AutoSyncScheduler final : public QObject
{
    Q_OBJECT

public:
    AutoSyncScheduler(QString workspacePath, KeyLookup keys, QObject *parent = nullptr);
    ~AutoSyncScheduler() override;

    void start(int tickMs = 60'000);
    void stop();
    bool isSyncing() const { return m_watcher.isRunning(); }
    // Looks now instead of at the next tick.
    void checkNow();

Q_SIGNALS:
    void syncStarted(const QStringList &sources);
    void syncFinished(const QList<costline::SourceSyncResult> &results);

private:
    void onFinished();

    QString m_workspacePath;
    KeyLookup m_keys;
    QTimer m_timer;
    QPointer<SyncRunner> m_runner;
    QFutureWatcher<QList<SourceSyncResult>> m_watcher;
};

} // namespace costline
