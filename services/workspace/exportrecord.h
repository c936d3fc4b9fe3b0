#pragma once

#include <QJsonObject>
#include <QString>

namespace costline {

class Workspace;
struct EventFilter;

// Lower-case hex SHA-256 of a file's bytes; empty when it cannot be read.
QString fileSha256(const QString &path);

// Records a file the workbench exported (usage events, cost drivers) in the audit trail as
// "export.<what>" with its path, rows, SHA-256 and `details`. When it cannot be recorded
// the file is deleted again, so nothing leaves unrecorded; false and *error then.
bool recordExport(Workspace &workspace, const QString &what, const QString &path, qint64 rows, QJsonObject details,
                  QString *error);

// A filter as export details: {"from":"2026-09-01","to":"2026-09-30","where":{"team":["search"]}}.
QJsonObject filterAuditJson(const EventFilter &filter);

} // namespace costline
