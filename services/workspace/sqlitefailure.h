#pragma once

#include <QString>

struct sqlite3;

namespace costline {

// What the user can do about the last failure on `db`, naming the workspace file, when
// it is a failure of the file rather than of a query: no space left (a full disk or a
// file size limit), a read-only file or folder, a damaged file. Empty otherwise.
QString adviceForSqliteFailure(sqlite3 *db);

// Why a read-only workspace cannot take a change, and what to do.
QString readOnlyWorkspaceAdvice(const QString &path);

} // namespace costline
