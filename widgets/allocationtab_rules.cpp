// The Allocation tab's rule edits: add a rule at a position, remove one after saying what it
// owns, each written on the tab's worker.
#include "allocation/allocationruledialog.h"
#include "allocation/allocationstore.h"
#include "allocationtab.h"
#include "models/recordtablemodel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace costline {

QString AllocationTab::previewText() const
{
    return m_preview->text();
}

QWidget *AllocationTab::buildRuleButtons()
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *add = new QPushButton(tr("Add rule…"), box);
    m_removeRule = new QPushButton(tr("Remove rule…"), box);
    m_removeRule->setEnabled(false);
    layout->addWidget(add);
    layout->addWidget(m_removeRule);
    layout->addWidget(m_apply);
    layout->addStretch();
    connect(add, &QPushButton::clicked, this, &AllocationTab::promptAddRule);
    connect(m_removeRule, &QPushButton::clicked, this, &AllocationTab::promptRemoveRule);
    connect(m_rulesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_removeRule->setEnabled(m_rulesTable->selectionModel()->hasSelection()); });
    return box;
}

void AllocationTab::addRule(const AllocationRule &rule)
{
    QPointer<AllocationTab> self(this);
    runner()
        ->run<QString>([rule](Workspace &ws) {
            QString error;
            AllocationStore(ws).addRule(rule, &error);
            return error;
        })
        .then(this, [self](const QString &error) {
            if (!self)
                return;
            if (!error.isEmpty())
                self->showRuleError(error);
            self->refresh();
        });
}

void AllocationTab::removeRule(qint64 id)
{
    QPointer<AllocationTab> self(this);
    runner()->run<bool>([id](Workspace &ws) { return AllocationStore(ws).removeRule(id); }).then(this, [self](bool removed) {
        if (!self)
            return;
        if (!removed)
            self->showRuleError(tr("The rule was not removed: it no longer exists in this workspace."));
        self->refresh();
    });
}

void AllocationTab::promptAddRule()
{
    AllocationRuleDialog dialog(int(m_ruleList.size()), this);
    if (dialog.exec() == QDialog::Accepted)
        addRule(dialog.rule());
}

void AllocationTab::promptRemoveRule()
{
    const QModelIndexList rows = m_rulesTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const auto *proxy = static_cast<QSortFilterProxyModel *>(m_rulesTable->model());
    const int row = proxy->mapToSource(rows.constFirst()).row();
    if (row < 0 || row >= m_ruleList.size())
        return;
    const AllocationRule &rule = m_ruleList.at(row);
    const QString question =
        rule.applied ? tr("Remove rule %1 (%2 %3 → %4)?\n\nIt is applied: the spend it owns goes back to the next rule that "
                          "matches, or to unallocated, in every showback and chargeback run from now on.")
                           .arg(rule.position)
                           .arg(rule.field, rule.pattern, rule.owner)
                     : tr("Remove the pending rule %1 (%2 %3 → %4)?").arg(rule.position).arg(rule.field, rule.pattern, rule.owner);
    if (QMessageBox::question(this, tr("Remove rule"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes)
        removeRule(rule.id);
}

void AllocationTab::showRuleError(const QString &error)
{
    // Window-modal and not blocking: the tab goes on reloading behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Allocation rules"), error, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace costline
