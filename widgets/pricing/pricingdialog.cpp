#include "pricingdialog.h"

#include "models/moneyformat.h"
#include "models/pricinggapsmodel.h"
#include "models/pricingmodel.h"
#include "models/queryrunner.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace costline {
namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(model);
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSortingEnabled(proxy != nullptr);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

} // namespace

PricingDialog::PricingDialog(const QString &workspacePath, QWidget *parent)
    : QDialog(parent), m_runner(new QueryRunner(workspacePath, this)), m_model(new PricingModel(this))
{
    setWindowTitle(tr("Model pricing"));
    m_model->setRunner(m_runner);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(buildEntries());
    splitter->addWidget(buildGaps());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);
    connect(m_model, &PricingModel::loaded, this, &PricingDialog::onLoaded);
    connect(m_model, &PricingModel::loadFailed, this, [this](const QString &error) { setStatus(error, true); });
    connect(m_model, &PricingModel::changeStarted, this, &PricingDialog::onChangeStarted);
    connect(m_model, &PricingModel::repriceProgressed, this, &PricingDialog::onProgress);
    connect(m_model, &PricingModel::changeFinished, this, &PricingDialog::onChangeFinished);
    resize(1280, 720);
    setStatus(tr("Loading prices…"), false);
    updateButtons();
    m_model->load();
}

PricingDialog::~PricingDialog()
{
    // Stop a re-price at its next batch before the runner waits for it to end.
    m_model->cancelChange();
}

QWidget *PricingDialog::buildEntries()
{
    auto *box = new QWidget(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PricingModel::RawValueRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_entries = makeTable(m_proxy, box);
    m_entries->sortByColumn(PricingModel::Pattern, Qt::AscendingOrder);
    connect(m_entries, &QTableView::doubleClicked, this, &PricingDialog::editEntry);
    connect(m_entries->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PricingDialog::updateButtons);
    m_filter = new QLineEdit(box);
    m_filter->setPlaceholderText(tr("Filter by model, provider or origin"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_count = new QLabel(box);
    auto *add = new QPushButton(tr("Add…"), box);
    m_edit = new QPushButton(tr("Edit…"), box);
    m_remove = new QPushButton(tr("Remove…"), box);
    auto *import = new QPushButton(tr("Import LiteLLM catalogue…"), box);
    m_reprice = new QPushButton(tr("Re-price all events"), box);
    m_reprice->setToolTip(tr("Finish a re-pricing that was cancelled"));
    m_reprice->hide();
    connect(add, &QPushButton::clicked, this, &PricingDialog::addEntry);
    connect(m_edit, &QPushButton::clicked, this, &PricingDialog::editEntry);
    connect(m_remove, &QPushButton::clicked, this, &PricingDialog::removeEntry);
    connect(import, &QPushButton::clicked, this, &PricingDialog::importCatalogue);
    connect(m_reprice, &QPushButton::clicked, m_model, &PricingModel::reprice);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_reprice);
    buttons->addWidget(import);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_entries, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget *PricingDialog::buildGaps()
{
    auto *box = new QGroupBox(tr("Pricing gaps: models with usage but no price"), this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model->gaps());
    proxy->setSortRole(PricingGapsModel::RawValueRole);
    m_gapsView = makeTable(proxy, box);
    m_gapsView->sortByColumn(PricingGapsModel::AtStake, Qt::DescendingOrder);
    m_gapsView->horizontalHeader()->setStretchLastSection(false);
    m_gapsView->horizontalHeader()->setSectionResizeMode(PricingGapsModel::Model, QHeaderView::Stretch);
    connect(m_gapsView, &QTableView::doubleClicked, this, &PricingDialog::priceSelectedGap);
    m_gapsNote = new QLabel(box);
    m_gapsNote->setWordWrap(true);
    m_gapsNote->setForegroundRole(QPalette::PlaceholderText);
    m_priceGap = new QPushButton(tr("Add a price for this model…"), box);
    connect(m_priceGap, &QPushButton::clicked, this, &PricingDialog::priceSelectedGap);
    auto *lower = new QHBoxLayout;
    lower->addWidget(m_gapsNote, 1);
    lower->addWidget(m_priceGap);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_gapsView, 1);
    layout->addLayout(lower);
    return box;
}

void PricingDialog::onLoaded()
{
    m_entries->resizeColumnsToContents();
    // Catalogue names run long ("anthropic.claude-3-5-sonnet-20240620-v1:0"): cap the pattern
    // column so the prices and the origin stay in view; the full name is in the tooltip.
    for (const auto &[column, maxWidth] : {std::pair{int(PricingModel::Provider), 140}, std::pair{int(PricingModel::Pattern), 260}}) {
        if (m_entries->columnWidth(column) > maxWidth)
            m_entries->setColumnWidth(column, maxWidth);
    }
    m_gapsView->resizeColumnsToContents();
    m_count->setText(tr("%1 prices · token prices in USD per million tokens, per request in USD")
                         .arg(formatCount(m_model->rowCount())));
    const int gaps = m_model->gaps()->rowCount();
    qint64 events = 0;
    for (int row = 0; row < gaps; ++row)
        events += m_model->gaps()->gapAt(row).events;
    m_gapsNote->setText(gaps == 0 ? tr("Every model with usage has a price.")
                                  : tr("%1 events show as unpriced and are left out of every total until their "
                                       "model has a price.")
                                        .arg(formatCount(events)));
    if (m_status->text() == tr("Loading prices…"))
        setStatus(m_model->rowCount() == 0 ? tr("No prices yet: import LiteLLM's catalogue or add your negotiated prices.")
                                           : QString(),
                  false);
    if (m_entries->selectionModel()->currentIndex().isValid() == false && m_proxy->rowCount() > 0)
        m_entries->selectRow(0);
    if (m_gapsView->selectionModel()->currentIndex().isValid() == false && gaps > 0)
        m_gapsView->selectRow(0);
    updateButtons();
}

qint64 PricingDialog::selectedId() const
{
    const QModelIndex current = m_entries->selectionModel()->currentIndex();
    return current.isValid() ? current.data(PricingModel::IdRole).toLongLong() : 0;
}

void PricingDialog::selectEntry(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_entries->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

QString PricingDialog::statusText() const
{
    return m_status->text();
}

void PricingDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #d64535;") : QString());
}

void PricingDialog::updateButtons()
{
    const bool idle = !m_model->isChanging();
    m_edit->setEnabled(idle && selectedId() != 0);
    m_remove->setEnabled(idle && selectedId() != 0);
    m_priceGap->setEnabled(idle && m_model->gaps()->rowCount() > 0);
}

} // namespace costline
