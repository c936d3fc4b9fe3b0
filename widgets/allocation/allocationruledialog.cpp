#include "allocationruledialog.h"

#include "core/dimension.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace costline {

AllocationRuleDialog::AllocationRuleDialog(int ruleCount, QWidget *parent)
    : QDialog(parent), m_field(new QComboBox(this)), m_match(new QComboBox(this)), m_pattern(new QLineEdit(this)),
      m_ownerKind(new QComboBox(this)), m_ownerValue(new QLineEdit(this)), m_position(new QSpinBox(this)),
      m_problem(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add allocation rule"));
    // Source and provider never name an owner; every other dimension can.
    for (int d = int(Dimension::Model); d < kDimensionCount; ++d)
        m_field->addItem(dimensionName(Dimension(d)));
    m_field->setEditable(true);
    m_field->setCurrentText(dimensionName(Dimension::Feature));
    m_field->setToolTip(tr("A dimension, or label.NAME for a label column of the usage data"));
    m_match->addItem(tr("glob (* and ? match any characters)"), int(AllocationRule::Match::Glob));
    m_match->addItem(tr("regular expression (must match the whole value)"), int(AllocationRule::Match::Regex));
    m_pattern->setPlaceholderText(tr("e.g. search-* or ^(chat|assist)-.*$"));
    for (const QString &kind : {QStringLiteral("team"), QStringLiteral("cost_center"), QStringLiteral("product")})
        m_ownerKind->addItem(kind);
    m_ownerKind->setEditable(true);
    m_ownerValue->setPlaceholderText(tr("e.g. search, CC-100, assistant"));
    m_position->setRange(1, ruleCount + 1);
    m_position->setValue(ruleCount + 1);
    m_position->setToolTip(tr("1 is checked first; the first rule that matches owns the spend"));
    m_problem->setWordWrap(true);
    m_field->setAccessibleName(tr("Field"));
    m_match->setAccessibleName(tr("Match"));
    m_pattern->setAccessibleName(tr("Pattern"));
    m_ownerKind->setAccessibleName(tr("Owner kind"));
    m_ownerValue->setAccessibleName(tr("Owner"));
    m_position->setAccessibleName(tr("Position"));

    auto *owner = new QHBoxLayout;
    owner->addWidget(m_ownerKind);
    owner->addWidget(new QLabel(QStringLiteral(":"), this));
    owner->addWidget(m_ownerValue, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Field"), m_field);
    form->addRow(tr("&Match"), m_match);
    form->addRow(tr("&Pattern"), m_pattern);
    form->addRow(tr("&Owner"), owner);
    form->addRow(tr("P&osition"), m_position);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The rule is pending until you apply it; the tab previews what it would move."), this));
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QComboBox::currentTextChanged, this, &AllocationRuleDialog::validate);
    connect(m_match, &QComboBox::currentIndexChanged, this, &AllocationRuleDialog::validate);
    connect(m_pattern, &QLineEdit::textChanged, this, &AllocationRuleDialog::validate);
    connect(m_ownerKind, &QComboBox::currentTextChanged, this, &AllocationRuleDialog::validate);
    connect(m_ownerValue, &QLineEdit::textChanged, this, &AllocationRuleDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

AllocationRule AllocationRuleDialog::rule() const
{
    AllocationRule rule;
    rule.position = m_position->value();
    rule.field = m_field->currentText().trimmed();
    rule.match = AllocationRule::Match(m_match->currentData().toInt());
    rule.pattern = m_pattern->text().trimmed();
    rule.owner = m_ownerKind->currentText().trimmed() + QLatin1Char(':') + m_ownerValue->text().trimmed();
    return rule;
}

QString AllocationRuleDialog::problem() const
{
    const AllocationRule r = rule();
    if (r.labelName().isEmpty() && !dimensionFromName(r.field))
        return tr("'%1' is neither a dimension nor label.NAME.").arg(r.field);
    if (r.pattern.isEmpty())
        return tr("Enter the pattern a value must match.");
    if (const RuleMatcher matcher(r); !matcher.isValid())
        return tr("The regular expression is not valid: %1.").arg(matcher.error());
    if (!isValidOwner(r.owner))
        return tr("Name the owner as a kind and a value, e.g. team : search.");
    return {};
}

void AllocationRuleDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace costline
