#include "sqlitefailure.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <sqlite3.h>
#include <sys/resource.h>

namespace costline {
namespace {

constexpr qint64 kNearlyFullBytes = 256LL * 1024 * 1024;

// A full disk, a quota or a file size limit: SQLite reports SQLITE_FULL for ENOSPC and a
// plain write error for the rest, with the errno often lost on the way.
bool isFailedWrite(sqlite3 *db)
{
    const int extended = sqlite3_extended_errcode(db);
    return (extended & 0xff) == SQLITE_FULL || extended == SQLITE_IOERR_WRITE || extended == SQLITE_IOERR_FSYNC
           || extended == SQLITE_IOERR_TRUNCATE || extended == SQLITE_IOERR_SHMSIZE;
}

QString whyTheWriteFailed(const QString &path)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        return QStringLiteral("files may not grow past %1 bytes here (a file size limit, ulimit -f); raise the limit "
                              "or free space, then try again")
            .arg(qulonglong(limit.rlim_cur));
    const qint64 free = QStorageInfo(QFileInfo(path).absolutePath()).bytesAvailable();
    if (free >= 0 && free < kNearlyFullBytes)
        return QStringLiteral("its disk is full (%1 MB free); free space on that disk, then try again").arg(free / (1024 * 1024));
    return QStringLiteral("the disk may be over a quota or failing; check it and free space, then try again");
}

} // namespace

QString adviceForSqliteFailure(sqlite3 *db)
{
    const char *file = sqlite3_db_filename(db, "main");
    const QString path = QDir::toNativeSeparators(QString::fromUtf8(file ? file : ""));
    if (isFailedWrite(db))
        return QStringLiteral("cannot write the workspace %1 or its journal: %2").arg(path, whyTheWriteFailed(path));
    const int primaryCode = sqlite3_errcode(db) & 0xff;
    if (primaryCode == SQLITE_READONLY)
        return readOnlyWorkspaceAdvice(path);
    if (primaryCode == SQLITE_CORRUPT || primaryCode == SQLITE_NOTADB)
        return QStringLiteral("the workspace %1 is damaged; restore it from a backup, or import the source files "
                              "into a new workspace")
            .arg(path);
    return {};
}

QString readOnlyWorkspaceAdvice(const QString &path)
{
    return QStringLiteral("the workspace %1 is read-only (the file or its folder cannot be written); make both "
                          "writable or work on a copy in a writable folder")
        .arg(path);
}

} // namespace costline
