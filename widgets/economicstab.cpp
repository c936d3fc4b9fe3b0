#include "economicstab.h"

#include "chartview.h"
#include "economics/economics.h"
#include "models/globalfilter.h"
#include "models/moneyformat.h"
#include "models/recordtablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace costline {
namespace {

RecordCell optionalMoneyCell(std::optional<qint64> nano)
{
    return nano ? moneyCell(*nano) : RecordCell{EconomicsTab::tr("–"), QVariant(), {}};
}

QList<RecordCell> economicsRow(const EconomicsRow &r)
{
    QList<RecordCell> row(EconomicsTab::ColumnCount);
    row[EconomicsTab::Key] = textCell(dimensionValueText(r.key));
    row[EconomicsTab::Cost] = moneyCell(r.costNano);
    row[EconomicsTab::Outcomes] = countCell(r.outcomes);
    row[EconomicsTab::CostPerOutcome] = r.costPerOutcomeNano() ? RecordCell{formatUnitMoney(*r.costPerOutcomeNano()), *r.costPerOutcomeNano(), formatMoneyExact(*r.costPerOutcomeNano())}
                                                               : optionalMoneyCell(std::nullopt);
    row[EconomicsTab::TracedCostPerOutcome] = r.tracedCostPerOutcomeNano()
                                                  ? RecordCell{formatUnitMoney(*r.tracedCostPerOutcomeNano()), *r.tracedCostPerOutcomeNano(), formatMoneyExact(*r.tracedCostPerOutcomeNano())}
                                                  : optionalMoneyCell(std::nullopt);
    row[EconomicsTab::Value] = r.valueNano ? moneyCell(r.valueNano) : optionalMoneyCell(std::nullopt);
    row[EconomicsTab::Margin] = optionalMoneyCell(r.marginNano());
    row[EconomicsTab::CostGrowth] = RecordCell{formatPercentDelta(r.expenseGrowthPct), r.expenseGrowthPct, {}};
    row[EconomicsTab::OutcomeGrowth] = RecordCell{formatPercentDelta(r.outcomeGrowthPct), r.outcomeGrowthPct, {}};
    row[EconomicsTab::Flag] = textCell(r.costOutgrowsOutcomes ? EconomicsTab::tr("⚠ cost outgrows outcomes") : QString());
    return row;
}

} // namespace

EconomicsTab::EconomicsTab(QWidget *parent)
    : TabPage(parent), m_by(new QComboBox(this)), m_summary(new QLabel(this)),
      m_model(new RecordTableModel({tr("Feature"), tr("Cost"), tr("Outcomes"), tr("Cost per outcome"), tr("Traced cost per outcome"),
                                    tr("Revenue"), tr("Margin"), tr("Cost change"), tr("Outcome change"), tr("Flag")},
                                   {Cost, Outcomes, CostPerOutcome, TracedCostPerOutcome, Value, Margin, CostGrowth, OutcomeGrowth}, this)),
      m_table(new QTableView(this)), m_chart(new ChartView(this))
{
    for (const Dimension d : {Dimension::Feature, Dimension::Customer, Dimension::Workflow})
        m_by->addItem(dimensionLabel(d), int(d));
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RecordTableModel::RawValueRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("By"), this));
    top->addWidget(m_by);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_chart, 2);
    connect(m_by, &QComboBox::currentIndexChanged, this, [this] { markDirty(); });
}

void EconomicsTab::reload()
{
    const EventFilter eventFilter = filter().toEventFilter();
    const auto by = Dimension(m_by->currentData().toInt());
    const quint64 generation = this->generation();
    QPointer<EconomicsTab> self(this);
    runner()
        ->run<EconomicsResult>([eventFilter, by](Workspace &ws) { return EconomicsQuery(ws).run(eventFilter, by); })
        .then(this, [self, generation](const EconomicsResult &r) {
            if (!self || self->generation() != generation)
                return;
            self->showResult(r);
            self->markLoaded();
        });
}

void EconomicsTab::showResult(const EconomicsResult &r)
{
    m_model->setHeaderText(Key, dimensionLabel(r.by));
    QList<QList<RecordCell>> rows;
    QList<ChartItem> bars;
    int flagged = 0;
    for (const EconomicsRow &row : r.rows) {
        rows << economicsRow(row);
        flagged += row.costOutgrowsOutcomes;
        if (const auto per = row.costPerOutcomeNano(); per && bars.size() < 12)
            bars << ChartItem{dimensionValueText(row.key), *per, row.key};
    }
    m_model->setRows(rows);
    m_table->sortByColumn(Cost, Qt::DescendingOrder);
    if (bars.isEmpty())
        m_chart->showMessage(tr("No outcomes in this range: import an outcomes CSV (timestamp, outcome_id, kind, trace_id, feature, customer, value_usd)."));
    else
        m_chart->showHorizontalBars(bars, tr("USD per outcome"), false);
    m_chart->setTitle(tr("Cost per outcome by %1").arg(dimensionLabel(r.by).toLower()));
    m_summary->setText(tr("%1 outcomes, %2 joined by trace id (%3 of traced cost) · %n key(s) whose cost grows more than 10 points faster than their outcomes",
                          nullptr, flagged)
                           .arg(formatCount(r.outcomes), formatCount(r.tracedOutcomes), formatMoney(r.tracedCostNano)));
}

} // namespace costline
