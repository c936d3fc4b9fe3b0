#pragma once

#include "budgets/budgetevaluator.h"

#include <QGroupBox>

QT_BEGIN_NAMESPACE
class QGridLayout;
class QLabel;
QT_END_NAMESPACE

namespace costline {

class BudgetsModel;
class QueryRunner;

// The Overview's budget panel: one bar per enabled budget, tightest first, filled with
// the period's spend against the limit (green below the soft limit, amber at it, red at the
// limit) with the projected period-end spend marked.
class BudgetBars final : public QGroupBox
{
    Q_OBJECT

public:
    static constexpr int kMaxBars = 4;

    explicit BudgetBars(QWidget *parent = nullptr);

    // Evaluates the budgets through `runner`'s worker; loaded() when the bars are drawn.
    void load(QueryRunner *runner);
    void setStatuses(QList<BudgetStatus> statuses);
    // The statuses on screen, tightest first.
    const QList<BudgetStatus> &statuses() const { return m_statuses; }
    // "$812.34 of $900.00 (90.3 %) · projected $1,120.00"
    static QString labelText(const BudgetStatus &status);

signals:
    void loaded();

private:
    void clearRows();
    void addRow(int row, const BudgetStatus &status);

    BudgetsModel *m_model;
    QGridLayout *m_grid;
    QLabel *m_note;
    QList<BudgetStatus> m_statuses;
    QList<QWidget *> m_rowWidgets;
};

} // namespace costline
