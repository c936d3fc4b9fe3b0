#pragma once

#include "reports/reportschedule.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace costline {

class QueryRunner;

// The workspace's report schedules for the Reports tab: what each writes, how often, into
// which folder, how far it has written and when it runs next. Reads and writes run on a
// QueryRunner's worker; each write re-reads the list in the same job.
class ReportScheduleModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Report, Tenant, Cadence, Format, Folder, Enabled, WrittenTo, LastRun, NextRun, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, IdRole };

    explicit ReportScheduleModel(QObject *parent = nullptr);

    void setRunner(QueryRunner *runner);
    void load();
    // `today` (a UTC day) decides what is due and when each runs next.
    void setSchedules(QList<ReportSchedule> schedules, qint64 today);
    const ReportSchedule &scheduleAt(int row) const { return m_schedules.at(row); }
    // On a plan without scheduling nothing runs: the next run says so instead of a date.
    void setRunsAllowed(bool allowed);

    void addSchedule(const ReportSchedule &schedule);
    void removeSchedule(qint64 id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    // An add or remove reached the workspace (the list has been re-read).
    void schedulesChanged();
    void changeFailed(const QString &error);

private:
    struct Snapshot;
    using Write = std::function<bool(Workspace &, QString *error)>;

    void run(Write write);
    QVariant displayValue(const ReportSchedule &schedule, int column) const;
    QVariant rawValue(const ReportSchedule &schedule, int column) const;

    QPointer<QueryRunner> m_runner;
    QList<ReportSchedule> m_schedules;
    qint64 m_today = 0;
    bool m_runsAllowed = true;
};

// "Daily", "Weekly on Wednesday", "Monthly on day 5", in the user's language.
QString scheduleCadenceText(const ReportSchedule &schedule);

} // namespace costline
