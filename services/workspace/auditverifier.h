#pragma once

#include "auditlog.h"

#include <QString>

namespace costline {

class Workspace;

// What checking the audit trail's chain found.
struct AuditVerification
{
    bool intact = true;
    qint64 entries = 0; // entries in the trail
    AuditHead head;     // the last entry checked (seq 0: the trail is empty)
    qint64 brokenSeq = 0; // the first entry that fails the check; 0 when intact
    QString problem;      // what is wrong with it and what that means; empty when intact
};

// Walks the chain from entry 1: every entry must carry the next number, hash to the hash it
// carries, and name the hash of the entry before it; the last must be the head. Names the
// first entry an edit, a deletion, an insertion or a reordering broke.
AuditVerification verifyAuditTrail(Workspace &workspace);

} // namespace costline
