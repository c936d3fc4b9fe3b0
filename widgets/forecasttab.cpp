#include "forecasttab.h"

#include "chartview.h"
#include "core/utctime.h"
#include "forecast/forecast.h"
#include "forecast/projection.h"
#include "models/moneyformat.h"
#include "models/recordtablemodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace costline {
namespace {

QString trendLabel(Trend trend)
{
    switch (trend) {
    case Trend::Increasing:
        return ForecastTab::tr("increasing");
    case Trend::Decreasing:
        return ForecastTab::tr("decreasing");
    case Trend::Stable:
        break;
    }
    return ForecastTab::tr("stable");
}

QList<RecordCell> modelRow(const ModelForecast &m)
{
    QList<RecordCell> row(ForecastTab::ColumnCount);
    row[ForecastTab::Provider] = textCell(m.key.provider);
    row[ForecastTab::Model] = textCell(m.key.model);
    row[ForecastTab::Last7Days] = moneyCell(m.last7Nano);
    row[ForecastTab::Next7Days] = moneyCell(m.next7Nano);
    row[ForecastTab::Change] = RecordCell{formatPercentDelta(m.changePct), m.changePct, {}};
    row[ForecastTab::Trend] = textCell(trendLabel(m.trend));
    return row;
}

QDoubleSpinBox *percentBox(double min, double max, double value, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(0);
    box->setSuffix(QStringLiteral(" %"));
    box->setValue(value);
    return box;
}

} // namespace

ForecastTab::ForecastTab(QWidget *parent)
    : TabPage(parent), m_chart(new ChartView(this)),
      m_model(new RecordTableModel({tr("Provider"), tr("Model"), tr("Last 7 days"), tr("Next 7 days"), tr("Change"), tr("Trend")},
                                   {Last7Days, Next7Days, Change}, this)),
      m_table(new QTableView(this)), m_scenarios(new QLabel(this)), m_heading(new QLabel(this))
{
    auto *cards = new QHBoxLayout;
    m_actual = addFigure(tr("Actual to date"), cards);
    m_projected = addFigure(tr("Projected month end"), cards);
    m_runRate7 = addFigure(tr("Run rate, last 7 days"), cards);
    m_runRate30 = addFigure(tr("Run rate, last 30 days"), cards);
    m_accuracy = addFigure(tr("Backtest error (MAPE)"), cards);
    m_coverage = addFigure(tr("Backtest band coverage"), cards);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RecordTableModel::RawValueRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chart->setTitle(tr("Next 7 days by model (each model's last 2 weeks, weekday by weekday)"));
    m_scenarios->setWordWrap(true);
    m_scenarios->setTextFormat(Qt::RichText);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_table, 3);
    bottom->addWidget(m_chart, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(cards);
    layout->addWidget(buildScenarioRow());
    layout->addWidget(m_scenarios);
    layout->addLayout(bottom, 1);
}

ForecastTab::Figure ForecastTab::addFigure(const QString &title, QHBoxLayout *row)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *titleLabel = new QLabel(title, frame);
    titleLabel->setForegroundRole(QPalette::PlaceholderText);
    Figure figure{new QLabel(frame), new QLabel(frame)};
    QFont big = figure.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    figure.value->setFont(big);
    figure.note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(titleLabel);
    layout->addWidget(figure.value);
    layout->addWidget(figure.note);
    row->addWidget(frame);
    return figure;
}

void ForecastTab::setFigure(const Figure &figure, const QString &value, const QString &note, const QString &toolTip)
{
    figure.value->setText(value);
    figure.note->setText(note);
    figure.value->parentWidget()->setToolTip(toolTip);
}

QWidget *ForecastTab::buildScenarioRow()
{
    auto *row = new QWidget(this);
    m_growth = percentBox(-90, 500, 10, row);
    m_moveFrom = new QComboBox(row);
    m_moveTo = new QComboBox(row);
    m_moveFrom->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_moveTo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_moveShare = percentBox(0, 100, 50, row);
    auto *run = new QPushButton(tr("Run scenarios"), row);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("What if traffic changes by"), row));
    layout->addWidget(m_growth);
    layout->addSpacing(16);
    layout->addWidget(new QLabel(tr("and"), row));
    layout->addWidget(m_moveShare);
    layout->addWidget(new QLabel(tr("of"), row));
    layout->addWidget(m_moveFrom);
    layout->addWidget(new QLabel(tr("moves to"), row));
    layout->addWidget(m_moveTo);
    layout->addWidget(run);
    layout->addStretch(1);
    connect(run, &QPushButton::clicked, this, [this] { markDirty(); });
    return row;
}

void ForecastTab::reload()
{
    ForecastRequest request;
    request.monthDay = filter().range.toDay;
    request.filter = filter().toEventFilter();
    Scenario growth;
    growth.growthPct = m_growth->value();
    request.scenarios << growth;
    if (!m_moveFrom->currentText().isEmpty() && m_moveFrom->currentText() != m_moveTo->currentText()) {
        Scenario move;
        move.kind = Scenario::Kind::MoveTraffic;
        move.fromModel = m_moveFrom->currentText();
        move.toModel = m_moveTo->currentText();
        move.sharePct = m_moveShare->value();
        request.scenarios << move;
    }
    const quint64 generation = this->generation();
    QPointer<ForecastTab> self(this);
    runner()
        ->run<ForecastResult>([request, firstLoad = m_moveFrom->count() == 0](Workspace &ws) mutable {
            ForecastResult r = ForecastQuery(ws).run(request);
            if (firstLoad && r.byModel.size() >= 2) {
                // First load: show a traffic move too, half of the top model onto the next one.
                Scenario move;
                move.kind = Scenario::Kind::MoveTraffic;
                move.fromModel = r.byModel.at(0).key.model;
                move.toModel = r.byModel.at(1).key.model;
                move.sharePct = 50;
                request.scenarios << move;
                r = ForecastQuery(ws).run(request);
            }
            return r;
        })
        .then(this, [self, generation](const ForecastResult &r) {
            if (!self || self->generation() != generation)
                return;
            self->showResult(r);
            self->markLoaded();
        });
}

