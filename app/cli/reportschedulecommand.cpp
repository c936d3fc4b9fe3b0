// Headless scheduling: the schedules the Reports tab lists, and the check a cron job or a
// systemd timer runs (docs/scheduled-reports.md).
#include "reportschedulecommand.h"

#include "commandline.h"
#include "core/utctime.h"
#include "licensing/licencestore.h"
#include "reports/reportscheduler.h"
#include "tablewriter.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline::cli {
namespace {

Entitlements entitlementsFor(Workspace &ws)
{
    return Entitlements(licencestore::current(), ws.setting(QStringLiteral("demo")) == QLatin1String("1"));
}

QString schedulingLock(const Entitlements &ent)
{
    const QString needed = entitlement::scheduledReports();
    if (ent.allows(needed))
        return {};
    return QStringLiteral("scheduled reports are in the %1 plan (%2); this licence is %3. See 'costline-cli licence show'.")
        .arg(planDisplayName(planIncluding(needed)), needed, planDisplayName(ent.plan()));
}

// --on: a weekday for weekly schedules, a day of the month for monthly ones.
bool readRunDay(CommandLine &cl, ReportSchedule *s, QString *problem)
{
    const QString on = cl.value(QStringLiteral("on"));
    if (s->cadence == ReportSchedule::Cadence::Daily) {
        *problem = on.isEmpty() ? QString() : QStringLiteral("--on does not apply to a daily schedule");
        return on.isEmpty();
    }
    if (s->cadence == ReportSchedule::Cadence::Weekly) {
        const auto weekday = schedule::weekdayFromName(on.isEmpty() ? QStringLiteral("monday") : on);
        *problem = QStringLiteral("--on must be a weekday (monday … sunday) for a weekly schedule");
        s->runDay = weekday.value_or(0);
        return weekday.has_value();
    }
    bool ok = true;
    s->runDay = on.isEmpty() ? 1 : on.toInt(&ok);
    *problem = QStringLiteral("--on must be a day of the month from 1 to 31 for a monthly schedule");
    return ok && s->runDay >= 1 && s->runDay <= 31;
}

// Reads `schedule add`'s options into *s; what is wrong with them, empty when they make a schedule.
QString readSchedule(CommandLine &cl, ReportSchedule *s)
{
    s->kind = cl.positional().value(3);
    if (cl.positional().size() != 4 || !reportKinds().contains(s->kind))
        return QStringLiteral("name one report to schedule: %1").arg(reportKinds().join(QStringLiteral(", ")));
    const auto cadence = schedule::cadenceFromName(cl.value(QStringLiteral("cadence")));
    if (!cadence)
        return QStringLiteral("--cadence must be daily, weekly or monthly");
    s->cadence = *cadence;
    if (QString problem; !readRunDay(cl, s, &problem))
        return problem;
    const QString format = cl.isSet(QStringLiteral("format")) ? cl.value(QStringLiteral("format")).toLower()
                           : reportHasPdf(s->kind)             ? QStringLiteral("pdf")
                                                               : QStringLiteral("csv");
    if (format != QLatin1String("pdf") && format != QLatin1String("csv"))
        return QStringLiteral("--format must be pdf or csv");
    if (format == QLatin1String("pdf") && !reportHasPdf(s->kind))
        return QStringLiteral("the %1 has no PDF; use --format csv").arg(reportTitle(s->kind));
    const QString page = cl.value(QStringLiteral("page")).toLower();
    if (page != QLatin1String("a4") && page != QLatin1String("letter"))
        return QStringLiteral("--page must be a4 or letter");
    if (cl.value(QStringLiteral("folder")).isEmpty())
        return QStringLiteral("--folder DIR is required: the folder the reports are written into");
    if (cl.isSet(QStringLiteral("tenant")) && !reportTakesTenant(s->kind))
        return QStringLiteral("--tenant applies to the chargeback pack, showback and the FOCUS export only");
    s->tenant = cl.value(QStringLiteral("tenant"));
    s->format = format == QLatin1String("csv") ? ReportFormat::Csv : ReportFormat::Pdf;
    s->pageSize = page == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    s->folder = QFileInfo(cl.value(QStringLiteral("folder"))).absoluteFilePath();
    s->createdMs = QDateTime::currentMSecsSinceEpoch();
    return {};
}

// "pdf a4", or "csv": a page size means nothing to a CSV file.
QString formatText(const ReportSchedule &s)
{
    return s.format == ReportFormat::Csv ? schedule::formatName(s.format)
                                         : schedule::formatName(s.format) + QLatin1Char(' ') + schedule::pageSizeName(s.pageSize);
}

QString describe(const ReportSchedule &s)
{
    return QStringLiteral("%1%2, %3, %4, into %5")
        .arg(s.kind, s.tenant.isEmpty() ? QString() : QStringLiteral(" for ") + s.tenant, schedule::cadenceText(s),
             formatText(s), QDir::toNativeSeparators(s.folder));
}

int addSchedule(CommandLine &cl, Workspace &ws, Io io)
{
    ReportSchedule s;
    if (const QString problem = readSchedule(cl, &s); !problem.isEmpty())
        return cl.usageError(problem);
    if (const QString lock = schedulingLock(entitlementsFor(ws)); !lock.isEmpty())
        return cl.runtimeError(lock);
    if (!QFileInfo(s.folder).isDir())
        return cl.runtimeError(QStringLiteral("the folder %1 does not exist; create it first or name another with --folder")
                                   .arg(QDir::toNativeSeparators(s.folder)));
    QString error;
    s.id = ReportScheduleStore(ws).add(s, &error);
    if (s.id == 0)
        return cl.runtimeError(error);
    io.out << "added schedule " << s.id << ": " << describe(s) << '\n';
    if (const auto first = scheduling::duePeriod(s, utc::todayUtc()))
        io.out << "the next 'costline-cli report run-due' writes " << scheduling::fileName(s, *first) << '\n';
    return Success;
}

QString lastRunText(const ReportSchedule &s)
{
    if (!s.lastRunMs)
        return QStringLiteral("-");
    return (s.lastRunOk ? QStringLiteral("ok ") : QStringLiteral("failed "))
           + utc::formatTimestamp(*s.lastRunMs).left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
}

QString nextRunText(const ReportSchedule &s, qint64 today)
{
    if (!s.enabled)
        return QStringLiteral("-");
    if (const auto due = scheduling::duePeriod(s, today))
        return QStringLiteral("now (%1)").arg(scheduling::periodText(*due));
    return utc::formatDate(scheduling::nextRunDay(s, today));
}

QJsonObject scheduleJson(const ReportSchedule &s, qint64 today)
{
    auto orNull = [](const std::optional<qint64> &day) { return day ? QJsonValue(utc::formatDate(*day)) : QJsonValue(); };
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("kind"), s.kind},
                       {QStringLiteral("tenant"), s.tenant},
                       {QStringLiteral("cadence"), schedule::cadenceName(s.cadence)},
                       {QStringLiteral("on"), schedule::cadenceText(s)},
                       {QStringLiteral("format"), schedule::formatName(s.format)},
                       {QStringLiteral("page"), schedule::pageSizeName(s.pageSize)},
                       {QStringLiteral("folder"), s.folder},
                       {QStringLiteral("enabled"), s.enabled},
                       {QStringLiteral("written_to"), orNull(s.coveredToDay)},
                       {QStringLiteral("last_run"), s.lastRunMs ? QJsonValue(utc::formatTimestamp(*s.lastRunMs)) : QJsonValue()},
                       {QStringLiteral("last_status"), s.lastRunMs ? QJsonValue(s.lastRunOk ? QStringLiteral("ok") : QStringLiteral("failed")) : QJsonValue()},
                       {QStringLiteral("last_message"), s.lastMessage},
                       {QStringLiteral("last_file"), s.lastFile},
                       {QStringLiteral("next_run"), nextRunText(s, today)}};
}

