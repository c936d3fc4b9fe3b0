#include "fakeproviderserver.h"

#include "fakepages.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace costline::fakes {

FakeProviderServer::FakeProviderServer(QByteArray apiKey) : m_apiKey(std::move(apiKey)) {}

FakeProviderServer::~FakeProviderServer()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_context.get(), [this] { m_server.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool FakeProviderServer::start()
{
    m_context = std::make_unique<QObject>();
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_context.get(), [this] {
        m_server = std::make_unique<QHttpServer>();
        m_server->route(QStringLiteral("/<arg>"), [this](const QUrl &, const QHttpServerRequest &request) { return handle(request); });
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
    }, Qt::BlockingQueuedConnection);
    return m_port != 0;
}

QUrl FakeProviderServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FakeProviderServer::revise()
{
    m_revised.store(true);
}

void FakeProviderServer::addFaults(const QString &path, const QList<Fault> &faults)
{
    QMutexLocker lock(&m_mutex);
    m_faults[path] += faults;
}

int FakeProviderServer::requestCount(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    return m_requests.value(path);
}

std::optional<Fault> FakeProviderServer::takeFault(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    ++m_requests[path];
    QList<Fault> &queue = m_faults[path];
    if (queue.isEmpty())
        return std::nullopt;
    return queue.takeFirst();
}

bool FakeProviderServer::authorised(const QHttpServerRequest &request) const
{
    for (const auto &[name, value] : request.headers()) {
        if ((name.compare("authorization", Qt::CaseInsensitive) == 0 && value == "Bearer " + m_apiKey)
            || (name.compare("x-api-key", Qt::CaseInsensitive) == 0 && value == m_apiKey))
            return true;
    }
    return false;
}

QHttpServerResponse FakeProviderServer::answer(const QString &path, const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    const int pageSize = m_pageSize.load();
    const bool revised = m_revised.load();
    const QString openAi = QStringLiteral("/v1/organization/");
    const QString anthropic = QStringLiteral("/v1/organizations/");
    const QString token = query.queryItemValue(QStringLiteral("page"));
    if ((path.startsWith(openAi) || path.startsWith(anthropic)) && !token.isEmpty() && !token.startsWith(QLatin1String("page_")))
        return QHttpServerResponse(QByteArrayLiteral("{\"error\":{\"message\":\"invalid page token\"}}"),
                                   QHttpServerResponse::StatusCode::BadRequest);
    QByteArray body;
    if (path.startsWith(openAi))
        body = openAiPage(path.mid(path.lastIndexOf(QLatin1Char('/')) + 1), query, pageSize, revised);
    else if (path.startsWith(anthropic))
        body = anthropicPage(path.mid(path.lastIndexOf(QLatin1Char('/')) + 1), query, pageSize, revised);
    else if (path == QLatin1String("/v1/admin/token-usage"))
        body = gatewayPage(query, pageSize, revised);
    else if (path == QLatin1String("/spend/logs"))
        body = liteLlmPage(query, revised);
    else
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
    return QHttpServerResponse("application/json", body);
}

QHttpServerResponse FakeProviderServer::handle(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const std::optional<Fault> fault = takeFault(path);
    if (const int delay = m_delayMs.load(); delay > 0)
        QThread::msleep(ulong(delay));
    if (!authorised(request))
        return QHttpServerResponse(QByteArrayLiteral("{\"error\":{\"type\":\"authentication_error\"}}"),
                                   QHttpServerResponse::StatusCode::Unauthorized);
    if (fault && fault->kind == Fault::RateLimited) {
        QHttpServerResponse response(QByteArrayLiteral("{\"error\":{\"type\":\"rate_limit_error\"}}"),
                                     QHttpServerResponse::StatusCode::TooManyRequests);
        response.setHeader("Retry-After", QByteArray::number(fault->value));
        return response;
    }
    if (fault && fault->kind == Fault::ServerError)
        return QHttpServerResponse(QByteArrayLiteral("{\"error\":{\"type\":\"api_error\"}}"),
                                   QHttpServerResponse::StatusCode::InternalServerError);
    if (fault && fault->kind == Fault::Slow)
        QThread::msleep(ulong(fault->value)); // longer than the client's timeout
    QHttpServerResponse response = answer(path, request);
    if (fault && fault->kind == Fault::Truncated)
        return QHttpServerResponse("application/json", response.data().left(response.data().size() / 2));
    return response;
}

} // namespace costline::fakes
