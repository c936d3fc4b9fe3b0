#include "sourcesyncer.h"

#include "core/utctime.h"
#include "httpfetcher.h"
#include "jsonfields.h"
#include "retiredrows.h"
#include "workspace/billingstore.h"
#include "workspace/ingestsession.h"
#include "workspace/workspace.h"

namespace costline {
namespace {

// How providers answer a page token that expired or belongs to another query.
bool isStalePageToken(const FetchResult &fetched)
{
    return fetched.failure == FetchResult::Failure::Http
           && (fetched.status == 400 || fetched.status == 404 || fetched.status == 410 || fetched.status == 422);
}

} // namespace

SourceSyncer::SourceSyncer(Workspace &workspace, const SourceConfig &config, const Connector &connector,
                           HttpFetcher &fetcher, const std::atomic_bool *cancelled, SyncProgressFn progress)
    : m_workspace(workspace), m_config(config), m_connector(connector), m_fetcher(fetcher), m_cancelled(cancelled),
      m_progress(std::move(progress)), m_cursor(SyncCursor::fromJson(config.cursorJson))
{
    m_result.source = config.name;
}

EndpointCursor SourceSyncer::startRun(const EndpointCursor &cursor, qint64 nowMs) const
{
    if (cursor.inRun())
        return cursor; // resume the run a kill or failure interrupted
    EndpointCursor run = cursor;
    // Providers revise recent buckets: every run re-reads the look-back window.
    const qint64 start = cursor.doneUntilMs > 0 ? cursor.doneUntilMs - qint64(m_config.lookbackDays) * kMsPerDay
                                                : nowMs - qint64(m_config.backfillDays) * kMsPerDay;
    run.runStartMs = utc::dayOf(start) * kMsPerDay;
    run.runEndMs = nowMs;
    run.page.clear();
    return run;
}

bool SourceSyncer::fail(const QString &endpoint, int pageNumber, const QString &why)
{
    m_result.error = QStringLiteral("source '%1', endpoint %2, page %3: %4")
                         .arg(m_config.name, endpoint)
                         .arg(pageNumber)
                         .arg(why);
    return false;
}

QString SourceSyncer::refusedMessage(const QString &what) const
{
    return QStringLiteral("the key for source '%1' was refused (%2); store a valid key for it in "
                          "Sources & provider keys%3 and sync again")
        .arg(m_config.name, what,
             m_config.apiKeyEnv.isEmpty() ? QString() : QStringLiteral(" or in $%1").arg(m_config.apiKeyEnv));
}

bool SourceSyncer::syncEndpoint(const QString &endpoint, qint64 nowMs)
{
    EndpointCursor cursor = startRun(m_cursor.endpoint(endpoint), nowMs);
    for (int pageNumber = 1; cursor.inRun(); ++pageNumber) {
        if (m_cancelled && m_cancelled->load()) {
            m_result.cancelled = true;
            return fail(endpoint, pageNumber, QStringLiteral("cancelled; the pages before were saved"));
        }
        const SyncWindow window{cursor.runStartMs, cursor.runEndMs};
        const FetchResult fetched = m_fetcher.get(m_connector.request(endpoint, window, cursor.page));
        if (fetched.failure == FetchResult::Failure::Refused) {
            m_result.error = refusedMessage(fetched.error);
            return false;
        }
        if (pageNumber == 1 && !cursor.page.isEmpty() && isStalePageToken(fetched)) {
            // A resumed run whose page token the provider no longer knows: read its window
            // again from the start; replace semantics keep that exact.
            cursor.page.clear();
            --pageNumber;
            continue;
        }
        if (fetched.failure == FetchResult::Failure::Cancelled)
            m_result.cancelled = true;
        if (!fetched.ok())
            return fail(endpoint, pageNumber, fetched.error + QStringLiteral("; nothing from this page was saved, sync again to resume"));
        QString why;
        const auto doc = json::parseExact(fetched.body, &why);
        ParsedPage page;
        if (!doc || !m_connector.parse(endpoint, *doc, window, cursor.page, &page, &why))
            return fail(endpoint, pageNumber, why + QStringLiteral("; nothing from this page was saved, sync again to resume"));
        EndpointCursor next = cursor;
        if (page.hasMore) {
            next.page = page.nextPage;
        } else {
            next = EndpointCursor{};
            next.doneUntilMs = cursor.runEndMs;
        }
        if (!commitPage(endpoint, pageNumber, page, next))
            return false;
        cursor = next;
    }
    return true;
}

bool SourceSyncer::commitPage(const QString &endpoint, int pageNumber, const ParsedPage &page, const EndpointCursor &next)
{
    IngestSession session(m_workspace, m_config.name, m_config.kind);
    QString error;
    if (!session.begin(&error))
        return fail(endpoint, pageNumber, error);
    const QString origin = m_config.name + QLatin1Char(' ') + endpoint;
    for (const UsageEvent &event : page.events) {
        QString reason;
        session.add(event, &reason);
        if (session.databaseFailed())
            return fail(endpoint, pageNumber, reason);
        if (!reason.isEmpty())
            session.quarantine(origin, pageNumber, reason, event.eventId);
    }
    for (const RowProblem &problem : page.rejected)
        session.quarantine(origin, pageNumber, problem.reason, problem.raw);
    BillingStore billing(m_workspace);
    for (const BillingLine &line : page.billing) {
        if (!billing.upsert(session.sourceId(), line, &error))
            return fail(endpoint, pageNumber, error);
    }
    qint64 retired = 0;
    if (!retireMissingRows(m_workspace, session, page, &error, &retired))
        return fail(endpoint, pageNumber, error);
    SyncCursor cursor = m_cursor;
    cursor.setEndpoint(endpoint, next);
    // The cursor moves in the same transaction as the rows it covers.
    if (!SourceConfigStore(m_workspace).saveCursor(session.sourceId(), cursor.toJson(), &error) || !session.commit(&error))
        return fail(endpoint, pageNumber, error);
    m_cursor = cursor;
    ++m_result.pages;
    m_result.inserted += session.inserted();
    m_result.updated += session.updated();
    m_result.quarantined += session.quarantined();
    m_result.billingLines += page.billing.size();
    m_result.retired += retired;
    m_result.rows += session.inserted() + session.updated() + page.billing.size();
    if (m_progress)
        m_progress(m_config.name, m_result.pages, m_result.rows);
    return true;
}

SourceSyncResult SourceSyncer::run(qint64 nowMs)
{
    for (const QString &endpoint : m_connector.endpoints()) {
        if (!syncEndpoint(endpoint, nowMs))
            return m_result;
    }
    m_result.ok = true;
    return m_result;
}

} // namespace costline
