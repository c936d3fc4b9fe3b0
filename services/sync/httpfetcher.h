#pragma once

#include "retrypolicy.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace costline {

struct FetchResult
{
    enum class Failure { None, Refused, Http, Network, Timeout, Cancelled };

    Failure failure = Failure::None;
    int status = 0;
    QByteArray body;
    QString error; // what failed, without the request's headers (they carry the key)
    int attempts = 0;

    bool ok() const { return failure == Failure::None; }
};

// GETs one URL with the retry policy: 429 waits as long as Retry-After says, 5xx,
// timeouts and dropped connections back off exponentially with jitter, 401/403 fail at
// once. Blocks the calling thread (a sync worker) in a local event loop; cancel at any
// moment through the flag.
class HttpFetcher final
{
public:
    HttpFetcher(RetryPolicy policy, const std::atomic_bool *cancelled);
    ~HttpFetcher();

    FetchResult get(const QNetworkRequest &request);

private:
    FetchResult attempt(const QNetworkRequest &request, qint64 *retryAfterMs);
    // Sleeps in small steps; false when cancelled meanwhile.
    bool pause(qint64 ms);
    bool isCancelled() const { return m_cancelled && m_cancelled->load(); }

    RetryPolicy m_policy;
    const std::atomic_bool *m_cancelled;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace costline
