#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace costline {

// One entry of the workspace's audit trail: who changed what, when, from what to what, and
// the link to the entry before it. docs/audit-trail.md describes the chain.
struct AuditEntry
{
    qint64 seq = 0;  // 1, 2, 3, … without gaps
    qint64 atMs = 0; // UTC epoch milliseconds
    QString user;    // the operating-system account
    QString action;  // "budget.change"
    QString object;  // "budget:all-ai"
    std::optional<QByteArray> before; // compact JSON; none for an addition or a run
    std::optional<QByteArray> after;  // compact JSON; none for a removal
    QByteArray previousHash; // hex SHA-256 of the entry before; 64 zeros for the first
    QByteArray hash;         // hex SHA-256 of canonicalAuditBytes(*this)
};

// The previous-entry hash of entry 1.
QByteArray auditGenesisHash();

// The bytes an entry's hash covers: a version line, then every field but the hash in order
// (seq, at_ms, user, action, object, before, after, previous hash), each as
// "<byte length>:<UTF-8 bytes>\n", an absent before or after as "~\n".
QByteArray canonicalAuditBytes(const AuditEntry &entry);

// Lower-case hex SHA-256 of canonicalAuditBytes(entry).
QByteArray auditEntryHash(const AuditEntry &entry);

} // namespace costline
