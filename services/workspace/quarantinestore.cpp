#include "quarantinestore.h"

#include "sqlitestatement.h"
#include "workspace.h"

#include <QDateTime>

namespace costline {

QList<QuarantinedRow> QuarantineStore::list(int limit) const
{
    SqliteStatement st(m_workspace.db(),
                       "SELECT q.id, coalesce(s.name, ''), q.file, q.line, q.reason, q.raw, q.created_ms"
                       " FROM quarantine q LEFT JOIN sources s ON s.id = q.source_id ORDER BY q.id LIMIT ?");
    st.bind(0, qint64(limit));
    QList<QuarantinedRow> rows;
    while (st.step())
        rows.append({st.int64(0), st.text(1), st.text(2), st.int64(3), st.text(4), st.text(5), st.int64(6)});
    return rows;
}

bool QuarantineStore::add(qint64 sourceId, const QString &file, qint64 line, const QString &reason, const QByteArray &raw,
                          QString *error)
{
    SqliteStatement st(m_workspace.db(), "INSERT INTO quarantine(source_id, file, line, reason, raw, created_ms) VALUES(?,?,?,?,?,?)");
    st.bind(0, sourceId);
    st.bind(1, file);
    st.bind(2, line);
    st.bind(3, reason);
    st.bind(4, raw);
    st.bind(5, QDateTime::currentMSecsSinceEpoch());
    if (st.exec())
        return true;
    *error = st.error();
    return false;
}

qint64 QuarantineStore::count() const
{
    SqliteStatement st(m_workspace.db(), "SELECT count(*) FROM quarantine");
    return st.step() ? st.int64(0) : 0;
}

bool QuarantineStore::forgetFile(qint64 sourceId, const QString &file)
{
    SqliteStatement st(m_workspace.db(), "DELETE FROM quarantine WHERE source_id = ? AND file = ?");
    st.bind(0, sourceId);
    st.bind(1, file);
    return st.exec();
}

} // namespace costline
