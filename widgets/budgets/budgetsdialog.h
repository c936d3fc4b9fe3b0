#pragma once

#include "budgets/budget.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
QT_END_NAMESPACE

namespace costline {

class BudgetsModel;
class QueryRunner;

// Settings → Budgets: every budget with where it stands this period (spend, used %,
// projected period end, state), and a form to add, change or remove one. Reads and writes
// go through the dialog's own worker connection.
class BudgetsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BudgetsDialog(const QString &workspacePath, QWidget *parent = nullptr);

    BudgetsModel *model() const { return m_model; }
    void selectBudget(const QString &name);
    QString statusText() const;
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
    QWidget *buildForm();
    QWidget *buildButtons();
    void showSelected();
    void onLoaded();
    void write(bool adding);
    QString selectedName() const;
    void setStatus(const QString &text, bool error);

    QueryRunner *m_runner;
    BudgetsModel *m_model;
    QTableView *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_scope = nullptr;
    QComboBox *m_period = nullptr;
    QLineEdit *m_limit = nullptr;
    QSpinBox *m_soft = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QString m_select; // the budget to select once the next load arrives
};

} // namespace costline
