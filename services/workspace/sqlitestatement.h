#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace costline {

// A prepared statement on the raw SQLite handle. The workspace uses the C API directly
// on its hot paths (ingest, rollup scans), where QtSql's QVariant round trips cost half
// the throughput. Columns and parameters are 0-based here, SQLite's are 1-based.
class SqliteStatement final
{
public:
    SqliteStatement(sqlite3 *db, const QByteArray &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    void bind(int index, qint64 value);
    void bind(int index, QByteArrayView text);
    void bind(int index, const QByteArray &text) { bind(index, QByteArrayView(text)); }
    void bind(int index, const QString &text) { bind(index, text.toUtf8()); }
    void bindBlob(int index, QByteArrayView blob);
    void bindOptional(int index, std::optional<qint64> value);
    void bindNull(int index);

    // True while a row is available; false when done or on error (see error()).
    bool step();
    // Runs to completion; false on error.
    bool exec();
    void reset();

    qint64 int64(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    bool isNull(int column) const;
    bool isBlob(int column) const;
    QByteArray bytes(int column) const;
    QString text(int column) const;

    QString error() const { return m_error; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

// Runs one or more statements with no result rows; false (and *error) on failure.
bool execSql(sqlite3 *db, const QByteArray &sql, QString *error = nullptr);
QString sqliteError(sqlite3 *db);

} // namespace costline
