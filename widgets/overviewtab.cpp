#include "overviewtab.h"
#include "readinesspanel.h"

#include "budgetbars.h"
#include "chartview.h"
#include "filterbar.h"
#include "kpicard.h"
#include "models/moneyformat.h"
#include "models/queryrunner.h"
#include "models/statuscolours.h"
#include "core/utctime.h"

#include <QDate>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace costline {
namespace {

std::optional<double> changePercent(qint64 now, qint64 before)
{
    if (before == 0)
        return std::nullopt;
    return 100.0 * double(now - before) / double(qAbs(before)); // a ratio for display only
}

// Average cost per priced request, in nano-USD, rounded half away from zero.
qint64 costPerRequest(const UsageTotals &t)
{
    const qint64 requests = t.requests;
    return requests == 0 ? 0 : (t.costNano + requests / 2) / requests;
}

QString shortDay(const QString &isoDay)
{
    return QLocale().toString(QDate::fromString(isoDay, Qt::ISODate), shortDayFormat());
}

} // namespace

OverviewTab::OverviewTab(QWidget *parent)
    : TabPage(parent), m_cost(new KpiCard(tr("Total cost"), KpiCard::Tone::RiseIsBad, this)),
      m_requests(new KpiCard(tr("Requests"), KpiCard::Tone::Neutral, this)),
      m_inputTokens(new KpiCard(tr("Input tokens"), KpiCard::Tone::Neutral, this)),
      m_outputTokens(new KpiCard(tr("Output tokens"), KpiCard::Tone::Neutral, this)),
      m_costPerRequest(new KpiCard(tr("Average cost per request"), KpiCard::Tone::RiseIsBad, this)),
      m_trend(new ChartView(this)), m_providers(new ChartView(this)), m_models(new ChartView(this)),
      m_movers(new QLabel(this)), m_unpriced(new QLabel(this)), m_budgets(new BudgetBars(this)),
      m_readiness(new ReadinessPanel(this))
{
    m_trend->setTitle(tr("Daily cost by provider"));
    m_providers->setTitle(tr("Cost by provider"));
    m_models->setTitle(tr("Cost by model (top %1)").arg(OverviewQuery::kTopModels));
    auto *kpis = new QHBoxLayout();
    for (KpiCard *card : {m_cost, m_requests, m_inputTokens, m_outputTokens, m_costPerRequest})
        kpis->addWidget(card);
    auto *moverBox = new QGroupBox(tr("Next action"), this);
    auto *moverLayout = new QVBoxLayout(moverBox);
    moverLayout->addWidget(m_readiness);
    connect(m_readiness, &ReadinessPanel::detailsRequested, this, &OverviewTab::healthRequested);
    m_movers->setWordWrap(true);
    m_movers->setTextFormat(Qt::RichText);
    m_movers->setTextInteractionFlags(Qt::TextBrowserInteraction); // Tab reaches the links, Enter opens one
    m_movers->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(m_movers, &QLabel::linkActivated, this, &OverviewTab::onMoverLink);
    moverLayout->addWidget(m_movers, 1);
    m_unpriced->setWordWrap(true);
    m_unpriced->setForegroundRole(QPalette::PlaceholderText);
    moverLayout->addWidget(m_unpriced);
    auto *grid = new QGridLayout();
    grid->addWidget(m_trend, 0, 0);
    grid->addWidget(m_providers, 0, 1);
    grid->addWidget(m_models, 1, 0);
    grid->addWidget(moverBox, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kpis);
    layout->addWidget(m_budgets);
    layout->addLayout(grid, 1);
    connect(m_providers, &ChartView::itemActivated, this,
            [this](const QString &key) { emit moverActivated(Dimension::Provider, key); });
    connect(m_models, &ChartView::itemActivated, this, [this](const QString &key) {
        if (key != QLatin1String(OverviewQuery::kOtherKey))
            emit moverActivated(Dimension::Model, key);
    });
}

void OverviewTab::reload()
{
    for (KpiCard *card : {m_cost, m_requests, m_inputTokens, m_outputTokens, m_costPerRequest})
        card->clear();
    const EventFilter filter = this->filter().toEventFilter();
    const quint64 generation = this->generation();
    m_budgets->load(runner()); // queued first, so the bars are in when the tab reports loaded
    m_readiness->load(runner(), this->filter().range);
    QPointer<OverviewTab> self(this);
    runner()->run<OverviewData>([filter](Workspace &ws) { return OverviewQuery(ws).run(filter); })
        .then(this, [self, generation](const OverviewData &data) {
            OverviewTab *tab = self.data();
            if (tab && tab->generation() == generation)
                tab->showData(data);
        });
}

void OverviewTab::showData(const OverviewData &data)
{
    m_data = data;
    showKpis(data);
    showTrend(data);
    showBreakdowns(data);
    showMovers(data);
    markLoaded();
}

