#include "reportschedule.h"

#include "workspace/auditedwrite.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QJsonObject>

#include <sqlite3.h>

#include <array>

namespace costline {
namespace {

constexpr std::array kWeekdays{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// A claim older than this belongs to a process that died mid-run: the period is free again.
constexpr qint64 kClaimLeaseMs = 30 * 60 * 1000;

ReportSchedule scheduleFrom(const SqliteStatement &st)
{
    ReportSchedule s;
    s.id = st.int64(0);
    s.kind = st.text(1);
    s.tenant = st.text(2);
    s.cadence = schedule::cadenceFromName(st.text(3)).value_or(ReportSchedule::Cadence::Monthly);
    s.runDay = int(st.int64(4));
    s.format = st.text(5) == QLatin1String("csv") ? ReportFormat::Csv : ReportFormat::Pdf;
    s.pageSize = st.text(6) == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    s.folder = st.text(7);
    s.enabled = st.int64(8) != 0;
    s.createdMs = st.int64(9);
    s.coveredToDay = st.optionalInt64(10);
    s.lastRunMs = st.optionalInt64(11);
    s.lastRunOk = st.text(12) == QLatin1String("ok");
    s.lastMessage = st.text(13);
    s.lastFile = st.text(14);
    return s;
}

const char kSelect[] = "SELECT id, kind, tenant, cadence, run_day, format, page_size, folder, enabled, created_ms,"
                       " covered_to_day, last_run_ms, last_status, last_message, last_file FROM report_schedules";

// What the audit trail records of a schedule: its settings, not its progress.
QJsonObject auditJson(const ReportSchedule &s)
{
    return QJsonObject{{QStringLiteral("kind"), s.kind},
                       {QStringLiteral("tenant"), s.tenant},
                       {QStringLiteral("cadence"), schedule::cadenceText(s)},
                       {QStringLiteral("format"), schedule::formatName(s.format)},
                       {QStringLiteral("page_size"), schedule::pageSizeName(s.pageSize)},
                       {QStringLiteral("folder"), s.folder},
                       {QStringLiteral("enabled"), s.enabled}};
}

QString auditObject(const ReportSchedule &s)
{
    return QStringLiteral("report_schedule:%1 %2").arg(s.id).arg(s.kind);
}

} // namespace

QString schedule::cadenceName(ReportSchedule::Cadence cadence)
{
    switch (cadence) {
    case ReportSchedule::Cadence::Daily:
        return QStringLiteral("daily");
    case ReportSchedule::Cadence::Weekly:
        return QStringLiteral("weekly");
    case ReportSchedule::Cadence::Monthly:
        break;
    }
    return QStringLiteral("monthly");
}

std::optional<ReportSchedule::Cadence> schedule::cadenceFromName(const QString &name)
{
    for (const auto c : {ReportSchedule::Cadence::Daily, ReportSchedule::Cadence::Weekly, ReportSchedule::Cadence::Monthly}) {
        if (cadenceName(c).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString schedule::weekdayName(int weekday)
{
    return weekday >= 1 && weekday <= 7 ? QString::fromLatin1(kWeekdays[size_t(weekday - 1)]) : QString();
}

std::optional<int> schedule::weekdayFromName(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    for (int i = 0; i < int(kWeekdays.size()); ++i) {
        const QString full = QString::fromLatin1(kWeekdays[size_t(i)]);
        if (wanted.size() >= 3 && full.startsWith(wanted))
            return i + 1;
    }
    return std::nullopt;
}

QString schedule::cadenceText(const ReportSchedule &s)
{
    switch (s.cadence) {
    case ReportSchedule::Cadence::Daily:
        return QStringLiteral("daily");
    case ReportSchedule::Cadence::Weekly:
        return QStringLiteral("weekly on ") + weekdayName(s.runDay);
    case ReportSchedule::Cadence::Monthly:
        break;
    }
    return QStringLiteral("monthly on day %1").arg(s.runDay);
}

QString schedule::formatName(ReportFormat format)
{
    return format == ReportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("pdf");
}

QString schedule::pageSizeName(QPageSize::PageSizeId size)
{
    return size == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

QList<ReportSchedule> ReportScheduleStore::list() const
{
    SqliteStatement st(m_workspace.db(), QByteArray(kSelect) + " ORDER BY id");
    QList<ReportSchedule> schedules;
    while (st.step())
        schedules << scheduleFrom(st);
    return schedules;
}

std::optional<ReportSchedule> ReportScheduleStore::find(qint64 id) const
{
    SqliteStatement st(m_workspace.db(), QByteArray(kSelect) + " WHERE id = ?");
    st.bind(0, id);
    if (!st.step())
        return std::nullopt;
    return scheduleFrom(st);
}

qint64 ReportScheduleStore::add(const ReportSchedule &s, QString *error)
{
    AuditedWrite audited(m_workspace);
    if (!audited.begin(error))
        return 0;
    SqliteStatement st(m_workspace.db(), "INSERT INTO report_schedules(kind, tenant, cadence, run_day, format, page_size,"
                                         " folder, enabled, created_ms) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(0, s.kind);
    st.bind(1, s.tenant);
    st.bind(2, schedule::cadenceName(s.cadence));
    st.bind(3, qint64(s.cadence == ReportSchedule::Cadence::Daily ? 0 : s.runDay));
    st.bind(4, schedule::formatName(s.format));
    st.bind(5, schedule::pageSizeName(s.pageSize));
    st.bind(6, s.folder);
    st.bind(7, qint64(s.enabled ? 1 : 0));
    st.bind(8, s.createdMs);
    if (!st.exec()) {
        *error = QStringLiteral("Cannot save the schedule: %1").arg(st.error());
        return 0;
    }
    ReportSchedule added = s;
    added.id = sqlite3_last_insert_rowid(m_workspace.db());
    if (!audited.commit({QStringLiteral("report.schedule.add"), auditObject(added), {}, auditJson(added)}, error))
        return 0;
    return added.id;
}

bool ReportScheduleStore::remove(qint64 id)
{
    QString error;
    AuditedWrite audited(m_workspace);
    const std::optional<ReportSchedule> before = audited.begin(&error) ? find(id) : std::nullopt;
    SqliteStatement st(m_workspace.db(), "DELETE FROM report_schedules WHERE id = ?");
    st.bind(0, id);
    return before && st.exec()
           && audited.commit({QStringLiteral("report.schedule.remove"), auditObject(*before), auditJson(*before), {}}, &error);
}

bool ReportScheduleStore::setEnabled(qint64 id, bool enabled)
{
    QString error;
    AuditedWrite audited(m_workspace);
    const std::optional<ReportSchedule> before = audited.begin(&error) ? find(id) : std::nullopt;
    SqliteStatement st(m_workspace.db(), "UPDATE report_schedules SET enabled = ? WHERE id = ?");
    st.bind(0, qint64(enabled ? 1 : 0));
    st.bind(1, id);
    if (!before || !st.exec())
        return false;
    ReportSchedule after = *before;
    after.enabled = enabled;
    QList<AuditChange> changes;
    if (before->enabled != enabled)
        changes << AuditChange{QStringLiteral("report.schedule.change"), auditObject(after), auditJson(*before), auditJson(after)};
    return audited.commit(changes, &error);
}

bool ReportScheduleStore::claim(qint64 id, qint64 periodEnd, qint64 nowMs)
{
    SqliteStatement st(m_workspace.db(), "UPDATE report_schedules SET claimed_ms = ? WHERE id = ? AND enabled = 1"
                                         " AND (covered_to_day IS NULL OR covered_to_day < ?)"
                                         " AND (claimed_ms IS NULL OR claimed_ms < ?)");
    st.bind(0, nowMs);
    st.bind(1, id);
    st.bind(2, periodEnd);
    st.bind(3, nowMs - kClaimLeaseMs);
    return st.exec() && sqlite3_changes(m_workspace.db()) > 0;
}

bool ReportScheduleStore::recordWritten(qint64 id, qint64 coveredToDay, qint64 nowMs, const QString &file,
                                        const QString &message)
{
    SqliteStatement st(m_workspace.db(), "UPDATE report_schedules SET covered_to_day = ?, last_run_ms = ?,"
                                         " last_status = 'ok', last_message = ?, last_file = ?, claimed_ms = NULL WHERE id = ?");
    st.bind(0, coveredToDay);
    st.bind(1, nowMs);
    st.bind(2, message);
    st.bind(3, file);
    st.bind(4, id);
    return st.exec();
}

bool ReportScheduleStore::recordFailed(qint64 id, qint64 nowMs, const QString &message)
{
    SqliteStatement st(m_workspace.db(), "UPDATE report_schedules SET last_run_ms = ?, last_status = 'failed',"
                                         " last_message = ?, claimed_ms = NULL WHERE id = ?");
    st.bind(0, nowMs);
    st.bind(1, message);
    st.bind(2, id);
    return st.exec();
}

} // namespace costline
