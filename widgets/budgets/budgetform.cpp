#include "budgetform.h"

#include "budgets/caphierarchy.h"
#include "core/money.h"
#include "models/budgetsmodel.h"
#include "models/moneyformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace costline {
namespace {

QComboBox *editableCombo(const QString &placeholder, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->lineEdit()->setPlaceholderText(placeholder);
    return combo;
}

void fillCombo(QComboBox *combo, const QStringList &values)
{
    const QString text = combo->currentText();
    combo->clear();
    combo->addItems(values);
    combo->setEditText(text);
}

} // namespace

BudgetForm::BudgetForm(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_managedBy(new QComboBox(this)),
      m_tenant(editableCombo(tr("any tenant"), this)), m_apiKey(editableCombo(tr("any API key"), this)),
      m_scope(new QLineEdit(this)), m_period(new QComboBox(this)), m_limit(new QLineEdit(this)), m_soft(new QSpinBox(this)),
      m_enabled(new QCheckBox(tr("Watch this cap (bars on the Overview, signals, desktop alerts)"), this)),
      m_version(new QLabel(this)), m_ceiling(new QLabel(this))
{
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_managedBy->addItem(tr("Platform: the organisation's cap"), int(Budget::ManagedBy::Platform));
    m_managedBy->addItem(tr("Tenant: a tenant's own cap, within the platform's"), int(Budget::ManagedBy::Tenant));
    for (const Budget::Period p : {Budget::Period::Daily, Budget::Period::Weekly, Budget::Period::Monthly})
        m_period->addItem(budgetPeriodText(p) + tr(", UTC"), int(p));
    m_limit->setPlaceholderText(tr("USD, e.g. 900 or 1250.50"));
    m_soft->setRange(1, 100);
    m_soft->setSuffix(tr(" % of the limit"));
    m_ceiling->setWordWrap(true);
    // Names let tests and accessibility tools find the fields.
    m_name->setObjectName(QStringLiteral("budgetName"));
    m_managedBy->setObjectName(QStringLiteral("budgetManagedBy"));
    m_period->setObjectName(QStringLiteral("budgetPeriod"));
    m_limit->setObjectName(QStringLiteral("budgetLimit"));
    m_soft->setObjectName(QStringLiteral("budgetSoftLimit"));
    m_enabled->setObjectName(QStringLiteral("budgetEnabled"));
    m_version->setObjectName(QStringLiteral("budgetVersion"));
    m_ceiling->setObjectName(QStringLiteral("budgetCeiling"));
    layout->addRow(tr("Name"), m_name);
    layout->addRow(tr("Managed by"), m_managedBy);
    addScopeFields(layout);
    layout->addRow(tr("Period"), m_period);
    layout->addRow(tr("Limit"), m_limit);
    layout->addRow(tr("Soft limit at"), m_soft);
    layout->addRow(QString(), m_enabled);
    layout->addRow(tr("Version"), m_version);
    layout->addRow(QString(), m_ceiling);
    for (QComboBox *combo : {m_managedBy, m_period})
        connect(combo, &QComboBox::currentIndexChanged, this, &BudgetForm::updateCeiling);
    for (QComboBox *combo : {m_tenant, m_apiKey})
        connect(combo, &QComboBox::editTextChanged, this, &BudgetForm::updateCeiling);
    for (QLineEdit *edit : {m_name, m_scope})
        connect(edit, &QLineEdit::textChanged, this, &BudgetForm::updateCeiling);
}

void BudgetForm::addScopeFields(QFormLayout *layout)
{
    m_tenant->setObjectName(QStringLiteral("budgetTenant"));
    m_apiKey->setObjectName(QStringLiteral("budgetApiKey"));
    m_scope->setObjectName(QStringLiteral("budgetScope"));
    m_scope->setPlaceholderText(tr("other dimensions, e.g. team=support, project=search"));
    m_tenant->setToolTip(tr("A tenant cap needs its tenant; a platform cap may name one or cover every tenant."));
    layout->addRow(tr("Tenant"), m_tenant);
    layout->addRow(tr("API key"), m_apiKey);
    layout->addRow(tr("Other scope"), m_scope);
}

void BudgetForm::setBudget(const Budget &b)
{
    const bool stored = b.id != 0;
    m_selected = b;
    m_name->setText(b.name);
    m_managedBy->setCurrentIndex(m_managedBy->findData(int(b.managedBy)));
    m_tenant->setEditText(b.scope.value(Dimension::Tenant));
    m_apiKey->setEditText(b.scope.value(Dimension::ApiKey));
    QMap<Dimension, QString> other = b.scope;
    other.remove(Dimension::Tenant);
    other.remove(Dimension::ApiKey);
    m_scope->setText(other.isEmpty() ? QString() : budgetScopeText(other));
    m_period->setCurrentIndex(m_period->findData(int(b.period)));
    m_limit->setText(stored ? limitDecimal(b.limitNano) : QString());
    m_soft->setValue(b.softPct);
    m_enabled->setChecked(b.enabled);
    updateCeiling();
}

bool BudgetForm::readScope(QMap<Dimension, QString> *scope, QString *error) const
{
    if (!parseBudgetScope(m_scope->text(), scope, error))
        return false;
    const QList<std::pair<Dimension, QComboBox *>> fields = {{Dimension::Tenant, m_tenant}, {Dimension::ApiKey, m_apiKey}};
    for (const auto &[dim, combo] : fields) {
        const QString value = combo->currentText().trimmed();
        if (value.isEmpty())
            continue;
        if (scope->contains(dim) && scope->value(dim) != value) {
            *error = tr("%1 is set twice (%2 and %3): keep it in its own field.")
                         .arg(dimensionName(dim), value, scope->value(dim));
            return false;
        }
        scope->insert(dim, value);
    }
    return true;
}

bool BudgetForm::readBudget(const Budget &base, Budget *budget, QString *error) const
{
    *budget = base;
    budget->name = m_name->text().trimmed();
    if (budget->name.isEmpty()) {
        *error = tr("Give the budget a name.");
        return false;
    }
    budget->managedBy = Budget::ManagedBy(m_managedBy->currentData().toInt());
    if (!readScope(&budget->scope, error))
        return false;
    budget->period = Budget::Period(m_period->currentData().toInt());
    QString why;
    QString limitText = m_limit->text().trimmed();
    if (limitText.startsWith(QLatin1Char('$')))
        limitText = limitText.mid(1).trimmed();
    limitText.remove(QLatin1Char(','));
    const auto limit = Money::parse(limitText.toUtf8(), &why);
    if (!limit || limit->nano() <= 0) {
        *error = tr("The limit must be a positive amount in USD, such as 900 or 1250.50%1.")
                     .arg(why.isEmpty() ? QString() : QStringLiteral(" (") + why + QLatin1Char(')'));
        return false;
    }
    budget->limitNano = limit->nano();
    budget->softPct = m_soft->value();
    budget->enabled = m_enabled->isChecked();
    if (budget->managedBy == Budget::ManagedBy::Tenant && !budget->scope.contains(Dimension::Tenant)) {
        *error = tr("A tenant cap needs its tenant: pick one in the Tenant field.");
        return false;
    }
    return true;
}

void BudgetForm::setChoices(const QStringList &tenants, const QStringList &apiKeys)
{
    fillCombo(m_tenant, tenants);
    fillCombo(m_apiKey, apiKeys);
}

void BudgetForm::setCaps(const QList<Budget> &caps)
{
    m_caps = caps;
    updateCeiling();
}

bool BudgetForm::editsSelected() const
{
    return m_selected.id != 0 && m_name->text().trimmed() == m_selected.name;
}

void BudgetForm::updateCeiling()
{
    m_version->setText(editsSelected()
                           ? tr("%1, changed %2")
                                 .arg(m_selected.version)
                                 .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_selected.updatedMs),
                                                         QLocale::ShortFormat))
                           : tr("new: Add as new budget stores it as version 1"));
    Budget candidate;
    // Under the selected cap's name the form edits it, so its stored self is no ceiling;
    // under another name it is a new cap.
    candidate.id = editsSelected() ? m_selected.id : 0;
    candidate.period = Budget::Period(m_period->currentData().toInt());
    QString ignored;
    if (Budget::ManagedBy(m_managedBy->currentData().toInt()) != Budget::ManagedBy::Tenant
        || !readScope(&candidate.scope, &ignored)) {
        m_ceiling->clear();
        return;
    }
    const auto ceiling = capCeiling(candidate, m_caps);
    m_ceiling->setText(ceiling ? tr("At most %1 here: platform cap %2 (%3 %4) governs this scope.")
                                     .arg(QLatin1Char('$') + limitDecimal(ceiling->allowedNano), ceiling->platformCap.name,
                                          formatMoney(ceiling->platformCap.limitNano),
                                          budgetPeriodText(ceiling->platformCap.period).toLower())
                               : tr("No enabled platform cap governs this scope."));
}

} // namespace costline
