#pragma once

#include "licensing/licence.h"
#include "reports/reportscheduler.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace costline {

class QueryRunner;
class Workspace;

// Runs the workspace's due report schedules while the workbench is open: once when a
// workspace opens (or the licence starts to allow scheduling) and then on a timer. Each run
// works on its own worker connection, off the UI thread, so a long PDF never blocks the
// window or queues behind a tab's queries.
class ScheduledReportsRunner final : public QObject
{
    Q_OBJECT

public:
    // What a check does on the worker; the real one runs ReportScheduler.
    using Job = std::function<QList<ScheduledRun>(Workspace &, qint64 nowMs)>;
    static constexpr std::chrono::minutes kDefaultInterval{15};

    explicit ScheduledReportsRunner(QObject *parent = nullptr);
    ~ScheduledReportsRunner() override;

    void setWorkspace(const QString &path);
    // Checks run only while the entitlements include scheduled reports.
    void setEntitlements(const Entitlements &entitlements);
    void setInterval(std::chrono::milliseconds interval);
    // Where "now" comes from (UTC epoch ms); the system clock unless replaced.
    void setClock(std::function<qint64()> clock);
    void setJob(Job job);

    bool isActive() const;
    bool isRunning() const { return m_watcher.isRunning(); }
    // Starts a check now unless one is running or scheduling is not allowed.
    void runNow();

signals:
    void checkStarted();
    // A check ended; `runs` is empty when nothing was due.
    void checkFinished(const QList<ScheduledRun> &runs);

private:
    void updateTimer();

    QString m_path;
    Entitlements m_entitlements;
    std::unique_ptr<QueryRunner> m_runner;
    std::function<qint64()> m_clock;
    Job m_job;
    QTimer m_timer;
    QFutureWatcher<QList<ScheduledRun>> m_watcher;
};

// The status bar's line for a finished check: what was written, or what failed.
QString scheduledRunsSummary(const QList<ScheduledRun> &runs);

} // namespace costline
