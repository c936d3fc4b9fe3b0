#include "reportschedulemodel.h"

#include "core/utctime.h"
#include "queryrunner.h"
#include "reports/reportscheduler.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QLocale>

namespace costline {

struct ReportScheduleModel::Snapshot
{
    bool ok = false; // the list was read
    QString error;   // why a write failed
    QList<ReportSchedule> schedules;
    qint64 today = 0;
};

namespace {

QString timeText(qint64 ms)
{
    return utc::formatTimestamp(ms).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')) + QStringLiteral(" UTC");
}

} // namespace

QString scheduleCadenceText(const ReportSchedule &s)
{
    switch (s.cadence) {
    case ReportSchedule::Cadence::Daily:
        return ReportScheduleModel::tr("Daily");
    case ReportSchedule::Cadence::Weekly:
        return ReportScheduleModel::tr("Weekly on %1").arg(QLocale().dayName(qBound(1, s.runDay, 7)));
    case ReportSchedule::Cadence::Monthly:
        break;
    }
    return ReportScheduleModel::tr("Monthly on day %1").arg(s.runDay);
}

ReportScheduleModel::ReportScheduleModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReportScheduleModel::setRunner(QueryRunner *runner)
{
    m_runner = runner;
}

void ReportScheduleModel::load()
{
    run({});
}

void ReportScheduleModel::addSchedule(const ReportSchedule &schedule)
{
    run([schedule](Workspace &ws, QString *error) { return ReportScheduleStore(ws).add(schedule, error) != 0; });
}

void ReportScheduleModel::removeSchedule(qint64 id)
{
    run([id](Workspace &ws, QString *error) {
        if (ReportScheduleStore(ws).remove(id))
            return true;
        *error = tr("That schedule is no longer in the workspace; the list has been read again.");
        return false;
    });
}

void ReportScheduleModel::run(Write write)
{
    if (!m_runner)
        return;
    QPointer<QueryRunner> runner = m_runner;
    const bool isWrite = bool(write);
    m_runner->runFor<Snapshot>(
        this,
        [write](Workspace &ws) {
            Snapshot s;
            // A write that fails still reads the list again, so the view shows what is there.
            if (write && !write(ws, &s.error) && s.error.isEmpty())
                s.error = tr("The workspace did not take the change; try again.");
            s.schedules = ReportScheduleStore(ws).list();
            s.today = utc::todayUtc();
            s.ok = true;
            return s;
        },
        [this, runner, isWrite](const Snapshot &s) {
            if (!s.ok) {
                // The worker could not open the workspace: it says why.
                const QString why = runner ? runner->lastError() : QString();
                emit changeFailed(why.isEmpty() ? tr("The workspace could not be read; try again.") : why);
                return;
            }
            setSchedules(s.schedules, s.today);
            emit loaded();
            if (!s.error.isEmpty())
                emit changeFailed(s.error);
            else if (isWrite)
                emit schedulesChanged();
        });
}

void ReportScheduleModel::setSchedules(QList<ReportSchedule> schedules, qint64 today)
{
    beginResetModel();
    m_schedules = std::move(schedules);
    m_today = today;
    endResetModel();
}

void ReportScheduleModel::setRunsAllowed(bool allowed)
{
    if (allowed == m_runsAllowed)
        return;
    m_runsAllowed = allowed;
    if (!m_schedules.isEmpty())
        emit dataChanged(index(0, NextRun), index(rowCount() - 1, NextRun));
}

int ReportScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schedules.size());
}

int ReportScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportScheduleModel::displayValue(const ReportSchedule &s, int column) const
{
    switch (column) {
    case Report:
        return reportTitle(s.kind);
    case Tenant:
        return s.kind != QLatin1String("chargeback") ? QStringLiteral("—") : s.tenant.isEmpty() ? tr("All tenants") : s.tenant;
    case Cadence:
        return scheduleCadenceText(s);
    case Format:
        return s.format == ReportFormat::Csv ? tr("CSV") : s.pageSize == QPageSize::Letter ? tr("PDF, Letter") : tr("PDF, A4");
    case Folder:
        return QDir::toNativeSeparators(s.folder);
    case Enabled:
        return s.enabled ? tr("on") : tr("off");
    case WrittenTo:
        return s.coveredToDay ? utc::formatDate(*s.coveredToDay) : tr("nothing yet");
    case LastRun:
        return !s.lastRunMs ? tr("not run yet")
                            : (s.lastRunOk ? tr("Written %1") : tr("Failed %1")).arg(timeText(*s.lastRunMs));
    case NextRun:
        if (!s.enabled)
            return tr("off");
        if (!m_runsAllowed)
            return tr("not on this plan");
        if (const auto due = scheduling::duePeriod(s, m_today))
            return tr("Due now: %1").arg(scheduling::periodText(*due));
        return utc::formatDate(scheduling::nextRunDay(s, m_today));
    }
    return {};
}

QVariant ReportScheduleModel::rawValue(const ReportSchedule &s, int column) const
{
    switch (column) {
    case Cadence:
        return int(s.cadence) * 100 + s.runDay;
    case Enabled:
        return s.enabled;
    case WrittenTo:
        return s.coveredToDay ? QVariant(*s.coveredToDay) : QVariant();
    case LastRun:
        return s.lastRunMs ? QVariant(*s.lastRunMs) : QVariant();
    case NextRun:
        if (!s.enabled || !m_runsAllowed)
            return {};
        return QVariant(scheduling::duePeriod(s, m_today) ? m_today : scheduling::nextRunDay(s, m_today));
    default:
        return displayValue(s, column);
    }
}

QVariant ReportScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReportSchedule &s = m_schedules.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(s, index.column());
    case RawValueRole:
        return rawValue(s, index.column());
    case IdRole:
        return s.id;
    case Qt::ToolTipRole:
        // The last run's whole message: the file written, or what failed and what to do.
        return index.column() == LastRun || index.column() == Folder ? (s.lastMessage.isEmpty() ? s.folder : s.lastMessage)
                                                                       : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == LastRun && s.lastRunMs && !s.lastRunOk)
            return QBrush(QColor(0xD6, 0x45, 0x35));
        return {};
    default:
        return {};
    }
}

QVariant ReportScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Report:
        return tr("Report");
    case Tenant:
        return tr("Tenant");
    case Cadence:
        return tr("Runs");
    case Format:
        return tr("Format");
    case Folder:
        return tr("Folder");
    case Enabled:
        return tr("On");
    case WrittenTo:
        return tr("Written through");
    case LastRun:
        return tr("Last run");
    case NextRun:
        return tr("Next run");
    }
    return {};
}

} // namespace costline
