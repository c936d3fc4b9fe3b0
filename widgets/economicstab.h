#pragma once

#include "tabpage.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace costline {

class ChartView;
class RecordTableModel;
struct EconomicsResult;

// Unit economics: cost per outcome, customer, feature and workflow, revenue where the
// outcomes carry it, and the keys whose cost grows faster than their outcomes. Same
// numbers as `costline-cli economics`.
class EconomicsTab final : public TabPage
{
    Q_OBJECT

public:
    enum Column { Key, Cost, Outcomes, CostPerOutcome, TracedCostPerOutcome, Value, Margin, CostGrowth, OutcomeGrowth, Flag, ColumnCount };

    explicit EconomicsTab(QWidget *parent = nullptr);

    RecordTableModel *model() const { return m_model; }

protected:
    void reload() override;

private:
    void showResult(const EconomicsResult &r);

    QComboBox *m_by;
    QLabel *m_summary;
    RecordTableModel *m_model;
    QTableView *m_table;
    ChartView *m_chart;
};

} // namespace costline