void OverviewTab::showKpis(const OverviewData &data)
{
    const UsageTotals &now = data.currentTotals;
    const UsageTotals &before = data.previousTotals;
    const QString previous = formatDayRange(data.previous, false);
    m_cost->setValue(formatMoney(now.costNano), changePercent(now.costNano, before.costNano),
                     tr("vs %1 (%2)").arg(formatMoney(before.costNano), previous),
                     tr("%1\n%2 unpriced events are not included").arg(formatMoneyExact(now.costNano)).arg(now.unpricedEvents));
    m_requests->setValue(formatCount(now.requests), changePercent(now.requests, before.requests),
                         tr("vs %1 (%2)").arg(formatCount(before.requests), previous), {});
    m_inputTokens->setValue(formatCount(now.inputTokens), changePercent(now.inputTokens, before.inputTokens),
                            tr("vs %1 (%2)").arg(formatCount(before.inputTokens), previous),
                            tr("%1 of them cached").arg(formatCount(now.cachedInputTokens)));
    m_outputTokens->setValue(formatCount(now.outputTokens), changePercent(now.outputTokens, before.outputTokens),
                             tr("vs %1 (%2)").arg(formatCount(before.outputTokens), previous),
                             tr("%1 of them reasoning").arg(formatCount(now.reasoningTokens)));
    const qint64 avgNow = costPerRequest(now);
    const qint64 avgBefore = costPerRequest(before);
    m_costPerRequest->setValue(formatUnitMoney(avgNow), changePercent(avgNow, avgBefore),
                               tr("vs %1 (%2)").arg(formatUnitMoney(avgBefore), previous), formatMoneyExact(avgNow));
}

void OverviewTab::showTrend(const OverviewData &data)
{
    QStringList days;
    for (qint64 d = data.current.fromDay; d <= data.current.toDay; ++d)
        days << utc::formatDate(d);
    QList<MoneySeries> series;
    for (const SummaryGroup &p : data.byProvider)
        series.append(MoneySeries{dimensionValueText(p.key.first()), QList<qint64>(days.size(), 0)});
    for (const SummaryGroup &g : data.dailyByProvider) {
        const qsizetype day = days.indexOf(g.key.at(0));
        for (MoneySeries &s : series) {
            if (s.name == dimensionValueText(g.key.at(1)) && day >= 0)
                s.valuesNano[day] += g.totals.costNano;
        }
    }
    QStringList labels;
    for (const QString &day : std::as_const(days))
        labels << shortDay(day);
    if (data.currentTotals.events == 0)
        m_trend->showMessage(tr("No usage in %1 for this filter.").arg(formatDayRange(data.current)));
    else
        m_trend->showStackedColumns(labels, series, tr("Day (UTC)"), tr("Cost (USD)"));
}

void OverviewTab::showBreakdowns(const OverviewData &data)
{
    QList<ChartItem> providers;
    for (const SummaryGroup &g : data.byProvider)
        providers.append(ChartItem{dimensionValueText(g.key.first()), g.totals.costNano, g.key.first()});
    QList<ChartItem> models;
    for (const SummaryGroup &g : data.byModel)
        models.append(ChartItem{g.key.first() == QLatin1String(OverviewQuery::kOtherKey) ? tr("Other") : dimensionValueText(g.key.first()),
                                g.totals.costNano, g.key.first()});
    if (data.currentTotals.events == 0) {
        m_providers->showMessage(tr("No usage for this filter."));
        m_models->showMessage(tr("No usage for this filter."));
        return;
    }
    m_providers->showDonut(providers);
    m_models->showHorizontalBars(models, tr("Cost (USD)"), false);
}

void OverviewTab::showMovers(const OverviewData &data)
{
    QString html;
    for (const Mover &m : data.movers) {
        const QString link = dimensionName(m.dim) + QLatin1Char(':') + m.row.value;
        const QString colour = (m.row.deltaNano() > 0 ? costRiseColour(palette()) : costFallColour(palette())).name();
        html += tr("<p><a href=\"%1\">%2 <b>%3</b></a><br><span style=\"color:%4\">%5 (%6)</span> — "
                   "%7 now, %8 before</p>")
                    .arg(link.toHtmlEscaped(), dimensionLabel(m.dim), dimensionValueText(m.row.value).toHtmlEscaped(),
                         colour, formatMoneyDelta(m.row.deltaNano()), formatPercentDelta(m.row.deltaPercent()),
                         formatMoney(m.row.current.costNano), formatMoney(m.row.previous.costNano));
    }
    if (html.isEmpty())
        html = tr("Nothing moved against %1.").arg(formatDayRange(data.previous));
    m_movers->setText(html + tr("<p><small>Click a mover to open it in Cost drivers.</small></p>"));
    const qint64 unpriced = data.currentTotals.unpricedEvents;
    m_unpriced->setText(unpriced > 0 ? tr("%1 events have no price and are not in the totals.").arg(formatCount(unpriced))
                                     : QString());
}

void OverviewTab::onMoverLink(const QString &link)
{
    const qsizetype colon = link.indexOf(QLatin1Char(':'));
    const auto dim = dimensionFromName(link.left(colon));
    if (colon > 0 && dim)
        emit moverActivated(*dim, link.mid(colon + 1));
}

} // namespace costline
