#pragma once

#include "licensing/licence.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace costline {

class QueryRunner;
class ReportScheduleModel;

// The Reports tab's schedule list: reports written into a folder on a cadence, with Add…
// and Remove…. The plan decides whether schedules run; on a plan without scheduling the
// list stays readable (and removable) and says which plan includes it.
class ReportScheduleList final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportScheduleList(QWidget *parent = nullptr);

    void setRunner(QueryRunner *runner);
    void setEntitlements(const Entitlements &entitlements);
    // The tenants offered when a chargeback pack is scheduled.
    void setTenants(const QStringList &tenants) { m_tenants = tenants; }
    void reload();

    ReportScheduleModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    // A schedule was added or removed (the workbench checks what is due at once).
    void schedulesChanged();

private:
    void addSchedule();
    void removeSelected();
    void updateActions();

    Entitlements m_entitlements;
    QStringList m_tenants;
    ReportScheduleModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_lock = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace costline
