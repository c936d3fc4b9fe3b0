#include "core/dimension.h"
#include "core/money.h"
#include "core/utctime.h"
#include "healthquery.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace costline {
namespace {

struct SourceDays
{
    qint64 id = 0;
    QString name;
    QString kind;
    qint64 lastSuccessMs = 0;
    qint64 autoSyncMinutes = 0;
    qint64 firstDay = 0; // of all its data, not only the range
    qint64 lastDay = -1;
    QSet<qint64> daysInRange;
    qint64 costInRangeNano = 0;
};

bool isConnector(const QString &kind)
{
    static const QSet<QString> kConnectors{QStringLiteral("openai"), QStringLiteral("anthropic"),
                                           QStringLiteral("gateway"), QStringLiteral("litellm")};
    return kConnectors.contains(kind);
}

QList<SourceDays> readSources(Workspace &workspace, const HealthRequest &request)
{
    QList<SourceDays> sources;
    QHash<qint64, qsizetype> index;
    SqliteStatement st(workspace.db(), "SELECT id, name, kind, coalesce(last_success_ms, 0), auto_sync_minutes"
                                       " FROM sources ORDER BY name");
    while (st.step()) {
        index.insert(st.int64(0), sources.size());
        SourceDays s;
        s.id = st.int64(0);
        s.name = st.text(1);
        s.kind = st.text(2);
        s.lastSuccessMs = st.int64(3);
        s.autoSyncMinutes = st.int64(4);
        sources << s;
    }
    // Per source and day from the source's own rollup (a source is a dimension whose value
    // id is the source id): one row per day, where the tuple rollup has thousands.
    SqliteStatement days(workspace.db(), "SELECT value_id, day, events, cost FROM rollup_dim WHERE dim = ?");
    days.bind(0, qint64(Dimension::Source));
    while (days.step()) {
        const auto at = index.constFind(days.int64(0));
        if (at == index.constEnd() || days.int64(2) == 0)
            continue;
        SourceDays &s = sources[*at];
        const qint64 day = days.int64(1);
        s.firstDay = s.lastDay < 0 ? day : qMin(s.firstDay, day);
        s.lastDay = qMax(s.lastDay, day);
        if (day >= request.fromDay && day <= request.toDay) {
            s.daysInRange.insert(day);
            s.costInRangeNano += days.int64(3);
        }
    }
    return sources;
}

HealthCheck freshness(const SourceDays &s, qint64 nowMs)
{
    HealthCheck c = makeCheck(QStringLiteral("freshness"), capability::dataHealth(), s.name);
    const qint64 intervalMs = s.autoSyncMinutes > 0 ? s.autoSyncMinutes * 60'000
                              : isConnector(s.kind) ? kMsPerDay
                                                    : 7 * kMsPerDay;
    if (s.lastDay > utc::dayOf(nowMs)) {
        c.status = CheckStatus::Warn;
        c.reason = QCoreApplication::translate("costline::Health", "%1 has data dated %2, after today")
                       .arg(s.name, utc::formatDate(s.lastDay));
        c.action = QCoreApplication::translate("costline::Health", "Check the clock and time zone of %1's exporter").arg(s.name);
        return c;
    }
    // A file source never syncs: the end of its newest day is its last sign of life, and
    // data of today is as fresh as now.
    const qint64 lastSeenMs = qMin(nowMs, qMax(s.lastSuccessMs, s.lastDay >= 0 ? (s.lastDay + 1) * kMsPerDay : 0));
    if (lastSeenMs == 0) {
        c.status = CheckStatus::Fail;
        c.reason = QCoreApplication::translate("costline::Health", "%1 has never synced").arg(s.name);
        c.action = QCoreApplication::translate("costline::Health", "Check the source's provider key and run a sync");
        return c;
    }
    const double intervals = double(nowMs - lastSeenMs) / double(intervalMs);
    c.status = statusAtMost(intervals, 1, threshold::kFreshWarnIntervals);
    c.reason = QCoreApplication::translate("costline::Health", "last data or sync %1 h ago; expected every %2 h")
                   .arg((nowMs - lastSeenMs) / 3'600'000)
                   .arg(intervalMs / 3'600'000);
    if (c.status != CheckStatus::Pass)
        c.action = isConnector(s.kind) ? QCoreApplication::translate("costline::Health", "Sync %1 (Sources & provider keys) and check its last error").arg(s.name)
                                       : QCoreApplication::translate("costline::Health", "Import the newest export of %1").arg(s.name);
    return c;
}

HealthCheck completeness(const SourceDays &s, const HealthRequest &request)
{
    HealthCheck c = makeCheck(QStringLiteral("completeness"), capability::dataHealth(), s.name);
    const qint64 from = qMax(request.fromDay, s.firstDay);
    // Today is still arriving: it counts as missing only once it is over.
    const qint64 to = qMin(request.toDay, qMax(s.lastDay, utc::dayOf(request.nowMs) - 1));
    const qint64 expected = qMax<qint64>(0, to - from + 1);
    const qint64 missing = expected - qint64(s.daysInRange.size());
    c.status = statusAtMost(double(missing), 0, double(threshold::kMissingDaysWarn));
    c.reason = missing == 0 ? QCoreApplication::translate("costline::Health", "data on all %1 days").arg(expected)
                            : QCoreApplication::translate("costline::Health", "%1 of %2 days have no data").arg(missing).arg(expected);
    if (missing > 0) {
        const qint64 present = qMax<qint64>(1, s.daysInRange.size());
        c.moneyAtStakeNano = s.costInRangeNano / present * missing; // an average day per missing day
        c.action = QCoreApplication::translate("costline::Health", "Backfill %1 for the missing days (sync with a longer backfill, or import them)").arg(s.name);
    }
    return c;
}

} // namespace

QList<HealthCheck> sourceChecks(Workspace &workspace, const HealthRequest &request)
{
    QList<HealthCheck> checks;
    for (const SourceDays &s : readSources(workspace, request)) {
        if (s.lastDay < 0 && !isConnector(s.kind))
            continue; // a file source that delivered nothing yet has nothing to judge
        checks << freshness(s, request.nowMs);
        if (s.lastDay >= 0 && s.lastDay >= request.fromDay - 1)
            checks << completeness(s, request);
    }
    return checks;
}

} // namespace costline
