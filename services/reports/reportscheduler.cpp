#include "reportscheduler.h"

#include "core/utctime.h"
#include "licensing/licence.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace costline {
namespace {

using Cadence = ReportSchedule::Cadence;

// 0 = Monday … 6 = Sunday; 1970-01-01 (day 0) was a Thursday.
qint64 weekdayIndex(qint64 day)
{
    return ((day + 3) % 7 + 7) % 7;
}

// The schedule's day in the month that holds `day`, kept inside shorter months.
qint64 monthRunDay(const ReportSchedule &s, qint64 day)
{
    const qint64 first = utc::firstDayOfMonth(day);
    return qMin(first + qBound(1, s.runDay, 31) - 1, utc::lastDayOfMonth(day));
}

qint64 periodEndFor(const ReportSchedule &s, qint64 runDay)
{
    switch (s.cadence) {
    case Cadence::Daily:
        return runDay - 1;
    case Cadence::Weekly:
        return runDay - weekdayIndex(runDay) - 1;
    case Cadence::Monthly:
        break;
    }
    return utc::firstDayOfMonth(runDay) - 1;
}

qint64 periodStartFor(const ReportSchedule &s, qint64 periodEnd)
{
    switch (s.cadence) {
    case Cadence::Daily:
        return periodEnd;
    case Cadence::Weekly:
        return periodEnd - 6;
    case Cadence::Monthly:
        break;
    }
    return utc::firstDayOfMonth(periodEnd);
}

bool isWholeMonths(const SchedulePeriod &p)
{
    return p.fromDay == utc::firstDayOfMonth(p.fromDay) && p.toDay == utc::lastDayOfMonth(p.toDay);
}

QString periodLabel(const SchedulePeriod &p, const QString &separator)
{
    if (isWholeMonths(p)) {
        const QString first = utc::formatMonth(p.fromDay);
        const QString last = utc::formatMonth(p.toDay);
        return first == last ? first : first + separator + last;
    }
    if (p.fromDay == p.toDay)
        return utc::formatDate(p.fromDay);
    return utc::formatDate(p.fromDay) + separator + utc::formatDate(p.toDay);
}

} // namespace

qint64 scheduling::latestRunDay(const ReportSchedule &s, qint64 today)
{
    switch (s.cadence) {
    case Cadence::Daily:
        return today;
    case Cadence::Weekly:
        return today - (weekdayIndex(today) - (qBound(1, s.runDay, 7) - 1) + 7) % 7;
    case Cadence::Monthly:
        break;
    }
    const qint64 thisMonth = monthRunDay(s, today);
    return thisMonth <= today ? thisMonth : monthRunDay(s, utc::firstDayOfMonth(today) - 1);
}

qint64 scheduling::nextRunDay(const ReportSchedule &s, qint64 today)
{
    switch (s.cadence) {
    case Cadence::Daily:
        return today + 1;
    case Cadence::Weekly:
        return latestRunDay(s, today) + 7;
    case Cadence::Monthly:
        break;
    }
    const qint64 thisMonth = monthRunDay(s, today);
    return thisMonth > today ? thisMonth : monthRunDay(s, utc::lastDayOfMonth(today) + 1);
}

std::optional<SchedulePeriod> scheduling::duePeriod(const ReportSchedule &s, qint64 today)
{
    if (!s.enabled)
        return std::nullopt;
    const qint64 end = periodEndFor(s, latestRunDay(s, today));
    if (s.coveredToDay && *s.coveredToDay >= end)
        return std::nullopt;
    return SchedulePeriod{s.coveredToDay ? *s.coveredToDay + 1 : periodStartFor(s, end), end};
}

QString scheduling::fileName(const ReportSchedule &s, const SchedulePeriod &period)
{
    // A tenant name is the user's text: keep it to characters every file system takes.
    static const QRegularExpression kUnsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = s.kind;
    if (!s.tenant.isEmpty())
        name += QLatin1Char('-') + QString(s.tenant).replace(kUnsafe, QStringLiteral("_"));
    return name + QLatin1Char('-') + periodLabel(period, QStringLiteral("_")) + QLatin1Char('.')
           + schedule::formatName(s.format);
}

QString scheduling::periodText(const SchedulePeriod &period)
{
    return periodLabel(period, QStringLiteral(" – "));
}

QList<ScheduledRun> ReportScheduler::runDue(qint64 nowMs, const QString &user)
{
    const qint64 today = utc::dayOf(nowMs);
    ReportScheduleStore store(m_workspace);
    QList<ScheduledRun> runs;
    for (const ReportSchedule &s : store.list()) {
        const auto period = scheduling::duePeriod(s, today);
        if (!period || !store.claim(s.id, period->toDay, nowMs))
            continue;
        ScheduledRun run = runOne(s, *period, nowMs, user);
        if (run.ok)
            store.recordWritten(s.id, period->toDay, nowMs, run.file, run.message);
        else
            store.recordFailed(s.id, nowMs, run.message);
        runs << run;
    }
    return runs;
}

ScheduledRun ReportScheduler::runOne(const ReportSchedule &s, const SchedulePeriod &period, qint64 nowMs,
                                     const QString &user)
{
    ScheduledRun run{s.id, s.kind, period, false, {}, {}, {}};
    const QString what = QStringLiteral("%1 for %2").arg(reportTitle(s.kind), scheduling::periodText(period));
    QString error = lockReason(s);
    if (error.isEmpty() && !QFileInfo(s.folder).isDir())
        error = QStringLiteral("the folder %1 does not exist (or is a file): create it, or remove the schedule and add"
                               " it with another folder.")
                    .arg(QDir::toNativeSeparators(s.folder));
    if (error.isEmpty()) {
        const ReportRequest request{s.kind, period.fromDay, period.toDay, s.tenant, 0,
                                    QStringLiteral("%1 (schedule %2)").arg(user).arg(s.id), nowMs};
        const QString path = QDir(s.folder).filePath(scheduling::fileName(s, period));
        if (const auto written = runReport(m_workspace, request, s.format, path, s.pageSize, &error)) {
            run.ok = true;
            run.file = written->file;
            run.sha256 = written->sha256;
            run.message = QStringLiteral("Wrote %1: %2").arg(what, QDir::toNativeSeparators(written->file));
            return run;
        }
    }
    run.message = QStringLiteral("%1 not written: %2 It is tried again at the next check.").arg(what, error);
    return run;
}

QString ReportScheduler::lockReason(const ReportSchedule &s) const
{
    const bool pdf = s.format == ReportFormat::Pdf;
    if (pdf && !reportHasPdf(s.kind))
        return QStringLiteral("the %1 has no PDF: remove the schedule and add it as CSV.").arg(reportTitle(s.kind));
    const QStringList needed = QStringList{entitlement::scheduledReports()} + reportEntitlements(s.kind, pdf);
    for (const QString &name : needed) {
        if (!m_entitlements.allows(name))
            return QStringLiteral("%1 is in the %2 plan; this licence is %3. Help → Licence… shows the licence.")
                .arg(entitlement::displayName(name), planDisplayName(planIncluding(name)),
                     planDisplayName(m_entitlements.plan()));
    }
    if (reportIsPack(s.kind) && !m_entitlements.canExportPack(reportEntitlement(s.kind, pdf)))
        return QStringLiteral("a viewer licence cannot export the %1; ask an analyst or admin.").arg(reportTitle(s.kind).toLower());
    return {};
}

} // namespace costline
