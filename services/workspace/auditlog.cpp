#include "auditlog.h"

#include "core/osuser.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace costline {
namespace {

std::optional<QByteArray> compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return std::nullopt;
}

void bindOptionalText(SqliteStatement &st, int index, const std::optional<QByteArray> &text)
{
    if (text)
        st.bind(index, *text);
    else
        st.bindNull(index);
}

std::optional<QByteArray> optionalBytes(const SqliteStatement &st, int column)
{
    return st.isNull(column) ? std::nullopt : std::optional<QByteArray>(st.bytes(column));
}

bool writeEntry(sqlite3 *db, const AuditEntry &e, QString *error)
{
    SqliteStatement insert(db, "INSERT INTO audit_log(seq, at_ms, os_user, action, object, before_json, after_json,"
                               " prev_hash, hash) VALUES(?,?,?,?,?,?,?,?,?)");
    insert.bind(0, e.seq);
    insert.bind(1, e.atMs);
    insert.bind(2, e.user);
    insert.bind(3, e.action);
    insert.bind(4, e.object);
    bindOptionalText(insert, 5, e.before);
    bindOptionalText(insert, 6, e.after);
    insert.bind(7, e.previousHash);
    insert.bind(8, e.hash);
    SqliteStatement head(db, "INSERT INTO audit_head(id, seq, hash) VALUES(1, ?, ?)"
                             " ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash");
    head.bind(0, e.seq);
    head.bind(1, e.hash);
    if (insert.exec() && head.exec())
        return true;
    *error = QStringLiteral("the audit trail could not record the change: %1")
                 .arg(insert.error().isEmpty() ? head.error() : insert.error());
    return false;
}

std::optional<AuditHead> lastEntry(sqlite3 *db)
{
    SqliteStatement st(db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!st.step())
        return std::nullopt;
    return AuditHead{st.int64(0), st.bytes(1)};
}

} // namespace

bool AuditLog::append(const AuditChange &change, QString *error)
{
    // The later of the head and the last entry: a number taken by an entry removed from the
    // end is not reused, and a damaged head does not stop every change.
    std::optional<AuditHead> last = head();
    if (const std::optional<AuditHead> tail = lastEntry(m_workspace.db()); tail && (!last || tail->seq > last->seq))
        last = tail;
    AuditEntry e;
    e.seq = last ? last->seq + 1 : 1;
    e.atMs = change.atMs != 0 ? change.atMs : QDateTime::currentMSecsSinceEpoch();
    e.user = osUserName();
    e.action = change.action;
    e.object = change.object;
    e.before = compactJson(change.before);
    e.after = compactJson(change.after);
    e.previousHash = last ? last->hash : auditGenesisHash();
    e.hash = auditEntryHash(e);
    return writeEntry(m_workspace.db(), e, error);
}

QList<AuditEntry> AuditLog::entries(qint64 fromMs, qint64 toMs) const
{
    SqliteStatement st(m_workspace.db(), "SELECT seq, at_ms, os_user, action, object, before_json, after_json, prev_hash,"
                                         " hash FROM audit_log WHERE at_ms BETWEEN ? AND ? ORDER BY seq");
    st.bind(0, fromMs);
    st.bind(1, toMs);
    QList<AuditEntry> out;
    while (st.step())
        out << AuditEntry{st.int64(0),          st.int64(1),          st.text(2),  st.text(3), st.text(4),
                          optionalBytes(st, 5), optionalBytes(st, 6), st.bytes(7), st.bytes(8)};
    return out;
}

std::optional<AuditHead> AuditLog::head() const
{
    SqliteStatement st(m_workspace.db(), "SELECT seq, hash FROM audit_head WHERE id = 1");
    if (!st.step())
        return std::nullopt;
    return AuditHead{st.int64(0), st.bytes(1)};
}

qint64 AuditLog::count() const
{
    SqliteStatement st(m_workspace.db(), "SELECT count(*) FROM audit_log");
    return st.step() ? st.int64(0) : 0;
}

} // namespace costline