int listSchedules(CommandLine &cl, Workspace &ws, Io io)
{
    const QString format = cl.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("table") && format != QLatin1String("json"))
        return cl.usageError(QStringLiteral("schedule list prints --format table or json"));
    const qint64 today = utc::todayUtc();
    const QList<ReportSchedule> schedules = ReportScheduleStore(ws).list();
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const ReportSchedule &s : schedules)
            array.append(scheduleJson(s, today));
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("schedules"), array}}).toJson(QJsonDocument::Indented);
        return Success;
    }
    TableWriter table({QStringLiteral("id"), QStringLiteral("report"), QStringLiteral("tenant"), QStringLiteral("cadence"),
                       QStringLiteral("format"), QStringLiteral("folder"), QStringLiteral("enabled"),
                       QStringLiteral("written_to"), QStringLiteral("last_run"), QStringLiteral("next_run")});
    for (const ReportSchedule &s : schedules)
        table.addRow({QString::number(s.id), s.kind, s.tenant.isEmpty() ? QStringLiteral("-") : s.tenant,
                      schedule::cadenceText(s), formatText(s),
                      QDir::toNativeSeparators(s.folder), s.enabled ? QStringLiteral("yes") : QStringLiteral("no"),
                      s.coveredToDay ? utc::formatDate(*s.coveredToDay) : QStringLiteral("-"), lastRunText(s), nextRunText(s, today)});
    table.writeTable(io.out);
    return Success;
}

