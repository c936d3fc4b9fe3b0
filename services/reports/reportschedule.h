#pragma once

#include "reportrunstore.h"

#include <QList>
#include <QPageSize>
#include <QString>

#include <optional>

namespace costline {

class Workspace;

// A report written on its own, day after day, into a folder: what to write, how often,
// and how far its periods have been written.
struct ReportSchedule
{
    enum class Cadence { Daily, Weekly, Monthly };

    qint64 id = 0;
    QString kind;   // one of reportKinds()
    QString tenant; // chargeback: one tenant, empty for all
    Cadence cadence = Cadence::Monthly;
    // Weekly: the weekday it runs on, 1 = Monday … 7 = Sunday. Monthly: the day of the month
    // (29–31 run on the month's last day where the month is shorter). Daily: unused.
    int runDay = 1;
    ReportFormat format = ReportFormat::Pdf;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString folder;
    bool enabled = true;
    qint64 createdMs = 0;
    std::optional<qint64> coveredToDay; // last day of the last period written
    std::optional<qint64> lastRunMs;    // the last attempt, written or failed
    bool lastRunOk = false;
    QString lastMessage; // "Wrote …" or what went wrong and what to do
    QString lastFile;
};

namespace schedule {
QString cadenceName(ReportSchedule::Cadence cadence); // "daily" | "weekly" | "monthly"
std::optional<ReportSchedule::Cadence> cadenceFromName(const QString &name);
QString weekdayName(int weekday); // 1 → "monday"
// "monday" or "mon" (any case) → 1 … 7.
std::optional<int> weekdayFromName(const QString &name);
// "daily", "weekly on monday", "monthly on day 5".
QString cadenceText(const ReportSchedule &schedule);
QString formatName(ReportFormat format); // "pdf" | "csv"
QString pageSizeName(QPageSize::PageSizeId size); // "a4" | "letter"
} // namespace schedule

// The workspace's report schedules.
class ReportScheduleStore final
{
public:
    explicit ReportScheduleStore(Workspace &workspace) : m_workspace(workspace) {}

    QList<ReportSchedule> list() const;
    std::optional<ReportSchedule> find(qint64 id) const;
    // Adds the schedule; its new id, or 0 and *error.
    qint64 add(const ReportSchedule &schedule, QString *error);
    bool remove(qint64 id);
    bool setEnabled(qint64 id, bool enabled);

    // Takes the period ending on `periodEnd` for one run: false when it is already written or
    // another process is writing it now, so two schedulers on one workspace never both write it.
    bool claim(qint64 id, qint64 periodEnd, qint64 nowMs);
    // Ends the claim: a written run moves the covered day on; a failed one leaves it, so the
    // next check tries the same period again.
    bool recordWritten(qint64 id, qint64 coveredToDay, qint64 nowMs, const QString &file, const QString &message);
    bool recordFailed(qint64 id, qint64 nowMs, const QString &message);

private:
    Workspace &m_workspace;
};

} // namespace costline
