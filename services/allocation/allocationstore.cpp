#include "allocationstore.h"

#include "allocationauditjson.h"
#include "workspace/auditedwrite.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QJsonArray>
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
    AuditedWrite audited(m_workspace);
    if (!audited.begin(error))
        return -1;
    SqliteStatement last(m_workspace.db(), "SELECT coalesce(max(position), 0) FROM allocation_rules");
    const int end = last.step() ? int(last.int64(0)) + 1 : 1;
    if (rule.position <= 0 || rule.position > end)
        rule.position = end;
    else if (!execSql(m_workspace.db(), "UPDATE allocation_rules SET position = position + 1 WHERE position >= "
                                            + QByteArray::number(rule.position), error))
        return -1;
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
    rule.id = sqlite3_last_insert_rowid(m_workspace.db());
    rule.applied = false;
    if (!audited.commit({QStringLiteral("allocation.rule.add"), ruleAuditObject(rule), {}, ruleAuditJson(rule)}, error))
        return -1;
    return rule.id;
}

bool AllocationStore::removeRule(qint64 id, QString *error)
{
    QString why;
    std::optional<AllocationRule> before;
    AuditedWrite audited(m_workspace);
    if (audited.begin(&why)) {
        for (const AllocationRule &r : rules())
            before = r.id == id ? std::optional<AllocationRule>(r) : before;
    }
    SqliteStatement st(m_workspace.db(), "DELETE FROM allocation_rules WHERE id = ?");
    st.bind(0, id);
    if (before && st.exec()
        && audited.commit({QStringLiteral("allocation.rule.remove"), ruleAuditObject(*before), ruleAuditJson(*before), {}}, &why))
        return true;
    if (error)
        *error = why.isEmpty() ? st.error() : why;
    return false;
}

int AllocationStore::applyRules(QString *error)
{
    QString why;
    AuditedWrite audited(m_workspace);
    if (!audited.begin(&why)) {
        if (error)
            *error = why;
        return -1;
    }
    QJsonArray pending;
    for (const AllocationRule &r : rules()) {
        if (!r.applied)
            pending.append(ruleAuditJson(r));
    }
    SqliteStatement st(m_workspace.db(), "UPDATE allocation_rules SET applied = 1 WHERE applied = 0");
    QList<AuditChange> changes;
    if (!pending.isEmpty())
        changes << AuditChange{QStringLiteral("allocation.rules.apply"), QStringLiteral("allocation_rules"), pending, {}};
    if (st.exec() && audited.commit(changes, &why))
        return int(pending.size());
    if (error)
        *error = why.isEmpty() ? st.error() : why;
    return -1;
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

std::optional<CostPool> AllocationStore::findPool(const QString &name) const
{
    for (const CostPool &p : pools()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

qint64 AllocationStore::addPool(const CostPool &pool, QString *error)
{
    if (pool.monthlyNano < 0) {
        *error = QStringLiteral("a pool's monthly amount cannot be negative");
        return -1;
    }
    AuditedWrite audited(m_workspace);
    if (!audited.begin(error))
        return -1;
    const std::optional<CostPool> before = findPool(pool.name);
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
    const qint64 id = before ? before->id : sqlite3_last_insert_rowid(m_workspace.db());
    const QJsonObject after = poolAuditJson(pool);
    QList<AuditChange> changes;
    if (!before || poolAuditJson(*before) != after)
        changes << AuditChange{before ? QStringLiteral("allocation.pool.change") : QStringLiteral("allocation.pool.add"),
                               poolAuditObject(pool.name), before ? QJsonValue(poolAuditJson(*before)) : QJsonValue(), after};
    return audited.commit(changes, error) ? id : -1;
}

bool AllocationStore::removePool(const QString &name, QString *error)
{
    QString why;
    AuditedWrite audited(m_workspace);
    const std::optional<CostPool> before = audited.begin(&why) ? findPool(name) : std::nullopt;
    SqliteStatement st(m_workspace.db(), "DELETE FROM cost_pools WHERE name = ?");
    st.bind(0, name);
    if (before && st.exec()
        && audited.commit({QStringLiteral("allocation.pool.remove"), poolAuditObject(name), poolAuditJson(*before), {}}, &why))
        return true;
    if (error)
        *error = why.isEmpty() ? st.error() : why;
    return false;
}

} // namespace costline
