#include "autosyncschedule.h"
#include "autosyncscheduler.h"

#include "workspace/workspace.h"

#include <QDateTime>

namespace costline {

AutoSyncScheduler::AutoSyncScheduler(QString workspacePath, KeyLookup keys, QObject *parent)
    : QObject(parent), m_workspacePath(std::move(workspacePath)), m_keys(std::move(keys))
{
    connect(&m_timer, &QTimer::timeout, this, &AutoSyncScheduler::checkNow);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &AutoSyncScheduler::onFinished);
}

AutoSyncScheduler::~AutoSyncScheduler()
{
    stop();
    m_watcher.waitForFinished(); // a run ends at its current page once cancelled
}

void AutoSyncScheduler::start(int tickMs)
{
    m_timer.start(tickMs);
}

void AutoSyncScheduler::stop()
{
    m_timer.stop();
    if (m_runner)
        m_runner->cancel();
}

void AutoSyncScheduler::checkNow()
{
    if (m_watcher.isRunning())
        return; // one run at a time; the next tick looks again
    QString error;
    // Reading the few source rows is quick; the sync itself runs on a worker.
    auto workspace = Workspace::open(m_workspacePath, Workspace::OpenMode::ExistingOnly, &error);
    if (!workspace)
        return;
    const QStringList due = sourcesDueForSync(SourceConfigStore(*workspace).list(), QDateTime::currentMSecsSinceEpoch());
    workspace.reset();
    if (due.isEmpty())
        return;
    m_runner = new SyncRunner(m_workspacePath, m_keys, {}, this);
    Q_EMIT syncStarted(due);
    m_watcher.setFuture(m_runner->start(due));
}

void AutoSyncScheduler::onFinished()
{
    if (m_runner)
        m_runner->deleteLater();
    Q_EMIT syncFinished(m_watcher.result());
}

} // namespace costline
