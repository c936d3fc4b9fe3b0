#include "budgetstore.h"

#include "caphierarchy.h"
#include "core/money.h"
#include "workspace/auditedwrite.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("costline::Budgets", text);
}

bool sameDefinition(const Budget &a, const Budget &b)
{
    return a.name == b.name && a.scope == b.scope && a.period == b.period && a.limitNano == b.limitNano
           && a.softPct == b.softPct && a.enabled == b.enabled && a.managedBy == b.managedBy;
}

QJsonValue auditJson(const std::optional<Budget> &b)
{
    if (!b)
        return QJsonValue::Undefined;
    return QJsonObject{{QStringLiteral("name"), b->name},
                       {QStringLiteral("scope"), QJsonDocument::fromJson(scopeToJson(b->scope).toUtf8()).object()},
                       {QStringLiteral("period"), periodName(b->period)},
                       {QStringLiteral("limit"), Money::fromNano(b->limitNano).toDecimalString()},
                       {QStringLiteral("soft_pct"), b->softPct},
                       {QStringLiteral("enabled"), b->enabled},
                       {QStringLiteral("managed_by"), managedByName(b->managedBy)}};
}

QString objectName(const QString &name)
{
    return QStringLiteral("budget:") + name;
}

} // namespace

QString budgetValidationError(const Budget &b)
{
    if (b.name.trimmed().isEmpty())
        return tr("Give the budget a name.");
    if (b.limitNano <= 0)
        return tr("The limit of %1 must be a positive amount in USD.").arg(b.name);
    if (b.softPct < 1 || b.softPct > 100)
        return tr("The soft limit of %1 must be a percentage of the limit from 1 to 100.").arg(b.name);
    if (b.scope.contains(Dimension::Source))
        return tr("A budget's scope cannot name a source; scope it by tenant, API key, team or another dimension.");
    if (b.managedBy == Budget::ManagedBy::Tenant && b.scope.value(Dimension::Tenant).isEmpty())
        return tr("Tenant cap %1 needs its tenant in its scope (tenant=NAME): a tenant manages caps inside its own "
                  "spend only.")
            .arg(b.name);
    return {};
}

QList<Budget> BudgetStore::list() const
{
    SqliteStatement st(m_workspace.db(), "SELECT id, name, scope, period, limit_nano, soft_pct, enabled, managed_by,"
                                         " version, coalesce(updated_ms, created_ms) FROM budgets ORDER BY name");
    QList<Budget> budgets;
    while (st.step()) {
        Budget b;
        b.id = st.int64(0);
        b.name = st.text(1);
        b.scope = scopeFromJson(st.text(2));
        b.period = periodFromName(st.text(3)).value_or(Budget::Period::Monthly);
        b.limitNano = st.int64(4);
        b.softPct = int(st.int64(5));
        b.enabled = st.int64(6) != 0;
        b.managedBy = managedByFromName(st.text(7)).value_or(Budget::ManagedBy::Platform);
        b.version = int(st.int64(8));
        b.updatedMs = st.int64(9);
        budgets.append(b);
    }
    return budgets;
}

std::optional<Budget> BudgetStore::find(const QString &name) const
{
    for (const Budget &b : list()) {
        if (b.name == name)
            return b;
    }
    return std::nullopt;
}

bool BudgetStore::save(const Budget &budget, QString *error, Budget *saved)
{
    if (const QString why = budgetValidationError(budget); !why.isEmpty()) {
        *error = why;
        return false;
    }
    // One transaction from the read of the other caps to the write and its audit entry.
    AuditedWrite change(m_workspace);
    if (!change.begin(error))
        return false;
    const auto fail = [&](const QString &why) {
        change.rollback();
        *error = why;
        return false;
    };
    const QList<Budget> stored = list();
    std::optional<Budget> before;
    for (const Budget &b : stored) {
        if (b.id != 0 && b.id == budget.id)
            before = b;
        else if (b.name == budget.name)
            return fail(tr("A budget named %1 exists already: choose another name, or change that one.").arg(budget.name));
    }
    if (budget.id != 0 && !before)
        return fail(tr("No budget is named %1 any more: it was removed elsewhere.").arg(budget.name));
    if (before && before->version != budget.version)
        return fail(tr("Budget %1 was changed elsewhere since it was read (now version %2): look at it again and "
                       "repeat the change.")
                        .arg(before->name)
                        .arg(before->version));
    if (before && sameDefinition(*before, budget)) {
        if (saved)
            *saved = *before;
        return change.commit(QList<AuditChange>{}, error);
    }
    if (const auto conflict = findCapConflict(budget, stored))
        return fail(capConflictMessage(*conflict));
    if (!write(budget, error))
        return fail(*error);
    const std::optional<Budget> after = find(budget.name);
    if (!change.commit({before ? QStringLiteral("budget.change") : QStringLiteral("budget.add"), objectName(budget.name),
                        auditJson(before), auditJson(after)},
                       error))
        return false;
    if (saved)
        *saved = *after;
    return true;
}

bool BudgetStore::write(const Budget &b, QString *error)
{
    SqliteStatement st(m_workspace.db(),
                       b.id == 0 ? "INSERT INTO budgets(name, scope, period, limit_nano, soft_pct, enabled, managed_by,"
                                   " updated_ms, created_ms, version) VALUES(?,?,?,?,?,?,?,?,?8,1)"
                                 : "UPDATE budgets SET name = ?, scope = ?, period = ?, limit_nano = ?, soft_pct = ?,"
                                   " enabled = ?, managed_by = ?, updated_ms = ?, version = version + 1"
                                   " WHERE id = ? AND version = ?");
    st.bind(0, b.name);
    st.bind(1, scopeToJson(b.scope));
    st.bind(2, periodName(b.period));
    st.bind(3, b.limitNano);
    st.bind(4, qint64(b.softPct));
    st.bind(5, qint64(b.enabled ? 1 : 0));
    st.bind(6, managedByName(b.managedBy));
    st.bind(7, QDateTime::currentMSecsSinceEpoch());
    if (b.id != 0) {
        st.bind(8, b.id);
        st.bind(9, qint64(b.version));
    }
    if (st.exec())
        return true;
    *error = st.error();
    return false;
}

bool BudgetStore::remove(const QString &name, QString *error)
{
    QString why;
    AuditedWrite change(m_workspace);
    if (!change.begin(&why)) {
        if (error)
            *error = why;
        return false;
    }
    const std::optional<Budget> before = find(name);
    // Ids can be reused: a cap added later must not inherit this one's notified crossings.
    SqliteStatement alerts(m_workspace.db(),
                           "DELETE FROM budget_alerts WHERE budget_id IN (SELECT id FROM budgets WHERE name = ?)");
    alerts.bind(0, name);
    SqliteStatement st(m_workspace.db(), "DELETE FROM budgets WHERE name = ?");
    st.bind(0, name);
    if (!before || !alerts.exec() || !st.exec()
        || !change.commit({QStringLiteral("budget.remove"), objectName(name), auditJson(before), {}}, &why)) {
        if (error)
            *error = before ? (why.isEmpty() ? st.error() : why) : QString();
        return false;
    }
    return true;
}

} // namespace costline
