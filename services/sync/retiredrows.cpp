#include "retiredrows.h"

#include "core/dimension.h"
#include "workspace/ingestsession.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QSet>

namespace costline {
namespace {

// Stored events of the session's source at the bucket's start whose id has the prefix,
// with their dimension texts, so a zeroed replacement keeps the same tuple.
QByteArray storedEventsSql()
{
    QByteArray sql = "SELECT e.event_id";
    for (int d = 1; d < kDimensionCount; ++d)
        sql += ", coalesce((SELECT value FROM dim_values WHERE id = t." + dimensionColumn(Dimension(d)).toLatin1() + "), '')";
    return sql + " FROM events e JOIN dim_tuples t ON t.id = e.tuple_id"
                 " WHERE t.source_id = ? AND e.id BETWEEN ? AND ? AND substr(e.event_id, 1, ?) = ?";
}

bool retireEvents(Workspace &workspace, IngestSession &session, const ParsedPage &page, QString *error, qint64 *retired)
{
    QSet<QByteArray> present;
    for (const UsageEvent &e : page.events)
        present.insert(e.eventId);
    SqliteStatement st(workspace.db(), storedEventsSql());
    QList<UsageEvent> gone;
    for (const CoveredBucket &bucket : page.coveredBuckets) {
        st.bind(0, session.sourceId());
        st.bind(1, eventIdFloor(bucket.startMs));
        st.bind(2, eventIdFloor(bucket.startMs + 1) - 1);
        st.bind(3, qint64(bucket.keyPrefix.size()));
        st.bind(4, bucket.keyPrefix);
        while (st.step()) {
            if (present.contains(st.bytes(0)))
                continue;
            UsageEvent zero; // no tokens, no requests, no money: what the provider now says
            zero.eventId = st.bytes(0);
            zero.timestampMs = bucket.startMs;
            zero.requests = 0;
            for (int d = 1; d < kDimensionCount; ++d)
                zero.dims[size_t(d)] = st.bytes(d);
            gone.append(zero);
        }
        st.reset();
    }
    for (UsageEvent &zero : gone) {
        QString reason;
        session.add(std::move(zero), &reason);
        if (session.databaseFailed() || !reason.isEmpty()) {
            *error = QStringLiteral("retiring a row the provider no longer lists failed: %1").arg(reason);
            return false;
        }
        ++*retired;
    }
    return true;
}

bool retireBillingLines(Workspace &workspace, qint64 sourceId, const ParsedPage &page, QString *error, qint64 *retired)
{
    QSet<QByteArray> present;
    for (const BillingLine &line : page.billing)
        present.insert(line.lineKey);
    SqliteStatement find(workspace.db(), "SELECT id, line_key FROM billing_lines WHERE source_id = ? AND start_ms = ?"
                                         " AND substr(line_key, 1, ?) = ?");
    SqliteStatement remove(workspace.db(), "DELETE FROM billing_lines WHERE id = ?");
    for (const CoveredBucket &bucket : page.coveredBuckets) {
        find.bind(0, sourceId);
        find.bind(1, bucket.startMs);
        find.bind(2, qint64(bucket.keyPrefix.size()));
        find.bind(3, bucket.keyPrefix);
        QList<qint64> ids;
        while (find.step()) {
            if (!present.contains(find.bytes(1)))
                ids << find.int64(0);
        }
        find.reset();
        for (const qint64 id : ids) {
            remove.bind(0, id);
            if (!remove.exec()) {
                *error = remove.error();
                return false;
            }
            remove.reset();
            ++*retired;
        }
    }
    return true;
}

} // namespace

bool retireMissingRows(Workspace &workspace, IngestSession &session, const ParsedPage &page, QString *error, qint64 *retired)
{
    if (page.coveredBuckets.isEmpty())
        return true;
    return retireEvents(workspace, session, page, error, retired)
           && retireBillingLines(workspace, session.sourceId(), page, error, retired);
}

} // namespace costline
