#include "allocationstore.h"

#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace costline {
namespace {

QByteArray weightsJson(const QMap<QString, qint64> &weights)
{
    QJsonObject o;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QMap<QString, qint64> readWeights(const QByteArray &json)
{
    QMap<QString, qint64> weights;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        weights.insert(it.key(), it.value().toInteger());
    return weights;
}

} // namespace

QList<AllocationRule> AllocationStore::rules() const
{
    QList<AllocationRule> out;
    SqliteStatement st(m_workspace.db(), "SELECT id, position, field, match_kind, pattern, owner, applied"
                                         " FROM allocation_rules ORDER BY position, id");
    while (st.step()) {
        AllocationRule r;
        r.id = st.int64(0);
        r.position = int(st.int64(1));
        r.field = st.text(2);
        r.match = matchFromName(st.text(3)).value_or(AllocationRule::Match::Glob);
        r.pattern = st.text(4);
        r.owner = st.text(5);
        r.applied = st.int64(6) != 0;
        out << r;
    }
    return out;
}

qint64 AllocationStore::addRule(AllocationRule rule, QString *error)
{
    if (!isValidOwner(rule.owner)) {
        *error = QStringLiteral("owner '%1' must be KIND:VALUE, e.g. team:search or cost_center:CC-100").arg(rule.owner);
        return -1;
    }
    const RuleMatcher matcher(rule);
    if (!matcher.isValid()) {
        *error = QStringLiteral("pattern '%1' is not a valid %2: %3").arg(rule.pattern, matchName(rule.match), matcher.error());
        return -1;
    }
    SqliteStatement last(m_workspace.db(), "SELECT coalesce(max(position), 0) FROM allocation_rules");
    const int end = last.step() ? int(last.int64(0)) + 1 : 1;
    if (rule.position <= 0 || rule.position > end)
        rule.position = end;
    else
        execSql(m_workspace.db(), "UPDATE allocation_rules SET position = position + 1 WHERE position >= "
                                      + QByteArray::number(rule.position));
    SqliteStatement st(m_workspace.db(), "INSERT INTO allocation_rules(position, field, match_kind, pattern, owner,"
                                         " applied, created_ms) VALUES(?,?,?,?,?,0,?)");
    st.bind(0, qint64(rule.position));
    st.bind(1, rule.field);
    st.bind(2, matchName(rule.match));
    st.bind(3, rule.pattern);
    st.bind(4, rule.owner);
    st.bind(5, QDateTime::currentMSecsSinceEpoch());
    if (!st.exec()) {
        *error = st.error();
        return -1;
    }
    return sqlite3_last_insert_rowid(m_workspace.db());
}

bool AllocationStore::removeRule(qint64 id)
{
    SqliteStatement st(m_workspace.db(), "DELETE FROM allocation_rules WHERE id = ?");
    st.bind(0, id);
    return st.exec() && sqlite3_changes(m_workspace.db()) > 0;
}

int AllocationStore::applyRules()
{
    SqliteStatement st(m_workspace.db(), "UPDATE allocation_rules SET applied = 1 WHERE applied = 0");
    return st.exec() ? sqlite3_changes(m_workspace.db()) : 0;
}

QList<CostPool> AllocationStore::pools() const
{
    QList<CostPool> out;
    SqliteStatement st(m_workspace.db(), "SELECT id, name, amount_nano, driver, coalesce(weights, '') FROM cost_pools ORDER BY name");
    while (st.step()) {
        CostPool p;
        p.id = st.int64(0);
        p.name = st.text(1);
        p.monthlyNano = st.int64(2);
        p.driver = driverFromName(st.text(3)).value_or(CostPool::Driver::Tokens);
        p.weights = readWeights(st.bytes(4));
        out << p;
    }
    return out;
}

qint64 AllocationStore::addPool(const CostPool &pool, QString *error)
{
    if (pool.monthlyNano < 0) {
        *error = QStringLiteral("a pool's monthly amount cannot be negative");
        return -1;
    }
    SqliteStatement st(m_workspace.db(), "INSERT INTO cost_pools(name, amount_nano, driver, weights, created_ms)"
                                         " VALUES(?,?,?,?,?) ON CONFLICT(name) DO UPDATE SET amount_nano = excluded.amount_nano,"
                                         " driver = excluded.driver, weights = excluded.weights");
    st.bind(0, pool.name);
    st.bind(1, pool.monthlyNano);
    st.bind(2, driverName(pool.driver));
    st.bind(3, weightsJson(pool.weights));
    st.bind(4, QDateTime::currentMSecsSinceEpoch());
    if (!st.exec()) {
        *error = st.error();
        return -1;
    }
    return sqlite3_last_insert_rowid(m_workspace.db());
}

bool AllocationStore::removePool(const QString &name)
{
    SqliteStatement st(m_workspace.db(), "DELETE FROM cost_pools WHERE name = ?");
    st.bind(0, name);
    return st.exec() && sqlite3_changes(m_workspace.db()) > 0;
}

} // namespace costline
