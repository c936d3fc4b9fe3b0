#include "connectioncheck.h"

#include "connector.h"
#include "core/utctime.h"
#include "httpfetcher.h"
#include "jsonfields.h"

#include <QDateTime>

namespace costline {

ConnectionCheck checkConnection(const SourceConfig &config, const QByteArray &apiKey, qint64 timeoutMs)
{
    const std::unique_ptr<Connector> connector = makeConnector(config, apiKey);
    if (!connector)
        return {false, QStringLiteral("'%1' is not a connector kind").arg(config.kind)};
    RetryPolicy once;
    once.maxAttempts = 1;
    once.timeoutMs = timeoutMs;
    HttpFetcher fetcher(once, nullptr);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const SyncWindow window{utc::dayOf(now) * kMsPerDay, now};
    const QString endpoint = connector->endpoints().first();
    const FetchResult fetched = fetcher.get(connector->request(endpoint, window, QString()));
    if (fetched.failure == FetchResult::Failure::Refused)
        return {false, QStringLiteral("the key was refused (%1); check it is an admin key with usage access").arg(fetched.error)};
    if (!fetched.ok())
        return {false, QStringLiteral("%1; check the base URL and the network").arg(fetched.error)};
    QString why;
    const auto doc = json::parseExact(fetched.body, &why);
    ParsedPage page;
    if (!doc || !connector->parse(endpoint, *doc, window, QString(), &page, &why))
        return {false, QStringLiteral("the answer from %1 is not what a %2 source sends: %3").arg(endpoint, config.kind, why)};
    return {true, QStringLiteral("connected: %1 answered with %2 records for today").arg(endpoint).arg(page.events.size() + page.billing.size())};
}

} // namespace costline
