#include "budgetstore.h"

#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QDateTime>

#include <sqlite3.h>

namespace costline {

QList<Budget> BudgetStore::list() const
{
    SqliteStatement st(m_workspace.db(),
                       "SELECT id, name, scope, period, limit_nano, soft_pct, enabled FROM budgets ORDER BY name");
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
        budgets.append(b);
    }
    return budgets;
}

bool BudgetStore::save(const Budget &b, QString *error)
{
    SqliteStatement st(m_workspace.db(),
                       "INSERT INTO budgets(name, scope, period, limit_nano, soft_pct, enabled, created_ms)"
                       " VALUES(?,?,?,?,?,?,?) ON CONFLICT(name) DO UPDATE SET scope = excluded.scope,"
                       " period = excluded.period, limit_nano = excluded.limit_nano, soft_pct = excluded.soft_pct,"
                       " enabled = excluded.enabled");
    st.bind(0, b.name);
    st.bind(1, scopeToJson(b.scope));
    st.bind(2, periodName(b.period));
    st.bind(3, b.limitNano);
    st.bind(4, qint64(b.softPct));
    st.bind(5, qint64(b.enabled ? 1 : 0));
    st.bind(6, QDateTime::currentMSecsSinceEpoch());
    if (st.exec())
        return true;
    *error = st.error();
    return false;
}

bool BudgetStore::remove(const QString &name)
{
    SqliteStatement st(m_workspace.db(), "DELETE FROM budgets WHERE name = ?");
    st.bind(0, name);
    return st.exec() && sqlite3_changes(m_workspace.db()) > 0;
}

} // namespace costline
