#pragma once

#include "budgets/budget.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace costline {

class BudgetForm;
class BudgetsModel;
class QueryRunner;

// Settings → Budgets: every budget cap with where it stands this period (spend, used %,
// remaining, projected period end, state, the cap that governs it), and a form to add,
// change or remove one. Reads and writes go through the dialog's own worker connection; a
// refused change (a tenant cap above its platform cap, an edit made elsewhere) says why in
// the status line and keeps the form as typed.
class BudgetsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BudgetsDialog(const QString &workspacePath, QWidget *parent = nullptr);

    BudgetsModel *model() const { return m_model; }
    void selectBudget(const QString &name);
    QString statusText() const;
    bool statusIsError() const { return m_statusIsError; }
    // The form as a budget; false with *error when a field cannot be read.
    bool formBudget(Budget *budget, QString *error) const;

public slots:
    void addBudget();
    void saveBudget();
    void removeBudget();

signals:
    // A budget was added, changed or removed: the Overview's bars are out of date.
    void budgetsChanged();

private:
    QWidget *buildButtons();
    void showSelected();
    void onLoaded();
    void onChanged();
    void onChangeFailed(const QString &error);
    void write(bool adding);
    Budget selectedBudget() const;
    QString selectedName() const;
    void setStatus(const QString &text, bool error);

    QueryRunner *m_runner;
    BudgetsModel *m_model;
    QTableView *m_table = nullptr;
    BudgetForm *m_form = nullptr;
    QLabel *m_status = nullptr;
    bool m_statusIsError = false;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    // While a write is in flight the form keeps what was typed, whatever the reload selects.
    bool m_writing = false;
    QString m_keepSelected; // the row selected when the write started
    QString m_select;       // the budget to select once the write went through
};

} // namespace costline
