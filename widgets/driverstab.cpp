#include "driverstab.h"

#include "analysis/driverscsv.h"
#include "chartview.h"
#include "filterbar.h"
#include "models/driversmodel.h"
#include "models/moneyformat.h"
#include "models/queryrunner.h"

#include <QComboBox>
#include <QFileDialog>
#include <QMessageBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace costline {
namespace {

constexpr int kChartMovers = 10;

} // namespace

QList<Dimension> DriversTab::driverDimensions()
{
    return {Dimension::Provider, Dimension::Model,    Dimension::Project, Dimension::Team,   Dimension::Workflow,
            Dimension::Tenant,   Dimension::Customer, Dimension::Feature, Dimension::ApiKey, Dimension::Environment};
}

DriversTab::DriversTab(QWidget *parent)
    : TabPage(parent), m_dimension(new QComboBox(this)), m_period(new QLabel(this)), m_model(new DriversModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)), m_chart(new ChartView(this))
{
    for (const Dimension dim : driverDimensions())
        m_dimension->addItem(dimensionLabel(dim), int(dim));
    m_dimension->setCurrentIndex(m_dimension->findData(int(Dimension::Model)));
    connect(m_dimension, &QComboBox::currentIndexChanged, this, [this] { markDirty(); });
    m_dimension->setAccessibleName(tr("Drivers by"));
    m_period->setForegroundRole(QPalette::PlaceholderText);
    auto *hint = new QLabel(tr("Double-click a row or bar to see its usage events."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *top = new QHBoxLayout();
    top->addWidget(new QLabel(tr("Drivers by"), this));
    top->addWidget(m_dimension);
    top->addWidget(m_period, 1);
    top->addWidget(hint);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DriversModel::RawValueRole);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Cost drivers"));
    m_table->setAccessibleDescription(tr("Per value, cost this period against the previous one; Enter opens its usage events"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the model's order: biggest |change| first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Double-click or Enter: keyboard users drill down too.
    connect(m_table, &QTableView::activated, this, &DriversTab::onRowActivated);
    m_chart->setTitle(tr("Top movers against the previous period"));
    connect(m_chart, &ChartView::itemActivated, this,
            [this](const QString &key) { emit drillDownRequested(dimension(), key); });
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({900, 440});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

void DriversTab::setDimension(Dimension dim)
{
    m_dimension->setCurrentIndex(m_dimension->findData(int(dim)));
}

Dimension DriversTab::dimension() const
{
    return Dimension(m_dimension->currentData().toInt());
}

void DriversTab::selectValue(const QString &value)
{
    m_pendingSelection = value;
    if (isLoaded())
        applyPendingSelection();
}

void DriversTab::reload()
{
    const EventFilter filter = this->filter().toEventFilter();
    const Dimension dim = dimension();
    const quint64 generation = this->generation();
    QPointer<DriversTab> self(this);
    runner()->run<DriversResult>([filter, dim](Workspace &ws) { return DriversQuery(ws).run(filter, dim); })
        .then(this, [self, generation](const DriversResult &result) {
            DriversTab *tab = self.data();
            if (!tab || tab->generation() != generation)
                return;
            tab->m_model->setResult(result);
            tab->showResult();
        });
}

void DriversTab::showResult()
{
    const DriversResult &r = m_model->result();
    m_period->setText(tr("%1 against %2").arg(formatDayRange(r.current), formatDayRange(r.previous)));
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    // Long model ids must not push the numbers out of sight; the full value is in the cell.
    constexpr int kMaxValueWidth = 260;
    if (m_table->columnWidth(DriversModel::Value) > kMaxValueWidth)
        m_table->setColumnWidth(DriversModel::Value, kMaxValueWidth);
    QList<ChartItem> movers;
    for (const DriverRow &row : r.rows) {
        if (movers.size() == kChartMovers)
            break;
        if (row.deltaNano() != 0)
            movers.append(ChartItem{dimensionValueText(row.value), row.deltaNano(), row.value});
    }
    if (movers.isEmpty())
        m_chart->showMessage(tr("Nothing changed against %1.").arg(formatDayRange(r.previous)));
    else
        m_chart->showHorizontalBars(movers, tr("Change in cost (USD)"), true);
    applyPendingSelection();
    markLoaded();
}

void DriversTab::applyPendingSelection()
{
    if (m_pendingSelection.isNull())
        return;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, DriversModel::Value);
        if (index.data(DriversModel::DimensionValueRole).toString() == m_pendingSelection) {
            m_table->selectRow(row);
            m_table->scrollTo(index);
            break;
        }
    }
    m_pendingSelection = QString();
}

void DriversTab::exportCsv(const QString &path)
{
    if (!runner())
        return;
    const DriversResult result = m_model->result();
    QPointer<DriversTab> self(this);
    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    runner()
        ->run<Outcome>([result, path](Workspace &ws) {
            Outcome out;
            out.ok = writeDriversCsv(ws, result, path, &out.error);
            return out;
        })
        .then(this, [self, path](const Outcome &out) {
            if (self)
                emit self->exportFinished(out.ok, out.ok ? tr("Exported cost drivers to %1").arg(path) : out.error);
        });
}

void DriversTab::exportData()
{
    const QString name = QStringLiteral("cost-drivers-%1.csv").arg(dimensionName(dimension()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export cost drivers"), name, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void DriversTab::onRowActivated(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (source.isValid())
        emit drillDownRequested(dimension(), m_model->rowAt(source.row()).value);
}

} // namespace costline
