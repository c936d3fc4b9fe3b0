#include "demooutcomes.h"

#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

namespace costline {

bool addDemoOutcomes(Workspace &workspace, qint64 nowMs, QString *error)
{
    // Per feature: the outcome kind, the share of traces (of 97) that produce one, and the
    // revenue per outcome in cents (0: none), varied ±50 % per outcome. Event ids carry the
    // timestamp in their high bits: an outcome lands a minute after its request.
    static const char kSql[] =
        "WITH k(feature, kind, share, cents) AS (VALUES"
        " ('ticket-summary', 'ticket_resolved', 55, 0), ('chat-assistant', 'conversation_resolved', 35, 0),"
        " ('code-review', 'pull_request_reviewed', 60, 0), ('lead-enrichment', 'lead_qualified', 25, 4000),"
        " ('doc-qa', 'question_answered', 70, 0), ('research-agent', 'report_delivered', 15, 0),"
        " ('email-draft', 'email_sent', 80, 0))"
        " INSERT OR REPLACE INTO outcomes(outcome_id, timestamp_ms, kind, trace_id, feature, customer, value)"
        " SELECT 'demo-' || e.event_id, (e.id >> 20) + 60000, k.kind,"
        " CASE WHEN e.id % 10 = 0 THEN NULL ELSE e.trace_id END, f.value, c.value,"
        " CASE WHEN k.cents > 0 THEN k.cents * (50 + e.id % 101) * 100000 ELSE NULL END"
        " FROM events e JOIN dim_tuples t ON t.id = e.tuple_id JOIN dim_values f ON f.id = t.feature_id"
        " LEFT JOIN dim_values c ON c.id = t.customer_id JOIN k ON k.feature = f.value"
        " WHERE e.trace_id IS NOT NULL AND e.id % 97 < k.share AND (e.id >> 20) + 60000 <= ?";
    if (!workspace.begin(error))
        return false;
    SqliteStatement insert(workspace.db(), kSql);
    insert.bind(0, nowMs);
    if (!insert.exec()) {
        *error = insert.error();
        workspace.rollback();
        return false;
    }
    return workspace.commit(error);
}

} // namespace costline
