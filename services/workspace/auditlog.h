#pragma once

#include "auditentry.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <limits>
#include <optional>

namespace costline {

class Workspace;

// A change to record: what was done to which object, and the object before and after as
// JSON objects or arrays (undefined: none, as for an addition or a removal).
struct AuditChange
{
    QString action;  // "budget.change"
    QString object;  // "budget:all-ai"
    QJsonValue before;
    QJsonValue after;
    qint64 atMs = 0; // 0: now
};

// The last entry the trail holds, kept apart from the entries so that an entry cut off the
// end of the chain is missed.
struct AuditHead
{
    qint64 seq = 0;
    QByteArray hash;
};

// The workspace's audit trail: appends entries to the hash chain and reads them back.
class AuditLog final
{
public:
    explicit AuditLog(Workspace &workspace) : m_workspace(workspace) {}

    // Appends `change` as the next entry, by the operating-system user. Runs inside the
    // caller's write transaction (see AuditedWrite) so that it is committed, or rolled back,
    // with the change it describes; false and *error otherwise.
    bool append(const AuditChange &change, QString *error);

    // Entries recorded from `fromMs` to `toMs` inclusive, in chain order.
    QList<AuditEntry> entries(qint64 fromMs = std::numeric_limits<qint64>::min(),
                              qint64 toMs = std::numeric_limits<qint64>::max()) const;
    std::optional<AuditHead> head() const;
    qint64 count() const;

private:
    Workspace &m_workspace;
};

} // namespace costline
