#include "workspace.h"

#include "dimensioncatalog.h"
#include "schema.h"
#include "sqlitestatement.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace costline {
namespace {

int pragmaInt(sqlite3 *db, const char *pragma)
{
    SqliteStatement st(db, QByteArray("PRAGMA ") + pragma);
    return st.step() ? int(st.int64(0)) : -1;
}

QString describeOpenFailure(const QString &path, const QString &why)
{
    return QStringLiteral("cannot open workspace %1: %2").arg(path, why);
}

} // namespace

Workspace::Workspace(sqlite3 *db, QString path)
    : m_db(db), m_path(std::move(path)), m_dimensions(std::make_unique<DimensionCatalog>(db))
{
}

Workspace::~Workspace()
{
    m_dimensions.reset();
    sqlite3_close_v2(m_db);
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, OpenMode mode, QString *error)
{
    const QFileInfo info(path);
    if (mode != OpenMode::CreateIfMissing && !info.exists()) {
        *error = describeOpenFailure(path, QStringLiteral("the file does not exist; create one with "
                                                          "'costline-cli demo --out FILE' or import into a new path"));
        return nullptr;
    }
    int flags = mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == OpenMode::CreateIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        *error = describeOpenFailure(path, sqliteError(db) + QStringLiteral("; check the path and its permissions"));
        sqlite3_close_v2(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 5000);
    std::unique_ptr<Workspace> ws(new Workspace(db, path));
    const int appId = pragmaInt(db, "application_id");
    if (appId < 0) {
        *error = describeOpenFailure(path, QStringLiteral("it is not a Costline workspace (not a SQLite database)"));
        return nullptr;
    }
    const int version = ws->schemaVersion();
    if (appId != kWorkspaceApplicationId && (appId != 0 || version != 0 || pragmaInt(db, "schema_version") != 0)) {
        *error = describeOpenFailure(path, QStringLiteral("it is a SQLite database of another application, not a Costline workspace"));
        return nullptr;
    }
    if (version > latestSchemaVersion()) {
        *error = describeOpenFailure(path, QStringLiteral("it was written by a newer Costline (schema %1, this "
                                                          "build reads up to %2); update Costline")
                                               .arg(version)
                                               .arg(latestSchemaVersion()));
        return nullptr;
    }
    if (mode != OpenMode::ReadOnly) {
        execSql(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
        if (!ws->migrate(error))
            return nullptr;
    } else if (version < latestSchemaVersion()) {
        *error = describeOpenFailure(path, QStringLiteral("it needs a schema upgrade, which a read-only file cannot take; "
                                                          "open a writable copy"));
        return nullptr;
    }
    execSql(db, "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;");
    return ws;
}

int Workspace::schemaVersion() const
{
    return pragmaInt(m_db, "user_version");
}

bool Workspace::migrate(QString *error)
{
    const QByteArrayList &migrations = schemaMigrations();
    for (int version = schemaVersion(); version < migrations.size(); ++version) {
        QString why;
        if (!begin(&why)
            || !execSql(m_db, migrations.at(version), &why)
            || !execSql(m_db, "PRAGMA application_id=" + QByteArray::number(kWorkspaceApplicationId), &why)
            || !execSql(m_db, "PRAGMA user_version=" + QByteArray::number(version + 1), &why)
            || !commit(&why)) {
            rollback();
            *error = describeOpenFailure(m_path, QStringLiteral("upgrading to schema %1 failed: %2").arg(version + 1).arg(why));
            return false;
        }
    }
    return true;
}

bool Workspace::begin(QString *error)
{
    return execSql(m_db, "BEGIN IMMEDIATE", error);
}

bool Workspace::commit(QString *error)
{
    return execSql(m_db, "COMMIT", error);
}

void Workspace::rollback()
{
    if (!sqlite3_get_autocommit(m_db))
        execSql(m_db, "ROLLBACK");
    m_dimensions->forgetUncommitted();
}

QString Workspace::setting(const QString &key, const QString &fallback) const
{
    SqliteStatement st(m_db, "SELECT value FROM settings WHERE key = ?");
    st.bind(0, key);
    return st.step() ? st.text(0) : fallback;
}

bool Workspace::setSetting(const QString &key, const QString &value)
{
    SqliteStatement st(m_db, "INSERT INTO settings(key, value) VALUES(?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(0, key);
    st.bind(1, value);
    return st.exec();
}

} // namespace costline
