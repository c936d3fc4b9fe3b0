#include "budgetsdialog.h"

#include "core/decimal.h"
#include "core/money.h"
#include "core/utctime.h"
#include "models/budgetsmodel.h"
#include "models/moneyformat.h"
#include "models/queryrunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace costline {

BudgetsDialog::BudgetsDialog(const QString &workspacePath, QWidget *parent)
    : QDialog(parent), m_runner(new QueryRunner(workspacePath, this)), m_model(new BudgetsModel(this))
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
    auto *lower = new QHBoxLayout;
    lower->addWidget(buildForm(), 3);
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
    connect(m_model, &BudgetsModel::changeFailed, this, [this](const QString &error) { setStatus(error, true); });
    connect(m_model, &BudgetsModel::budgetsChanged, this, &BudgetsDialog::budgetsChanged);
    resize(1040, 560);
    setStatus(tr("Loading budgets…"), false);
    m_model->load();
}

QWidget *BudgetsDialog::buildForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);
    m_name = new QLineEdit(form);
    m_scope = new QLineEdit(form);
    m_scope->setPlaceholderText(tr("empty for all spend, or e.g. team=support, project=search"));
    m_period = new QComboBox(form);
    for (const Budget::Period p : {Budget::Period::Daily, Budget::Period::Weekly, Budget::Period::Monthly})
        m_period->addItem(budgetPeriodText(p) + tr(", UTC"), int(p));
    m_limit = new QLineEdit(form);
    m_limit->setPlaceholderText(tr("USD, e.g. 900 or 1250.50"));
    m_soft = new QSpinBox(form);
    m_soft->setRange(1, 100);
    m_soft->setSuffix(tr(" % of the limit"));
    m_enabled = new QCheckBox(tr("Watch this budget (bars on the Overview, signals)"), form);
    // Names let tests and accessibility tools find the fields.
    m_name->setObjectName(QStringLiteral("budgetName"));
    m_scope->setObjectName(QStringLiteral("budgetScope"));
    m_period->setObjectName(QStringLiteral("budgetPeriod"));
    m_limit->setObjectName(QStringLiteral("budgetLimit"));
    m_soft->setObjectName(QStringLiteral("budgetSoftLimit"));
    layout->addRow(tr("Name"), m_name);
    layout->addRow(tr("Scope"), m_scope);
    layout->addRow(tr("Period"), m_period);
    layout->addRow(tr("Limit"), m_limit);
    layout->addRow(tr("Soft limit at"), m_soft);
    layout->addRow(QString(), m_enabled);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    return form;
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
    setStatus(m_model->rowCount() == 0 ? tr("No budgets yet: fill in the form and add one.")
                                       : tr("Spend and projections as of %1 (UTC), the latest day with data.")
                                             .arg(utc::formatDate(m_model->asOfDay())),
              false);
    selectBudget(m_select.isEmpty() ? selectedName() : m_select);
    m_select.clear();
    showSelected();
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

QString BudgetsDialog::statusText() const
{
    return m_status->text();
}

void BudgetsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #d64535;") : QString());
}

void BudgetsDialog::showSelected()
{
    const int row = m_model->rowOf(selectedName());
    const Budget b = row >= 0 ? m_model->statusAt(row).budget : Budget{};
    m_name->setText(b.name);
    m_scope->setText(row >= 0 && !b.scope.isEmpty() ? budgetScopeText(b.scope) : QString());
    m_period->setCurrentIndex(m_period->findData(int(b.period)));
    // Cents where the limit has no finer digits, else every digit: the text reads back exactly.
    constexpr qint64 kNanoPerCent = 10'000'000;
    m_limit->setText(row < 0 ? QString()
                     : b.limitNano % kNanoPerCent == 0 ? formatScaledDecimal(b.limitNano / kNanoPerCent, 2)
                                                       : Money::fromNano(b.limitNano).toDecimalString());
    m_soft->setValue(b.softPct);
    m_enabled->setChecked(b.enabled);
    m_save->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
}

} // namespace costline
