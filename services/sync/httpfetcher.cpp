#include "httpfetcher.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace costline {
namespace {

constexpr int kCancelPollMs = 50;

bool isRetryable(const FetchResult &r)
{
    using F = FetchResult::Failure;
    return r.failure == F::Timeout || r.failure == F::Network || (r.failure == F::Http && (r.status == 429 || r.status >= 500));
}

QString endpointOf(const QNetworkRequest &request)
{
    // Path only: queries are harmless but long, and headers are never shown.
    return request.url().path();
}

} // namespace

HttpFetcher::HttpFetcher(RetryPolicy policy, const std::atomic_bool *cancelled)
    : m_policy(policy), m_cancelled(cancelled), m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setAutoDeleteReplies(false);
}

HttpFetcher::~HttpFetcher() = default;

bool HttpFetcher::pause(qint64 ms)
{
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + ms;
    while (!isCancelled()) {
        const qint64 left = until - QDateTime::currentMSecsSinceEpoch();
        if (left <= 0)
            return true;
        QEventLoop loop;
        QTimer::singleShot(int(qMin<qint64>(left, kCancelPollMs)), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return false;
}

FetchResult HttpFetcher::attempt(const QNetworkRequest &request, qint64 *retryAfterMs)
{
    QNetworkRequest req(request);
    req.setTransferTimeout(int(m_policy.timeoutMs));
    std::unique_ptr<QNetworkReply> reply(m_network->get(req));
    QEventLoop loop;
    QTimer poll;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (isCancelled())
            reply->abort();
    });
    poll.start(kCancelPollMs);
    if (!reply->isFinished())
        loop.exec();
    FetchResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    using F = FetchResult::Failure;
    if (isCancelled()) {
        r.failure = F::Cancelled;
        r.error = QStringLiteral("cancelled");
    } else if (r.status == 401 || r.status == 403) {
        r.failure = F::Refused;
        r.error = QStringLiteral("HTTP %1 at %2").arg(r.status).arg(endpointOf(request));
    } else if (r.status >= 400) {
        r.failure = F::Http;
        r.error = QStringLiteral("HTTP %1 at %2").arg(r.status).arg(endpointOf(request));
        *retryAfterMs = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentMSecsSinceEpoch()).value_or(-1);
    } else if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
        r.failure = F::Timeout;
        r.error = QStringLiteral("no answer from %1 within %2 s").arg(endpointOf(request)).arg(m_policy.timeoutMs / 1000.0);
    } else if (reply->error() != QNetworkReply::NoError) {
        r.failure = F::Network;
        r.error = QStringLiteral("%1 at %2").arg(reply->errorString(), endpointOf(request));
    }
    return r;
}

FetchResult HttpFetcher::get(const QNetworkRequest &request)
{
    FetchResult result;
    for (int n = 1; n <= m_policy.maxAttempts; ++n) {
        qint64 retryAfter = -1;
        result = attempt(request, &retryAfter);
        result.attempts = n;
        if (result.ok() || !isRetryable(result) || n == m_policy.maxAttempts)
            break;
        qint64 delay = m_policy.backoffMs(n + 1);
        if (result.status == 429 && retryAfter >= 0) {
            if (retryAfter > m_policy.maxRetryAfterMs) {
                result.error += QStringLiteral(": the provider asks to wait %1 s; sync again later").arg(retryAfter / 1000);
                return result;
            }
            delay = retryAfter;
        }
        if (!pause(delay)) {
            result.failure = FetchResult::Failure::Cancelled;
            result.error = QStringLiteral("cancelled");
            return result;
        }
    }
    if (!result.ok() && result.attempts > 1 && isRetryable(result))
        result.error += QStringLiteral(" (gave up after %1 tries)").arg(result.attempts);
    return result;
}

} // namespace costline