int removeSchedule(CommandLine &cl, Workspace &ws, Io io)
{
    bool ok = false;
    const qint64 id = cl.positional().value(3).toLongLong(&ok);
    if (!ok || cl.positional().size() != 4)
        return cl.usageError(QStringLiteral("schedule remove needs the schedule's ID (see 'costline-cli report schedule list')"));
    ReportScheduleStore store(ws);
    const auto s = store.find(id);
    if (!s || !store.remove(id))
        return cl.runtimeError(QStringLiteral("no schedule has ID %1; see 'costline-cli report schedule list'").arg(id));
    io.out << "removed schedule " << id << ": " << describe(*s) << " (the reports it wrote stay where they are)\n";
    return Success;
}

} // namespace

int runReportSchedule(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("report schedule"),
                   QStringLiteral("Reports written on a cadence into a folder: 'report schedule add KIND --cadence "
                                  "daily|weekly|monthly [--on DAY] --folder DIR', 'list', 'remove ID'. "
                                  "'costline-cli report run-due' writes what is due."),
                   io);
    cl.addWorkspaceOption();
    cl.parser().addPositionalArgument(QStringLiteral("action"), QStringLiteral("add KIND | list | remove ID"));
    cl.parser().addOptions(
        {{QStringLiteral("cadence"), QStringLiteral("daily | weekly | monthly (add)"), QStringLiteral("CADENCE")},
         {QStringLiteral("on"), QStringLiteral("weekly: the weekday it runs (default monday); monthly: the day of the month "
                                               "(default 1; 29-31 mean the last day in shorter months)"), QStringLiteral("DAY")},
         {QStringLiteral("tenant"), QStringLiteral("chargeback, showback, focus: one tenant only"), QStringLiteral("T")},
         {QStringLiteral("format"), QStringLiteral("add: pdf (default) | csv; list: table (default) | json"), QStringLiteral("FORMAT")},
         {QStringLiteral("page"), QStringLiteral("a4 | letter"), QStringLiteral("SIZE"), QStringLiteral("a4")},
         {QStringLiteral("folder"), QStringLiteral("the folder the reports are written into (add)"), QStringLiteral("DIR")}});
    if (const auto exit = cl.parse(args))
        return *exit;
    const QString action = cl.positional().value(2);
    if (action != QLatin1String("add") && action != QLatin1String("list") && action != QLatin1String("remove"))
        return cl.usageError(QStringLiteral("expected one of: add, list, remove"));
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    if (action == QLatin1String("add"))
        return addSchedule(cl, *workspace, io);
    return action == QLatin1String("list") ? listSchedules(cl, *workspace, io) : removeSchedule(cl, *workspace, io);
}

int runReportRunDue(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("report run-due"),
                   QStringLiteral("Writes every scheduled report that is due, each period once; for cron and systemd timers. "
                                  "Exit 1 when a report could not be written (it is tried again at the next run)."),
                   io);
    cl.addWorkspaceOption();
    cl.parser().addOption({QStringLiteral("now"), QStringLiteral("check as at this UTC time instead of now (ISO 8601)"),
                           QStringLiteral("TIME")});
    if (const auto exit = cl.parse(args))
        return *exit;
    qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (cl.isSet(QStringLiteral("now"))) {
        const auto parsed = utc::parseTimestamp(cl.value(QStringLiteral("now")).toUtf8());
        if (!parsed)
            return cl.usageError(QStringLiteral("--now must be a UTC time such as 2026-12-01T06:00:00Z"));
        nowMs = *parsed;
    }
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    const Entitlements ent = entitlementsFor(*workspace);
    if (const QString lock = schedulingLock(ent); !lock.isEmpty())
        return cl.runtimeError(lock);
    const QString user = qEnvironmentVariable("USER", QStringLiteral("costline-cli"));
    const QList<ScheduledRun> runs = ReportScheduler(*workspace, ent).runDue(nowMs, user);
    bool failed = false;
    for (const ScheduledRun &run : runs) {
        if (run.ok)
            io.out << "wrote " << QDir::toNativeSeparators(run.file) << " (schedule " << run.scheduleId << ", " << run.kind
                   << ' ' << scheduling::periodText(run.period) << ", sha256 " << run.sha256 << ")\n";
        else
            io.err << "costline-cli report run-due: schedule " << run.scheduleId << ": " << run.message << '\n';
        failed = failed || !run.ok;
    }
    if (runs.isEmpty())
        io.out << "nothing is due\n";
    return failed ? RuntimeError : Success;
}

} // namespace costline::cli
