#include "auditverifier.h"

namespace costline {
namespace {

AuditVerification broken(AuditVerification v, qint64 seq, const QString &problem)
{
    v.intact = false;
    v.brokenSeq = seq;
    v.problem = problem;
    return v;
}

QString shortHash(const QByteArray &hash)
{
    return QString::fromLatin1(hash.left(12)) + QStringLiteral("…");
}

// Why `e` cannot be the entry after `previous`; empty when it can.
QString linkProblem(const AuditEntry &e, const AuditHead &previous)
{
    if (e.seq > previous.seq + 1 && previous.seq == 0)
        return QStringLiteral("%1 missing: the trail starts at entry %2 (entries were deleted)")
            .arg(e.seq == 2 ? QStringLiteral("entry 1 is") : QStringLiteral("entries 1–%1 are").arg(e.seq - 1))
            .arg(e.seq);
    if (e.seq > previous.seq + 1)
        return e.seq == previous.seq + 2
                   ? QStringLiteral("entry %1 is missing: entry %2 is followed by entry %3 (an entry was deleted)")
                         .arg(previous.seq + 1).arg(previous.seq).arg(e.seq)
                   : QStringLiteral("entries %1–%2 are missing: entry %3 is followed by entry %4 (entries were deleted)")
                         .arg(previous.seq + 1).arg(e.seq - 1).arg(previous.seq).arg(e.seq);
    if (e.seq <= previous.seq)
        return QStringLiteral("entry %1 is out of place: entry %2 was expected (an entry was inserted)").arg(e.seq).arg(previous.seq + 1);
    if (auditEntryHash(e) != e.hash)
        return QStringLiteral("entry %1 does not match its hash: it was changed after it was recorded, or moved").arg(e.seq);
    if (e.previousHash != previous.hash)
        return QStringLiteral("entry %1 does not follow entry %2: it names %3 as the hash before it, but entry %2's hash is %4 "
                              "(an entry was inserted, replaced or reordered)")
            .arg(e.seq).arg(previous.seq).arg(shortHash(e.previousHash), shortHash(previous.hash));
    return {};
}

} // namespace

AuditVerification verifyAuditTrail(Workspace &workspace)
{
    AuditLog log(workspace);
    AuditVerification v;
    v.head = AuditHead{0, auditGenesisHash()};
    const QList<AuditEntry> entries = log.entries();
    v.entries = entries.size();
    for (const AuditEntry &e : entries) {
        // A gap is named by its first missing number, anything else by the entry that fails.
        if (const QString problem = linkProblem(e, v.head); !problem.isEmpty())
            return broken(v, e.seq > v.head.seq + 1 ? v.head.seq + 1 : e.seq, problem);
        v.head = AuditHead{e.seq, e.hash};
    }
    const std::optional<AuditHead> recorded = log.head();
    if (!recorded)
        return v.head.seq == 0 ? v
                               : broken(v, v.head.seq, QStringLiteral("the trail's head record is missing after entry %1: "
                                                                      "it was deleted").arg(v.head.seq));
    if (recorded->seq > v.head.seq)
        return broken(v, v.head.seq + 1, recorded->seq == v.head.seq + 1
                                             ? QStringLiteral("entry %1 is missing: the trail ends at entry %2 but entry %1 was "
                                                              "recorded (the last entry was deleted)").arg(recorded->seq).arg(v.head.seq)
                                             : QStringLiteral("entries %1–%2 are missing: the trail ends at entry %3 (entries were "
                                                              "deleted from the end)").arg(v.head.seq + 1).arg(recorded->seq).arg(v.head.seq));
    if (recorded->seq != v.head.seq || recorded->hash != v.head.hash)
        return broken(v, v.head.seq, QStringLiteral("entry %1 is not the entry the trail's head records (entry %2, hash %3): "
                                                    "the head or the last entry was changed")
                                         .arg(v.head.seq).arg(recorded->seq).arg(shortHash(recorded->hash)));
    return v;
}

} // namespace costline
