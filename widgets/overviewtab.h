#pragma once

#include "analysis/overviewquery.h"
#include "tabpage.h"

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace costline {

class BudgetBars;
class ChartView;
class KpiCard;
class ReadinessPanel;

// Where the money went at a glance: KPI cards against the previous period, the daily
// trend by provider, cost by provider and by model, and the biggest movers to look at.
class OverviewTab final : public TabPage
{
    Q_OBJECT

public:
    explicit OverviewTab(QWidget *parent = nullptr);

    const OverviewData &data() const { return m_data; }

signals:
    // A mover in the "next action" panel was chosen: look at it in Cost drivers.
    void moverActivated(Dimension dim, const QString &value);
    // The readiness panel's link to Data health was chosen.
    void healthRequested();

protected:
    void reload() override;

private:
    void showData(const OverviewData &data);
    void showKpis(const OverviewData &data);
    void showTrend(const OverviewData &data);
    void showBreakdowns(const OverviewData &data);
    void showMovers(const OverviewData &data);
    void onMoverLink(const QString &link);

    OverviewData m_data;
    KpiCard *m_cost;
    KpiCard *m_requests;
    KpiCard *m_inputTokens;
    KpiCard *m_outputTokens;
    KpiCard *m_costPerRequest;
    ChartView *m_trend;
    ChartView *m_providers;
    ChartView *m_models;
    QLabel *m_movers;
    QLabel *m_unpriced;
    BudgetBars *m_budgets;
    ReadinessPanel *m_readiness;
};

} // namespace costline
