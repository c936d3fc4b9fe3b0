#include "synccontroller.h"

#include "sync/syncrunner.h"
#include "widgets/sources/keychainlookup.h"

#include <QAction>

namespace costline {

SyncController::SyncController(QObject *parent) : QObject(parent), m_action(new QAction(this))
{
    m_action->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_action, &QAction::triggered, this, [this] {
        if (isRunning() && m_runner)
            m_runner->cancel();
        else
            syncNow();
    });
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&m_watcher, &QFutureWatcher<QList<SourceSyncResult>>::finished, this, &SyncController::onFinished);
    updateAction();
}

void SyncController::setIntervalMinutes(int minutes)
{
    if (minutes <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(minutes * 60'000);
}

int SyncController::intervalMinutes() const
{
    return m_timer.isActive() ? m_timer.interval() / 60'000 : 0;
}

void SyncController::syncNow()
{
    if (m_path.isEmpty() || isRunning())
        return;
    m_runner = new SyncRunner(m_path, keychainLookup(), {}, this);
    connect(m_runner, &SyncRunner::progressed, this, [this](const QString &source, qint64 pages, qint64 rows) {
        emit messageChanged(tr("Syncing %1: %2 pages, %3 rows so far (F5 cancels)").arg(source).arg(pages).arg(rows));
    });
    emit messageChanged(tr("Syncing every source…"));
    m_watcher.setFuture(m_runner->start());
    updateAction();
}

void SyncController::onFinished()
{
    const QList<SourceSyncResult> results = m_watcher.result();
    if (m_runner)
        m_runner->deleteLater();
    bool ok = true;
    qint64 rows = 0;
    for (const SourceSyncResult &r : results) {
        ok = ok && r.ok;
        rows += r.rows;
    }
    updateAction();
    emit messageChanged(syncSummary(results));
    emit syncFinished(ok, rows > 0);
}

void SyncController::updateAction()
{
    const bool running = isRunning();
    m_action->setText(running ? tr("&Cancel sync") : tr("S&ync now"));
    m_action->setToolTip(running ? tr("Stop after the current page; pages already read stay saved")
                                 : tr("Fetch new usage and billing from every source (F5)"));
}

QString syncSummary(const QList<SourceSyncResult> &results)
{
    if (results.isEmpty())
        return SyncController::tr("No source to sync: add one under Settings → Sources & provider keys…");
    QStringList lines;
    for (const SourceSyncResult &r : results)
        lines << (r.ok ? r.summaryLine() : r.error);
    return lines.join(QStringLiteral(" · "));
}

} // namespace costline
