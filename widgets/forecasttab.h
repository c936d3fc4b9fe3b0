#pragma once

#include "tabpage.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace costline {

class ChartView;
class RecordTableModel;
struct ForecastResult;

// Forecast: the month-end projection with its band, run rates, the method's backtest
// error and how often its band held, per-model trends and what-if scenarios beside the base case. Same numbers as
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

    // A headline number with a note under it; no "change vs previous" line, which a
    // projection does not have.
    struct Figure
    {
        QLabel *value = nullptr;
        QLabel *note = nullptr;
    };
    Figure addFigure(const QString &title, QHBoxLayout *row);
    void setFigure(const Figure &figure, const QString &value, const QString &note, const QString &toolTip);

    Figure m_actual;
    Figure m_projected;
    Figure m_runRate7;
    Figure m_runRate30;
    Figure m_accuracy;
    Figure m_coverage;
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
