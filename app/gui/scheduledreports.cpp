#include "scheduledreports.h"

#include "models/queryrunner.h"

#include <QDateTime>
#include <QFileInfo>

namespace costline {

ScheduledReportsRunner::ScheduledReportsRunner(QObject *parent)
    : QObject(parent), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setInterval(kDefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &ScheduledReportsRunner::runNow);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        emit checkFinished(m_watcher.result());
        // A workspace opened while the check ran gets its own check now.
        if (isActive() && m_runner && m_runner->workspacePath() != m_path)
            runNow();
    });
}

// The worker finishes its check before the connection it uses goes.
ScheduledReportsRunner::~ScheduledReportsRunner() = default;

void ScheduledReportsRunner::setWorkspace(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    updateTimer();
    runNow();
}

void ScheduledReportsRunner::setEntitlements(const Entitlements &entitlements)
{
    const bool wasActive = isActive();
    m_entitlements = entitlements;
    updateTimer();
    if (!wasActive)
        runNow();
}

void ScheduledReportsRunner::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void ScheduledReportsRunner::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void ScheduledReportsRunner::setJob(Job job)
{
    m_job = std::move(job);
}

bool ScheduledReportsRunner::isActive() const
{
    return !m_path.isEmpty() && m_entitlements.allows(entitlement::scheduledReports());
}

void ScheduledReportsRunner::updateTimer()
{
    if (!isActive())
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
}

void ScheduledReportsRunner::runNow()
{
    if (!isActive() || isRunning())
        return;
    if (!m_runner || m_runner->workspacePath() != m_path)
        m_runner = std::make_unique<QueryRunner>(m_path);
    const qint64 nowMs = m_clock();
    const Entitlements entitlements = m_entitlements;
    const QString user = qEnvironmentVariable("USER");
    Job job = m_job ? m_job : Job([entitlements, user](Workspace &ws, qint64 now) {
        return ReportScheduler(ws, entitlements).runDue(now, user);
    });
    m_watcher.setFuture(m_runner->run<QList<ScheduledRun>>([job, nowMs](Workspace &ws) { return job(ws, nowMs); }));
    emit checkStarted();
}

QString scheduledRunsSummary(const QList<ScheduledRun> &runs)
{
    QStringList written;
    QString firstFailure;
    int failed = 0;
    for (const ScheduledRun &run : runs) {
        if (run.ok)
            written << QFileInfo(run.file).fileName();
        else if (failed++ == 0)
            firstFailure = run.message;
    }
    QStringList parts;
    if (!written.isEmpty())
        parts << ScheduledReportsRunner::tr("wrote %1").arg(written.join(QStringLiteral(", ")));
    if (failed > 0)
        parts << ScheduledReportsRunner::tr("%n could not be written: %1", nullptr, failed).arg(firstFailure);
    return parts.isEmpty() ? QString() : ScheduledReportsRunner::tr("Scheduled reports: %1").arg(parts.join(QStringLiteral("; ")));
}

} // namespace costline
