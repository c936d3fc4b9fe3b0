#pragma once

#include "sync/syncresult.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QAction;
QT_END_NAMESPACE

namespace costline {

class SyncRunner;

// File → Sync now (F5) and the auto-sync timer: syncs every connector source of the open
// workspace off the UI thread. Triggering the action again while it runs cancels after the
// current page; pages already read stay saved.
class SyncController final : public QObject
{
    Q_OBJECT

public:
    explicit SyncController(QObject *parent = nullptr);

    QAction *action() const { return m_action; }
    void setWorkspace(const QString &path) { m_path = path; }
    // Minutes between automatic syncs; 0 switches auto-sync off.
    void setIntervalMinutes(int minutes);
    int intervalMinutes() const;
    bool isRunning() const { return m_watcher.isRunning(); }
    void syncNow();

signals:
    // Progress and outcome, for the status bar.
    void messageChanged(const QString &text);
    // A run ended; `wroteRows` says whether the tabs should read again.
    void syncFinished(bool ok, bool wroteRows);

private:
    void onFinished();
    void updateAction();

    QAction *m_action;
    QTimer m_timer;
    QString m_path;
    QPointer<SyncRunner> m_runner;
    QFutureWatcher<QList<SourceSyncResult>> m_watcher;
};

// What a finished run says in the status bar: each source's summary or error.
QString syncSummary(const QList<SourceSyncResult> &results);

} // namespace costline
