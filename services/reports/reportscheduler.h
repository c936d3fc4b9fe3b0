#pragma once

#include "reportschedule.h"

#include <QList>
#include <QString>

#include <optional>

namespace costline {

class Entitlements;
class Workspace;

// The UTC days one scheduled run covers, both inclusive.
struct SchedulePeriod
{
    qint64 fromDay = 0;
    qint64 toDay = 0;

    bool operator==(const SchedulePeriod &other) const = default;
};

// When schedules run and what each run covers, all in UTC days:
// - a run day is every day (daily), the chosen weekday (weekly) or the chosen day of the
//   month, on the month's last day where the month is shorter (monthly);
// - a run on day D covers the period before it: daily the day before D; weekly the
//   Monday–Sunday week before D's week; monthly the calendar month before D's month;
// - a new schedule writes the latest complete period at its first check, without waiting
//   for its next run day, so its first file shows at once that the folder and report work;
// - missed run days are caught up once: one run covers everything from the day after the
//   last period written to the end of the latest complete period (one file for a missed
//   weekend, not one per day), so the folder has no gap and no period twice.
namespace scheduling {
// The latest run day on or before `today`.
qint64 latestRunDay(const ReportSchedule &schedule, qint64 today);
// The first run day after `today`.
qint64 nextRunDay(const ReportSchedule &schedule, qint64 today);
// What a run now would cover; nullopt when disabled or the latest period is written.
std::optional<SchedulePeriod> duePeriod(const ReportSchedule &schedule, qint64 today);
// "chargeback-acme-2026-11.pdf": kind, tenant, then the month(s) when the period is whole
// calendar months, the day for one day, else first_last day.
QString fileName(const ReportSchedule &schedule, const SchedulePeriod &period);
QString periodText(const SchedulePeriod &period); // "2026-11", "2026-11-24", "2026-11-16 – 2026-11-22"
} // namespace scheduling

// One schedule's run at a check.
struct ScheduledRun
{
    qint64 scheduleId = 0;
    QString kind;
    SchedulePeriod period;
    bool ok = false;
    QString file;    // written: its absolute path
    QString sha256;  // written: the file's hash as recorded in the run list
    QString message; // "Wrote …", or what went wrong and what to do
};

// Runs what is due through runReport: each run lands in the report run list with its
// SHA-256 and moves its schedule on; a failed run is kept on the schedule with its message
// and tried again at the next check.
class ReportScheduler final
{
public:
    ReportScheduler(Workspace &workspace, const Entitlements &entitlements)
        : m_workspace(workspace), m_entitlements(entitlements) {}

    QList<ScheduledRun> runDue(qint64 nowMs, const QString &user);

private:
    ScheduledRun runOne(const ReportSchedule &schedule, const SchedulePeriod &period, qint64 nowMs, const QString &user);
    QString lockReason(const ReportSchedule &schedule) const;

    Workspace &m_workspace;
    const Entitlements &m_entitlements;
};

} // namespace costline
