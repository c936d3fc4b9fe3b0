#pragma once

#include "allocation/allocationrule.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace costline {

// Allocation → Add rule…: a field (a dimension or label.NAME), a glob or regex pattern and an
// owner "kind:value", at a position in the first-match-wins order. OK stays disabled, and a
// line says why, until the rule would be accepted by the workspace.
class AllocationRuleDialog final : public QDialog
{
    Q_OBJECT

public:
    // `ruleCount` rules exist: the new one can go anywhere from first to after the last.
    explicit AllocationRuleDialog(int ruleCount, QWidget *parent = nullptr);

    AllocationRule rule() const;
    // Empty when the form is a valid rule, else what is wrong and how to fix it.
    QString problem() const;

private:
    void validate();

    QComboBox *m_field;
    QComboBox *m_match;
    QLineEdit *m_pattern;
    QComboBox *m_ownerKind;
    QLineEdit *m_ownerValue;
    QSpinBox *m_position;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace costline
