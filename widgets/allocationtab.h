#pragma once

#include "allocation/allocationrule.h"
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
    RecordTableModel *rulesModel() const { return m_rules; }
    QString summaryText() const;
    QString previewText() const;
    // Writes go through the tab's worker; the tab reloads after each.
    void addRule(const AllocationRule &rule);
    void removeRule(qint64 id);

protected:
    void reload() override;

private:
    void showView(const AllocationView &view);
    void applyPending();
    // Allocation → Add rule… and Remove rule…, in allocationtab_rules.cpp.
    QWidget *buildRuleButtons();
    void promptAddRule();
    void promptRemoveRule();
    void showRuleError(const QString &error);

    QLabel *m_summary;
    QLabel *m_preview;
    QPushButton *m_apply;
    RecordTableModel *m_model;
    RecordTableModel *m_rules;
    QTableView *m_rulesTable = nullptr;
    QPushButton *m_removeRule = nullptr;
    QList<AllocationRule> m_ruleList; // in m_rules' row order
    QTableView *m_table;
    ChartView *m_chart;
};

} // namespace costline
