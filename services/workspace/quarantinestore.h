#pragma once

#include <QList>
#include <QString>

namespace costline {

class Workspace;

struct QuarantinedRow
{
    qint64 id = 0;
    QString source;
    QString file;
    qint64 line = 0;
    QString reason;
    QString raw;
    qint64 createdMs = 0;
};

// Rows an importer refused, kept with where they came from and why, for Data health and
// `costline-cli quarantine list`.
class QuarantineStore final
{
public:
    explicit QuarantineStore(Workspace &workspace) : m_workspace(workspace) {}

    QList<QuarantinedRow> list(int limit) const;
    // Keeps a refused row with where it came from and why; false and *error on failure.
    bool add(qint64 sourceId, const QString &file, qint64 line, const QString &reason, const QByteArray &raw, QString *error);
    qint64 count() const;
    // Forgets what an earlier import of `file` into the source refused, inside the caller's
    // transaction: a file imported again quarantines its bad rows again, never twice.
    bool forgetFile(qint64 sourceId, const QString &file);

private:
    Workspace &m_workspace;
};

} // namespace costline
