#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace costline::fakes {

// One scripted misbehaviour, served instead of (or before) the real answer.
struct Fault
{
    enum Kind { None, RateLimited, ServerError, Truncated, Slow }; // None: answer normally
    Kind kind = ServerError;
    int value = 0; // Retry-After seconds, or the delay in ms for Slow
};

// Fake OpenAI, Anthropic, gateway and LiteLLM endpoints on 127.0.0.1 with a random port,
// answering in the providers' shapes with pagination. Runs on its own thread, so a
// client blocking in the test's thread (and a Slow fault blocking the server) do not
// stall each other. Faults are queued per path and consumed one request at a time.
class FakeProviderServer final
{
public:
    explicit FakeProviderServer(QByteArray apiKey = QByteArrayLiteral("sk-fake-test-key-000000000000"));
    ~FakeProviderServer();

    // Listens on 127.0.0.1; false when no port could be bound.
    bool start();
    QUrl baseUrl() const;
    quint16 port() const { return m_port; }

    void setPageSize(int buckets) { m_pageSize = buckets; }
    // Every answer waits this long: gives a child process time to be killed mid-sync.
    void setDelayMs(int ms) { m_delayMs = ms; }
    // From now on the last days answer with revised values.
    void revise();
    void addFaults(const QString &path, const QList<Fault> &faults);
    int requestCount(const QString &path) const;
    QByteArray apiKey() const { return m_apiKey; }

private:
    QHttpServerResponse handle(const QHttpServerRequest &request);
    QHttpServerResponse answer(const QString &path, const QHttpServerRequest &request);
    std::optional<Fault> takeFault(const QString &path);
    bool authorised(const QHttpServerRequest &request) const;

    QByteArray m_apiKey;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives on m_thread: where the server's work runs
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    std::atomic_int m_pageSize{3};
    std::atomic_int m_delayMs{0};
    std::atomic_bool m_revised{false};
    mutable QMutex m_mutex;
    QHash<QString, QList<Fault>> m_faults;
    QHash<QString, int> m_requests;
};

} // namespace costline::fakes
