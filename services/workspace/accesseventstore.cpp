#include "accesseventstore.h"

#include "sqlitestatement.h"
#include "workspace.h"

namespace costline {

AccessEventStore::Written AccessEventStore::upsert(qint64 sourceId, const AccessEvent &e, QString *error)
{
    SqliteStatement exists(m_workspace.db(), "SELECT 1 FROM access_events WHERE source_id = ? AND request_id = ?");
    exists.bind(0, sourceId);
    exists.bind(1, e.requestId);
    const bool replacing = exists.step();
    SqliteStatement st(m_workspace.db(),
                       "INSERT INTO access_events(source_id, request_id, timestamp_ms, tenant, key_id, principal, action,"
                       " route, provider, model, decision, policy, reason, data_region, status)"
                       " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(source_id, request_id) DO UPDATE SET"
                       " timestamp_ms = excluded.timestamp_ms, tenant = excluded.tenant, key_id = excluded.key_id,"
                       " principal = excluded.principal, action = excluded.action, route = excluded.route,"
                       " provider = excluded.provider, model = excluded.model, decision = excluded.decision,"
                       " policy = excluded.policy, reason = excluded.reason, data_region = excluded.data_region,"
                       " status = excluded.status");
    st.bind(0, sourceId);
    st.bind(1, e.requestId);
    st.bind(2, e.timestampMs);
    const QString texts[] = {e.tenant, e.keyId, e.principal, e.action, e.route, e.provider, e.model};
    for (int i = 0; i < 7; ++i)
        st.bind(3 + i, texts[i]);
    st.bind(10, e.allowed ? QStringLiteral("allow") : QStringLiteral("deny"));
    st.bind(11, e.policy);
    st.bind(12, e.reason);
    st.bind(13, e.dataRegion);
    st.bindOptional(14, e.status ? std::optional<qint64>(*e.status) : std::nullopt);
    if (st.exec())
        return replacing ? Written::Replaced : Written::Inserted;
    *error = st.error();
    return Written::Failed;
}

QList<AccessEvent> AccessEventStore::events(qint64 fromMs, qint64 toMs, const QString &tenant) const
{
    SqliteStatement st(m_workspace.db(),
                       "SELECT request_id, timestamp_ms, tenant, key_id, principal, action, route, provider, model,"
                       " decision, policy, reason, data_region, status FROM access_events"
                       " WHERE timestamp_ms BETWEEN ?1 AND ?2 AND (?3 = '' OR tenant = ?3) ORDER BY timestamp_ms, id");
    st.bind(0, fromMs);
    st.bind(1, toMs);
    st.bind(2, tenant);
    QList<AccessEvent> out;
    while (st.step()) {
        AccessEvent e;
        e.requestId = st.text(0);
        e.timestampMs = st.int64(1);
        e.tenant = st.text(2);
        e.keyId = st.text(3);
        e.principal = st.text(4);
        e.action = st.text(5);
        e.route = st.text(6);
        e.provider = st.text(7);
        e.model = st.text(8);
        e.allowed = st.text(9) == QLatin1String("allow");
        e.policy = st.text(10);
        e.reason = st.text(11);
        e.dataRegion = st.text(12);
        if (const auto status = st.optionalInt64(13))
            e.status = int(*status);
        out << e;
    }
    return out;
}

qint64 AccessEventStore::count() const
{
    SqliteStatement st(m_workspace.db(), "SELECT count(*) FROM access_events");
    return st.step() ? st.int64(0) : 0;
}

} // namespace costline
