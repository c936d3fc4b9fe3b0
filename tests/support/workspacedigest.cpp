#include "workspacedigest.h"

#include "core/utctime.h"
#include "workspace/sqlitestatement.h"
#include "workspace/summaryquery.h"
#include "workspace/workspace.h"

#include <sqlite3.h>

namespace costline::test {
namespace {

// The rollups' sums, spelled over raw event columns (see WorkspaceFixture::rawEventTotals).
constexpr char kEventSums[] =
    "count(*), sum(e.requests), sum(e.input_tokens), sum(e.cached_input_tokens), sum(e.cache_write_tokens),"
    " sum(e.output_tokens), sum(e.reasoning_tokens), sum(coalesce(e.reported_cost, e.computed_cost, 0)),"
    " sum(e.reported_cost IS NULL AND e.computed_cost IS NULL),"
    " sum(CASE WHEN e.reported_cost IS NULL AND e.computed_cost IS NULL THEN e.input_tokens + e.output_tokens"
    " ELSE 0 END), sum(e.estimated), sum(coalesce(e.reported_cost, 0)), sum(coalesce(e.computed_cost, 0))";

constexpr char kRollupSums[] =
    "sum(events), sum(requests), sum(input_tokens), sum(cached_input_tokens), sum(cache_write_tokens),"
    " sum(output_tokens), sum(reasoning_tokens), sum(cost), sum(unpriced_events), sum(unpriced_tokens),"
    " sum(estimated_events), sum(reported_cost), sum(computed_cost)";

UsageTotals readTotals(const SqliteStatement &st, int firstColumn)
{
    UsageTotals t;
    for (int i = 0; i < UsageTotals::kFieldCount; ++i)
        t.field(i) = st.int64(firstColumn + i);
    return t;
}

void addGroup(QMap<QString, UsageTotals> &groups, const QString &key, const UsageTotals &totals)
{
    if (!totals.isZero())
        groups[key] += totals;
}

void readEventGroups(Workspace &ws, Dimension dim, QMap<QString, UsageTotals> &groups)
{
    const QByteArray column = dimensionColumn(dim).toUtf8();
    SqliteStatement st(ws.db(), QByteArray("SELECT (e.id >> 20) / 86400000, coalesce(v.value, ''), ") + kEventSums
                                    + " FROM events e JOIN dim_tuples t ON t.id = e.tuple_id"
                                      " LEFT JOIN dim_values v ON v.id = t." + column + " GROUP BY 1, 2");
    while (st.step())
        addGroup(groups, utc::formatDate(st.int64(0)) + u'|' + dimensionName(dim) + u'|' + st.text(1), readTotals(st, 2));
}

void readSummaryGroups(Workspace &ws, Dimension dim, QMap<QString, UsageTotals> &groups)
{
    SummaryQuery query(ws);
    const auto first = query.firstDay();
    const auto last = query.lastDay();
    if (!first || !last)
        return;
    const SummaryResult result = query.run(EventFilter{*first, *last, {}}, {Grouping{GroupKey::Day, Dimension::Provider},
                                                                           Grouping{GroupKey::Dim, dim}});
    for (const SummaryGroup &group : result.groups)
        addGroup(groups, group.key.value(0) + u'|' + dimensionName(dim) + u'|' + group.key.value(1), group.totals);
}

qint64 eventRows(Workspace &ws)
{
    SqliteStatement st(ws.db(), "SELECT count(*) FROM events");
    return st.step() ? st.int64(0) : -1;
}

} // namespace

WorkspaceDigest readWorkspaceDigest(const QString &path)
{
    QString error;
    auto ws = Workspace::open(path, Workspace::OpenMode::ExistingOnly, &error);
    WorkspaceDigest digest;
    if (!ws)
        return digest;
    digest.eventRows = eventRows(*ws);
    // Source is a workspace's own bookkeeping; every other dimension is attribution.
    for (int d = int(Dimension::Provider); d < kDimensionCount; ++d) {
        readEventGroups(*ws, Dimension(d), digest.fromEvents);
        readSummaryGroups(*ws, Dimension(d), digest.fromSummaries);
    }
    return digest;
}

QuickTotals readQuickTotals(const QString &path)
{
    QString error;
    auto ws = Workspace::open(path, Workspace::OpenMode::ExistingOnly, &error);
    QuickTotals quick;
    if (!ws)
        return quick;
    quick.eventRows = eventRows(*ws);
    SqliteStatement events(ws->db(), QByteArray("SELECT ") + kEventSums + " FROM events e");
    if (events.step())
        quick.fromEvents = readTotals(events, 0);
    SqliteStatement rollups(ws->db(), QByteArray("SELECT ") + kRollupSums + " FROM rollup_day");
    if (rollups.step())
        quick.fromRollups = readTotals(rollups, 0);
    return quick;
}

QString integrityCheck(const QString &path)
{
    sqlite3 *db = nullptr;
    QStringList found;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        SqliteStatement st(db, "PRAGMA integrity_check");
        while (st.step())
            found << st.text(0);
        if (!st.error().isEmpty())
            found << st.error();
    } else {
        found << sqliteError(db);
    }
    sqlite3_close_v2(db);
    return found.join(QStringLiteral("; "));
}

QString firstDifference(const WorkspaceDigest &actual, const WorkspaceDigest &expected)
{
    if (actual.eventRows != expected.eventRows)
        return QStringLiteral("event rows %1, expected %2").arg(actual.eventRows).arg(expected.eventRows);
    const auto differ = [](const QString &what, const QMap<QString, UsageTotals> &a, const QMap<QString, UsageTotals> &b) {
        for (auto it = b.cbegin(); it != b.cend(); ++it) {
            if (a.value(it.key()) != it.value())
                return QStringLiteral("%1 %2: %3 events, expected %4").arg(what, it.key()).arg(a.value(it.key()).events).arg(it->events);
        }
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            if (!b.contains(it.key()))
                return QStringLiteral("%1 %2: not expected").arg(what, it.key());
        }
        return QString();
    };
    const QString events = differ(QStringLiteral("raw events"), actual.fromEvents, expected.fromEvents);
    return events.isEmpty() ? differ(QStringLiteral("summaries"), actual.fromSummaries, expected.fromSummaries) : events;
}

} // namespace costline::test
