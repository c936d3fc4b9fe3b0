#pragma once

#include "auditlog.h"

#include <QList>

namespace costline {

class Workspace;

// One change to the workspace and the audit entries that describe it, committed together
// or not at all. Outside a transaction it opens one (BEGIN IMMEDIATE, so the chain's next
// number cannot be taken twice); inside the caller's (an import creating its source) it
// opens a savepoint, and the caller's commit carries both.
class AuditedWrite final
{
public:
    explicit AuditedWrite(Workspace &workspace) : m_workspace(workspace) {}
    ~AuditedWrite();
    AuditedWrite(const AuditedWrite &) = delete;
    AuditedWrite &operator=(const AuditedWrite &) = delete;

    bool begin(QString *error);
    // Appends the entries and commits the change with them; on failure nothing stays and
    // *error says why. No entries: the change is committed unrecorded (nothing changed).
    bool commit(const QList<AuditChange> &changes, QString *error);
    bool commit(const AuditChange &change, QString *error) { return commit(QList<AuditChange>{change}, error); }
    // Undoes the change; the destructor does the same for a write never committed.
    void rollback();

private:
    Workspace &m_workspace;
    bool m_open = false;
    bool m_savepoint = false;
};

} // namespace costline
