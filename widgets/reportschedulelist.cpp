#include "reportschedulelist.h"

#include "models/reportschedulemodel.h"
#include "reports/reportrequest.h"
#include "reportscheduledialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace costline {

ReportScheduleList::ReportScheduleList(QWidget *parent) : QWidget(parent), m_model(new ReportScheduleModel(this))
{
    auto *title = new QLabel(tr("<b>Scheduled reports</b> — written into their folder on their own: when Costline starts "
                                "and every 15 minutes while it runs, or by <tt>costline-cli report run-due</tt>."),
                             this);
    title->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_lock = new QLabel(this);
    m_lock->setWordWrap(true);
    m_lock->setForegroundRole(QPalette::PlaceholderText);
    m_add = new QPushButton(tr("Add schedule…"), this);
    m_remove = new QPushButton(tr("Remove…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_lock, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ReportScheduleList::addSchedule);
    connect(m_remove, &QPushButton::clicked, this, &ReportScheduleList::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReportScheduleList::updateActions);
    connect(m_model, &ReportScheduleModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        updateActions();
    });
    connect(m_model, &ReportScheduleModel::schedulesChanged, this, &ReportScheduleList::schedulesChanged);
    connect(m_model, &ReportScheduleModel::changeFailed, this,
            [this](const QString &error) { QMessageBox::warning(this, tr("Scheduled reports"), error); });
    updateActions();
}

void ReportScheduleList::setRunner(QueryRunner *runner)
{
    m_model->setRunner(runner);
}

void ReportScheduleList::reload()
{
    m_model->load();
}

void ReportScheduleList::setEntitlements(const Entitlements &entitlements)
{
    m_entitlements = entitlements;
    updateActions();
}

void ReportScheduleList::updateActions()
{
    const QString needed = entitlement::scheduledReports();
    const bool allowed = m_entitlements.allows(needed);
    m_add->setEnabled(allowed);
    m_model->setRunsAllowed(allowed);
    // Removing stays possible on any plan: nothing is kept from its owner.
    m_remove->setEnabled(m_view->selectionModel()->hasSelection());
    const QString lock = allowed ? QString()
                                 : tr("Scheduled reports are included in the %1 plan; this workbench runs on the %2 plan, so "
                                      "the schedules listed here do not run. Help → Licence… shows your licence.")
                                       .arg(planDisplayName(planIncluding(needed)), planDisplayName(m_entitlements.plan()));
    m_lock->setText(lock);
    m_add->setToolTip(lock);
}

void ReportScheduleList::addSchedule()
{
    ReportScheduleDialog dialog(m_tenants, this);
    if (dialog.exec() == QDialog::Accepted)
        m_model->addSchedule(dialog.schedule());
}

void ReportScheduleList::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const ReportSchedule s = m_model->scheduleAt(rows.first().row());
    const QString what = s.tenant.isEmpty() ? reportTitle(s.kind) : tr("%1 for %2").arg(reportTitle(s.kind), s.tenant);
    QMessageBox confirm(QMessageBox::Question, tr("Remove schedule"),
                        tr("Remove the schedule “%1, %2, into %3”?").arg(what, scheduleCadenceText(s).toLower(), s.folder),
                        QMessageBox::Cancel, this);
    confirm.setInformativeText(tr("No more reports are written for it. The reports it already wrote stay in the folder."));
    const QPushButton *remove = confirm.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    confirm.exec();
    if (confirm.clickedButton() != remove)
        return;
    m_model->removeSchedule(s.id);
}

} // namespace costline
