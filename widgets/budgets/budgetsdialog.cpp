#include "budgetsdialog.h"

#include "budgetform.h"
#include "core/utctime.h"
#include "models/budgetsmodel.h"
#include "models/queryrunner.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace costline {

BudgetsDialog::BudgetsDialog(const QString &workspacePath, QWidget *parent)
    : QDialog(parent), m_runner(new QueryRunner(workspacePath, this)), m_model(new BudgetsModel(this)),
      m_form(new BudgetForm(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Budgets"));
    m_model->setRunner(m_runner);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(BudgetsModel::RawValueRole);
    m_table = new QTableView(this);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BudgetsModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BudgetsDialog::showSelected);
    m_status->setWordWrap(true);
    auto *lower = new QHBoxLayout;
    lower->addWidget(m_form, 3);
    lower->addWidget(buildButtons(), 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(lower);
    layout->addWidget(m_status);
    layout->addWidget(close);
    connect(m_model, &BudgetsModel::loaded, this, &BudgetsDialog::onLoaded);
    connect(m_model, &BudgetsModel::loadFailed, this, [this](const QString &error) { setStatus(error, true); });
    connect(m_model, &BudgetsModel::changeFailed, this, &BudgetsDialog::onChangeFailed);
    connect(m_model, &BudgetsModel::budgetsChanged, this, &BudgetsDialog::onChanged);
    resize(1280, 680);
    setStatus(tr("Loading budgets…"), false);
    m_model->load();
}

QWidget *BudgetsDialog::buildButtons()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    auto *add = new QPushButton(tr("Add as new budget"), box);
    m_save = new QPushButton(tr("Save changes"), box);
    m_remove = new QPushButton(tr("Remove…"), box);
    connect(add, &QPushButton::clicked, this, &BudgetsDialog::addBudget);
    connect(m_save, &QPushButton::clicked, this, &BudgetsDialog::saveBudget);
    connect(m_remove, &QPushButton::clicked, this, &BudgetsDialog::removeBudget);
    for (QPushButton *b : {add, m_save, m_remove})
        layout->addWidget(b);
    layout->addStretch();
    return box;
}

void BudgetsDialog::onLoaded()
{
    m_table->resizeColumnsToContents();
    m_form->setChoices(m_model->scopeValues(Dimension::Tenant), m_model->scopeValues(Dimension::ApiKey));
    if (m_writing) {
        selectBudget(m_keepSelected);
        return;
    }
    setStatus(m_model->rowCount() == 0 ? tr("No budgets yet: fill in the form and add one.")
                                       : tr("Spend and projections as of %1 (UTC), the latest day with data.")
                                             .arg(utc::formatDate(m_model->asOfDay())),
              false);
    selectBudget(selectedName());
    showSelected();
}

void BudgetsDialog::onChanged()
{
    m_writing = false;
    selectBudget(m_select);
    showSelected();
    const int row = m_model->rowOf(m_select);
    const QString asOf = tr("Spend and projections as of %1 (UTC), the latest day with data.")
                             .arg(utc::formatDate(m_model->asOfDay()));
    setStatus((row < 0 ? tr("Removed.")
                       : tr("Saved %1 (version %2).").arg(m_select).arg(m_model->statusAt(row).budget.version))
                  + QLatin1Char(' ') + asOf,
              false);
    emit budgetsChanged();
}

void BudgetsDialog::onChangeFailed(const QString &error)
{
    m_writing = false;
    const Budget selected = selectedBudget();
    m_form->setCaps(m_model->budgets());
    m_save->setEnabled(selected.id != 0);
    m_remove->setEnabled(selected.id != 0);
    setStatus(error, true);
}

void BudgetsDialog::selectBudget(const QString &name)
{
    const int row = m_model->rowOf(name);
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_table->model());
    const QModelIndex index = proxy->mapFromSource(m_model->index(qMax(row, 0), 0));
    if (m_model->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString BudgetsDialog::selectedName() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(BudgetsModel::NameRole).toString() : QString();
}

Budget BudgetsDialog::selectedBudget() const
{
    const int row = m_model->rowOf(selectedName());
    return row >= 0 ? m_model->statusAt(row).budget : Budget{};
}

QString BudgetsDialog::statusText() const
{
    return m_status->text();
}

void BudgetsDialog::setStatus(const QString &text, bool error)
{
    m_statusIsError = error;
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #d64535;") : QString());
}

void BudgetsDialog::showSelected()
{
    if (m_writing)
        return;
    const Budget b = selectedBudget();
    m_form->setCaps(m_model->budgets());
    m_form->setBudget(b);
    m_save->setEnabled(b.id != 0);
    m_remove->setEnabled(b.id != 0);
}

} // namespace costline
