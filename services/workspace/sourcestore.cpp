#include "sourcestore.h"

#include "auditedwrite.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QDateTime>
#include <QJsonObject>

#include <sqlite3.h>

namespace costline {

qint64 SourceStore::ensure(const QString &name, const QString &kind)
{
    SqliteStatement find(m_workspace.db(), "SELECT id FROM sources WHERE name = ?");
    find.bind(0, name);
    if (find.step())
        return find.int64(0);
    QString error;
    AuditedWrite audited(m_workspace);
    if (!audited.begin(&error))
        return -1;
    SqliteStatement insert(m_workspace.db(), "INSERT INTO sources(name, kind, created_ms) VALUES(?, ?, ?)");
    insert.bind(0, name);
    insert.bind(1, kind);
    insert.bind(2, QDateTime::currentMSecsSinceEpoch());
    if (!insert.exec())
        return -1;
    const qint64 id = sqlite3_last_insert_rowid(m_workspace.db());
    // A file import names its source on first use: that creates it as much as 'source add'.
    const QJsonObject after{{QStringLiteral("name"), name}, {QStringLiteral("kind"), kind}};
    return audited.commit({QStringLiteral("source.add"), QStringLiteral("source:") + name, {}, after}, &error) ? id : -1;
}

QList<SourceInfo> SourceStore::list() const
{
    SqliteStatement st(m_workspace.db(),
                       "SELECT id, name, kind, coalesce(last_success_ms, 0) FROM sources ORDER BY name");
    QList<SourceInfo> sources;
    while (st.step())
        sources.append(SourceInfo{st.int64(0), st.text(1), st.text(2), st.int64(3)});
    return sources;
}

void SourceStore::markSucceeded(qint64 sourceId, qint64 atMs)
{
    SqliteStatement st(m_workspace.db(),
                       "UPDATE sources SET last_sync_ms = ?1, last_success_ms = ?1, last_status = 'ok',"
                       " last_error = NULL WHERE id = ?2");
    st.bind(0, atMs);
    st.bind(1, sourceId);
    st.exec();
}

} // namespace costline
