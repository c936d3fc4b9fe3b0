#pragma once

#include "tabpage.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace costline {

class ChartView;
class KpiCard;
class RecordTableModel;
struct ForecastResult;

// Forecast: the month-end projection with its band, run rates, the method's backtest
// error, per-model trends and what-if scenarios beside the base case. Same numbers as
// `costline-cli forecast`.
class ForecastTab final : public TabPage
{
    Q_OBJECT

public:
    enum Column { Provider, Model, Last7Days, Next7Days, Change, Trend, ColumnCount };

    explicit ForecastTab(QWidget *parent = nullptr);

    RecordTableModel *model() const { return m_model; }

protected:
    void reload() override;

private:
    QWidget *buildScenarioRow();
    void showResult(const ForecastResult &r);
    void showScenarios(const ForecastResult &r);

    KpiCard *m_actual;
    KpiCard *m_projected;
    KpiCard *m_runRate7;
    KpiCard *m_runRate30;
    KpiCard *m_accuracy;
    ChartView *m_chart;
    RecordTableModel *m_model;
    QTableView *m_table;
    QDoubleSpinBox *m_growth;
    QComboBox *m_moveFrom;
    QComboBox *m_moveTo;
    QDoubleSpinBox *m_moveShare;
    QLabel *m_scenarios;
    QLabel *m_heading;
};

} // namespace costline
