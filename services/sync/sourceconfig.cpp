#include "sourceconfig.h"

#include "workspace/auditedwrite.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

namespace costline {
namespace {

constexpr char kColumns[] =
    "id, name, kind, coalesce(base_url, ''), coalesce(api_key_env, ''), coalesce(backfill_days, 90),"
    " coalesce(lookback_days, 3), auto_sync_minutes, coalesce(cursor, ''), coalesce(last_sync_ms, 0),"
    " coalesce(last_success_ms, 0), coalesce(last_status, ''), coalesce(last_error, ''), coalesce(last_rows, 0)";

SourceConfig readConfig(const SqliteStatement &st)
{
    SourceConfig c;
    c.id = st.int64(0);
    c.name = st.text(1);
    c.kind = st.text(2);
    c.baseUrl = st.text(3);
    c.apiKeyEnv = st.text(4);
    c.backfillDays = int(st.int64(5));
    c.lookbackDays = int(st.int64(6));
    c.autoSyncMinutes = int(st.int64(7));
    c.cursorJson = st.bytes(8);
    c.lastSyncMs = st.int64(9);
    c.lastSuccessMs = st.int64(10);
    c.lastStatus = st.text(11);
    c.lastError = st.text(12);
    c.lastRows = st.int64(13);
    return c;
}

void bindSettings(SqliteStatement &st, const SourceConfig &c)
{
    st.bind(0, c.kind);
    st.bind(1, c.baseUrl);
    st.bind(2, c.apiKeyEnv);
    st.bind(3, qint64(c.backfillDays));
    st.bind(4, qint64(c.lookbackDays));
    st.bind(5, qint64(c.autoSyncMinutes));
    st.bind(6, c.name);
}

// The settings as the audit trail records them: never a key, and no password in the URL.
QJsonObject auditJson(const SourceConfig &c)
{
    return QJsonObject{{QStringLiteral("name"), c.name},
                       {QStringLiteral("kind"), c.kind},
                       {QStringLiteral("base_url"), QUrl(c.baseUrl).adjusted(QUrl::RemoveUserInfo).toString()},
                       {QStringLiteral("api_key_env"), c.apiKeyEnv},
                       {QStringLiteral("backfill_days"), c.backfillDays},
                       {QStringLiteral("lookback_days"), c.lookbackDays},
                       {QStringLiteral("auto_sync_minutes"), c.autoSyncMinutes}};
}

QString auditObject(const QString &name)
{
    return QStringLiteral("source:") + name;
}

} // namespace

QStringList connectorKinds()
{
    return {QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gateway"), QStringLiteral("litellm")};
}

bool SourceConfigStore::add(const SourceConfig &config, QString *error)
{
    AuditedWrite audited(m_workspace);
    if (!audited.begin(error))
        return false;
    const std::optional<SourceConfig> existing = find(config.name);
    if (existing && !existing->isRemoved()) {
        *error = QStringLiteral("a source named '%1' exists already; pick another name or remove it first").arg(config.name);
        return false;
    }
    if (existing)
        return update(config, error) && audited.commit(QList<AuditChange>{}, error);
    SqliteStatement st(m_workspace.db(),
                       "INSERT INTO sources(kind, base_url, api_key_env, backfill_days, lookback_days,"
                       " auto_sync_minutes, name, created_ms) VALUES(?,?,?,?,?,?,?,?)");
    bindSettings(st, config);
    st.bind(7, QDateTime::currentMSecsSinceEpoch());
    if (!st.exec()) {
        *error = QStringLiteral("the workspace refused the source: %1").arg(st.error());
        return false;
    }
    return audited.commit({QStringLiteral("source.add"), auditObject(config.name), {}, auditJson(config)}, error);
}

bool SourceConfigStore::update(const SourceConfig &config, QString *error)
{
    AuditedWrite audited(m_workspace);
    if (!audited.begin(error))
        return false;
    const std::optional<SourceConfig> before = find(config.name);
    // A revived source starts over from its backfill; replace semantics keep that exact.
    SqliteStatement st(m_workspace.db(),
                       "UPDATE sources SET kind = ?1, base_url = ?2, api_key_env = ?3, backfill_days = ?4,"
                       " lookback_days = ?5, auto_sync_minutes = ?6,"
                       " cursor = CASE WHEN last_status = 'removed' THEN NULL ELSE cursor END,"
                       " last_status = CASE WHEN last_status = 'removed' THEN NULL ELSE last_status END"
                       " WHERE name = ?7");
    bindSettings(st, config);
    if (!st.exec()) {
        *error = QStringLiteral("the workspace refused the change: %1").arg(st.error());
        return false;
    }
    const bool revived = before && before->isRemoved();
    QList<AuditChange> changes;
    if (!before || revived || auditJson(*before) != auditJson(config))
        changes << AuditChange{revived ? QStringLiteral("source.add") : QStringLiteral("source.change"), auditObject(config.name),
                               before && !revived ? QJsonValue(auditJson(*before)) : QJsonValue(), auditJson(config)};
    return audited.commit(changes, error);
}

bool SourceConfigStore::remove(const QString &name, QString *error)
{
    AuditedWrite audited(m_workspace);
    if (!audited.begin(error))
        return false;
    const std::optional<SourceConfig> existing = find(name);
    if (!existing || existing->isRemoved()) {
        *error = QStringLiteral("there is no source named '%1'; see 'costline-cli source list'").arg(name);
        return false;
    }
    SqliteStatement st(m_workspace.db(),
                       "UPDATE sources SET last_status = 'removed', cursor = NULL, base_url = NULL,"
                       " api_key_env = NULL, auto_sync_minutes = 0 WHERE id = ?");
    st.bind(0, existing->id);
    if (!st.exec()) {
        *error = st.error();
        return false;
    }
    return audited.commit({QStringLiteral("source.remove"), auditObject(name), auditJson(*existing), {}}, error);
}

QList<SourceConfig> SourceConfigStore::list(bool includeRemoved) const
{
    SqliteStatement st(m_workspace.db(), QByteArray("SELECT ") + kColumns + " FROM sources ORDER BY name");
    QList<SourceConfig> sources;
    while (st.step()) {
        SourceConfig c = readConfig(st);
        if (includeRemoved || !c.isRemoved())
            sources.append(c);
    }
    return sources;
}

std::optional<SourceConfig> SourceConfigStore::find(const QString &name) const
{
    SqliteStatement st(m_workspace.db(), QByteArray("SELECT ") + kColumns + " FROM sources WHERE name = ?");
    st.bind(0, name);
    if (!st.step())
        return std::nullopt;
    return readConfig(st);
}

bool SourceConfigStore::saveCursor(qint64 sourceId, const QByteArray &cursorJson, QString *error)
{
    SqliteStatement st(m_workspace.db(), "UPDATE sources SET cursor = ? WHERE id = ?");
    st.bind(0, cursorJson);
    st.bind(1, sourceId);
    if (st.exec())
        return true;
    *error = QStringLiteral("the workspace refused the sync cursor: %1").arg(st.error());
    return false;
}

void SourceConfigStore::recordRun(qint64 sourceId, const QString &status, const QString &error, qint64 rows,
                                  qint64 atMs)
{
    SqliteStatement st(m_workspace.db(),
                       "UPDATE sources SET last_sync_ms = ?1, last_status = ?2, last_error = ?3, last_rows = ?4,"
                       " last_success_ms = CASE WHEN ?2 = 'ok' THEN ?1 ELSE last_success_ms END WHERE id = ?5");
    st.bind(0, atMs);
    st.bind(1, status);
    if (error.isEmpty())
        st.bindNull(2);
    else
        st.bind(2, error);
    st.bind(3, rows);
    st.bind(4, sourceId);
    st.exec();
}

} // namespace costline
