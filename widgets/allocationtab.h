#pragma once

#include "tabpage.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace costline {

class ChartView;
class RecordTableModel;
struct AllocationView;

// Allocation: who owns each dollar with its confidence mix (direct, rule, driver split),
// unallocated spend as its own line, the rules in order with a preview of what pending
// rules would move before they are applied. Same numbers as `costline-cli allocation`.
class AllocationTab final : public TabPage
{
    Q_OBJECT

public:
    enum Column { Owner, Total, Direct, Rule, DriverSplit, Share, ColumnCount };
    enum RuleColumn { Position, Field, Pattern, RuleOwner, State, RuleColumnCount };

    explicit AllocationTab(QWidget *parent = nullptr);

    RecordTableModel *model() const { return m_model; }
    QString summaryText() const;

protected:
    void reload() override;

private:
    void showView(const AllocationView &view);
    void applyPending();

    QLabel *m_summary;
    QLabel *m_preview;
    QPushButton *m_apply;
    RecordTableModel *m_model;
    RecordTableModel *m_rules;
    QTableView *m_table;
    ChartView *m_chart;
};

} // namespace costline