void ForecastTab::showResult(const ForecastResult &r)
{
    if (!r.hasData) {
        m_heading->setText(tr("No usage to forecast from yet: import or sync usage first."));
        m_model->setRows({});
        m_chart->showMessage(tr("No usage"));
        return;
    }
    m_heading->setText(tr("<b>%1</b> as of %2 · %n day(s) to go · projection: the last 4 weeks, weekday by weekday",
                          nullptr, r.remainingDays)
                           .arg(utc::formatMonth(r.monthStart), utc::formatDate(r.asOfDay)));
    setFigure(m_actual, formatMoney(r.actualToDateNano), tr("%1 to %2").arg(utc::formatDate(r.monthStart), utc::formatDate(r.asOfDay)),
              formatMoneyExact(r.actualToDateNano));
    setFigure(m_projected, formatMoney(r.projectedNano), tr("likely %1 – %2").arg(formatMoney(r.lowNano), formatMoney(r.highNano)),
              tr("90 % band: %1 to %2").arg(formatMoneyExact(r.lowNano), formatMoneyExact(r.highNano)));
    setFigure(m_runRate7, tr("%1 / day").arg(formatMoney(r.runRate7dNano)),
              tr("≈ %1 for 30 days").arg(formatMoney(r.runRate7dNano * 30)), formatMoneyExact(r.runRate7dNano));
    setFigure(m_runRate30, tr("%1 / day").arg(formatMoney(r.runRate30dNano)),
              tr("≈ %1 for 30 days").arg(formatMoney(r.runRate30dNano * 30)), formatMoneyExact(r.runRate30dNano));
    const int cutOffs = int(r.backtest.size());
    setFigure(m_accuracy, r.backtestMapePct ? formatPercent(*r.backtestMapePct) : tr("not enough history"),
              tr("mean over %n cut-off day(s)", nullptr, cutOffs),
              tr("Mean absolute error of this method's month-end projection, run as of every day of each complete "
                 "past month with two weeks of history behind it"));
    setFigure(m_coverage, r.backtestBandCoveragePct ? formatPercent(*r.backtestBandCoveragePct) : tr("not enough history"),
              tr("real month inside the %1 % band").arg(kBandLevelPct),
              tr("How often the real month's total fell inside the band the method gave, over the same %n cut-off "
                 "day(s); a %1 % band should hold about %1 % of the time",
                 nullptr, cutOffs)
                  .arg(kBandLevelPct));
    QList<QList<RecordCell>> rows;
    QList<ChartItem> bars;
    for (const ModelForecast &m : r.byModel) {
        rows << modelRow(m);
        if (bars.size() < 10)
            bars << ChartItem{m.key.model, m.next7Nano, m.key.model};
    }
    m_model->setRows(rows);
    m_table->sortByColumn(Last7Days, Qt::DescendingOrder);
    m_chart->showHorizontalBars(bars, tr("USD, next 7 days"), false);
    if (m_moveFrom->count() == 0) {
        for (const ModelForecast &m : r.byModel) {
            m_moveFrom->addItem(m.key.model);
            m_moveTo->addItem(m.key.model);
        }
        m_moveTo->setCurrentIndex(qMin(1, m_moveTo->count() - 1));
    }
    showScenarios(r);
}

void ForecastTab::showScenarios(const ForecastResult &r)
{
    QStringList lines{tr("Base case: <b>%1</b>").arg(formatMoney(r.projectedNano))};
    for (const ScenarioResult &s : r.scenarios) {
        lines << (s.ok ? tr("%1: <b>%2</b> (%3)").arg(s.scenario.name().toHtmlEscaped(), formatMoney(s.projectedNano),
                                                    formatMoneyDelta(s.deltaNano))
                       : tr("%1: %2").arg(s.scenario.name().toHtmlEscaped(), s.note.toHtmlEscaped()));
    }
    QString text = lines.join(QStringLiteral(" &nbsp;·&nbsp; "));
    QStringList budgets;
    for (const BudgetDrift &b : r.budgets) {
        const QString colour = b.driftNano > 0 ? QStringLiteral("#c0392b") : QStringLiteral("#2e7d32");
        budgets << tr("%1: %2 projected by %3 against %4 (<span style=\"color:%5\">%6</span>)")
                       .arg(b.name.toHtmlEscaped(), formatMoney(b.projectedNano), utc::formatDate(b.periodEnd),
                            formatMoney(b.limitNano), colour, formatMoneyDelta(b.driftNano));
    }
    if (!budgets.isEmpty())
        text += QStringLiteral("<br>") + tr("Budget drift: ") + budgets.join(QStringLiteral(" &nbsp;·&nbsp; "));
    m_scenarios->setText(text);
}

} // namespace costline
