#pragma once

#include "budgets/budget.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace costline {

// The Budgets dialog's form for one cap: who manages it, its scope (tenant, API key and any
// other dimension), period, limits, on/off, and its version. Under the fields it says what
// the tightest platform cap allows a tenant cap here.
class BudgetForm final : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetForm(QWidget *parent = nullptr);

    // Shows `budget`, the cap selected in the table (a blank form for a default Budget).
    void setBudget(const Budget &budget);
    // The form as a cap with `base`'s id and version; false with *error when a field cannot be read.
    bool readBudget(const Budget &base, Budget *budget, QString *error) const;
    // The tenants and API keys the pickers offer, and the caps the ceiling hint reads.
    void setChoices(const QStringList &tenants, const QStringList &apiKeys);
    void setCaps(const QList<Budget> &caps);

private:
    void addScopeFields(QFormLayout *layout);
    // Under the selected cap's name the form edits that cap; under another, a new one.
    bool editsSelected() const;
    void updateCeiling(); // and the version line
    bool readScope(QMap<Dimension, QString> *scope, QString *error) const;

    QLineEdit *m_name;
    QComboBox *m_managedBy;
    QComboBox *m_tenant;
    QComboBox *m_apiKey;
    QLineEdit *m_scope;
    QComboBox *m_period;
    QLineEdit *m_limit;
    QSpinBox *m_soft;
    QCheckBox *m_enabled;
    QLabel *m_version;
    QLabel *m_ceiling;
    QList<Budget> m_caps;
    Budget m_selected;
};

} // namespace costline
