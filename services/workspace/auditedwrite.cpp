#include "auditedwrite.h"

#include "sqlitestatement.h"
#include "workspace.h"

#include <sqlite3.h>

namespace costline {

AuditedWrite::~AuditedWrite()
{
    rollback();
}

bool AuditedWrite::begin(QString *error)
{
    m_savepoint = sqlite3_get_autocommit(m_workspace.db()) == 0;
    m_open = m_savepoint ? execSql(m_workspace.db(), "SAVEPOINT audited_write", error) : m_workspace.begin(error);
    return m_open;
}

bool AuditedWrite::commit(const QList<AuditChange> &changes, QString *error)
{
    if (!m_open) {
        *error = QStringLiteral("the change was not started");
        return false;
    }
    AuditLog log(m_workspace);
    for (const AuditChange &change : changes) {
        if (!log.append(change, error)) {
            rollback();
            return false;
        }
    }
    const bool committed = m_savepoint ? execSql(m_workspace.db(), "RELEASE audited_write", error) : m_workspace.commit(error);
    if (!committed) {
        rollback();
        return false;
    }
    m_open = false;
    return true;
}

void AuditedWrite::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_savepoint)
        execSql(m_workspace.db(), "ROLLBACK TO audited_write; RELEASE audited_write");
    else
        m_workspace.rollback();
}

} // namespace costline
