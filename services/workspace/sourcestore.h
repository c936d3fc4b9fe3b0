#pragma once

#include <QList>
#include <QString>

namespace costline {

class Workspace;

struct SourceInfo
{
    qint64 id = 0;
    QString name;
    QString kind;
    qint64 lastSuccessMs = 0;
};

// The sources table: where events come from (a file importer, a provider connector).
class SourceStore final
{
public:
    explicit SourceStore(Workspace &workspace) : m_workspace(workspace) {}

    // Id of the named source, created with `kind` when missing; -1 on a database error.
    qint64 ensure(const QString &name, const QString &kind);
    QList<SourceInfo> list() const;
    void markSucceeded(qint64 sourceId, qint64 atMs);

private:
    Workspace &m_workspace;
};

} // namespace costline
