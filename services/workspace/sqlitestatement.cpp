#include "sqlitestatement.h"

#include "sqlitefailure.h"

#include <sqlite3.h>

namespace costline {

SqliteStatement::SqliteStatement(sqlite3 *db, const QByteArray &sql) : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                           nullptr)
        != SQLITE_OK) {
        m_error = sqliteError(db);
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index + 1, value);
}

void SqliteStatement::bind(int index, QByteArrayView text)
{
    // A null QByteArray has no data pointer, which SQLite would store as NULL: text is text.
    sqlite3_bind_text(m_stmt, index + 1, text.data() ? text.data() : "", int(text.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, QByteArrayView blob)
{
    sqlite3_bind_blob(m_stmt, index + 1, blob.data(), int(blob.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindOptional(int index, std::optional<qint64> value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index + 1);
}

bool SqliteStatement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = sqliteError(m_db);
    return false;
}

bool SqliteStatement::exec()
{
    m_error.clear();
    while (step()) {
    }
    const bool ok = m_error.isEmpty() && m_stmt;
    reset();
    return ok;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::optional<qint64> SqliteStatement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool SqliteStatement::isBlob(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_BLOB;
}

QByteArray SqliteStatement::bytes(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

bool execSql(sqlite3 *db, const QByteArray &sql, QString *error)
{
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    if (error)
        *error = sqliteError(db);
    return false;
}

QString sqliteError(sqlite3 *db)
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    const QString advice = adviceForSqliteFailure(db);
    return advice.isEmpty() ? message : message + QStringLiteral(": ") + advice;
}

} // namespace costline
