#include "workspace.h"

#include "dimensioncatalog.h"
#include "schema.h"
#include "sqlitefailure.h"
#include "sqlitestatement.h"

#include <QFileInfo>
#include <QUrl>

#include <optional>

#include <sqlite3.h>

namespace costline {
namespace {

constexpr char kCreateOne[] = "create one with 'costline-cli demo --out FILE' or import into a new path";
constexpr char kChooseOne[] = "; choose a Costline workspace (.costline) instead";

// How an existing file can be opened. A file that cannot be written is opened immutable,
// so SQLite neither needs a -shm index beside it nor leaves one behind; asked-for
// read-only access to a writable file still sees other writers' journal.
enum class Access { ReadWrite, ReadOnly, Immutable };

Access accessFor(const QFileInfo &info, Workspace::OpenMode mode)
{
    if (!info.exists())
        return Access::ReadWrite;
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        return Access::Immutable;
    return mode == Workspace::OpenMode::ReadOnly ? Access::ReadOnly : Access::ReadWrite;
}

QString describeOpenFailure(const QString &path, const QString &why)
{
    return QStringLiteral("cannot open workspace %1: %2").arg(path, why);
}

// Why the file is refused before SQLite sees it; empty when it may be opened.
QString refusalBeforeOpening(const QFileInfo &info, Workspace::OpenMode mode, Access access)
{
    if (mode != Workspace::OpenMode::CreateIfMissing && !info.exists())
        return QStringLiteral("the file does not exist; %1").arg(QLatin1String(kCreateOne));
    // An empty file may be another program's; it only becomes a workspace by a new path.
    if (info.exists() && info.size() == 0)
        return QStringLiteral("the file is empty, not a Costline workspace; choose a workspace, or %1")
            .arg(QLatin1String(kCreateOne));
    // Changes still in the journal would be invisible to an immutable reader.
    if (access == Access::Immutable && QFileInfo(info.filePath() + QStringLiteral("-wal")).size() > 0)
        return QStringLiteral("it cannot be written and its journal %1-wal holds changes not yet merged into it; "
                              "make the file and its folder writable so Costline can merge them")
            .arg(info.filePath());
    return {};
}

sqlite3 *openSqlite(const QFileInfo &info, Workspace::OpenMode mode, Access access, QString *error)
{
    QByteArray name = info.filePath().toUtf8();
    int flags = access == Access::ReadWrite ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
    if (mode == Workspace::OpenMode::CreateIfMissing && access == Access::ReadWrite)
        flags |= SQLITE_OPEN_CREATE;
    if (access == Access::Immutable) {
        name = QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded() + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(name.constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        *error = describeOpenFailure(info.filePath(), sqliteError(db) + QStringLiteral("; check the path and its permissions"));
        sqlite3_close_v2(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 5000);
    return db;
}

// The first read of the file: its application id, or why it cannot be read.
std::optional<int> readApplicationId(sqlite3 *db, QString *why)
{
    SqliteStatement st(db, "PRAGMA application_id");
    if (st.step())
        return int(st.int64(0));
    *why = (sqlite3_errcode(db) & 0xff) == SQLITE_NOTADB
               ? QStringLiteral("it is not a Costline workspace (not a SQLite database)") + QLatin1String(kChooseOne)
               : st.error();
    return std::nullopt;
}

int pragmaInt(sqlite3 *db, const char *pragma)
{
    SqliteStatement st(db, QByteArray("PRAGMA ") + pragma);
    return st.step() ? int(st.int64(0)) : -1;
}

} // namespace

Workspace::Workspace(sqlite3 *db, QString path, bool readOnly)
    : m_db(db), m_path(std::move(path)), m_readOnly(readOnly), m_dimensions(std::make_unique<DimensionCatalog>(db))
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
    const Access access = accessFor(info, mode);
    if (const QString why = refusalBeforeOpening(info, mode, access); !why.isEmpty()) {
        *error = describeOpenFailure(path, why);
        return nullptr;
    }
    sqlite3 *db = openSqlite(info, mode, access, error);
    if (!db)
        return nullptr;
    std::unique_ptr<Workspace> ws(new Workspace(db, path, access != Access::ReadWrite));
    if (const QString why = ws->whyNotThisBuildsWorkspace(); !why.isEmpty()) {
        *error = describeOpenFailure(path, why);
        return nullptr;
    }
    if (!ws->m_readOnly) {
        execSql(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
        if (!ws->migrate(error))
            return nullptr;
    } else if (ws->schemaVersion() < latestSchemaVersion()) {
        *error = describeOpenFailure(path, QStringLiteral("it needs a schema upgrade, which a read-only file cannot take; "
                                                          "open a writable copy"));
        return nullptr;
    }
    execSql(db, "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;");
    return ws;
}

QString Workspace::whyNotThisBuildsWorkspace() const
{
    QString why;
    const std::optional<int> appId = readApplicationId(m_db, &why);
    if (!appId)
        return why;
    const int version = schemaVersion();
    if (*appId != kWorkspaceApplicationId && (*appId != 0 || version != 0 || pragmaInt(m_db, "schema_version") != 0))
        return QStringLiteral("it is a SQLite database of another application, not a Costline workspace") + QLatin1String(kChooseOne);
    if (version > latestSchemaVersion())
        return QStringLiteral("it was written by a newer Costline (schema %1, this build reads up to %2); update Costline")
            .arg(version)
            .arg(latestSchemaVersion());
    return {};
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
    if (m_readOnly) {
        if (error)
            *error = readOnlyWorkspaceAdvice(m_path);
        return false;
    }
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
