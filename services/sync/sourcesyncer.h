#pragma once

#include "connector.h"
#include "sourceconfig.h"
#include "synccursor.h"
#include "syncresult.h"

#include <atomic>
#include <functional>

namespace costline {

class HttpFetcher;
class Workspace;

// Called after each committed page: the source, pages and rows so far.
using SyncProgressFn = std::function<void(const QString &source, qint64 pages, qint64 rows)>;

// Syncs one source: for each endpoint, reads the pages of a window (a backfill the first
// time, then from the last completed run minus the look-back) and commits each page's
// rows together with the cursor that points past it. A failed page commits nothing.
class SourceSyncer final
{
public:
    SourceSyncer(Workspace &workspace, const SourceConfig &config, const Connector &connector, HttpFetcher &fetcher,
                 const std::atomic_bool *cancelled, SyncProgressFn progress);

    SourceSyncResult run(qint64 nowMs);

private:
    EndpointCursor startRun(const EndpointCursor &cursor, qint64 nowMs) const;
    bool syncEndpoint(const QString &endpoint, qint64 nowMs);
    bool commitPage(const QString &endpoint, int pageNumber, const ParsedPage &page, const EndpointCursor &next);
    bool fail(const QString &endpoint, int pageNumber, const QString &why);
    QString refusedMessage(const QString &what) const;

    Workspace &m_workspace;
    SourceConfig m_config;
    const Connector &m_connector;
    HttpFetcher &m_fetcher;
    const std::atomic_bool *m_cancelled;
    SyncProgressFn m_progress;
    SyncCursor m_cursor;
    SourceSyncResult m_result;
};

} // namespace costline
