#include "keystore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace costline {
namespace {

QString entryKey(const QString &sourceName)
{
    return QStringLiteral("source/") + sourceName;
}

KeyStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeyStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return KeyStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeyStore::Status::NoKeychain;
    default:
        return KeyStore::Status::Failed;
    }
}

// Runs a job to completion; false when it did not finish in time.
bool runJob(QKeychain::Job &job, int timeoutMs)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

} // namespace

KeyStore::KeyStore(QString service, int timeoutMs) : m_service(std::move(service)), m_timeoutMs(timeoutMs) {}

KeyStore::ReadResult KeyStore::read(const QString &sourceName) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(entryKey(sourceName));
    ReadResult result;
    if (!runJob(job, m_timeoutMs)) {
        result.status = Status::NoKeychain;
        result.error = QStringLiteral("the keychain did not answer");
        return result;
    }
    result.status = statusOf(job.error());
    if (result.status == Status::Ok)
        result.key = job.binaryData();
    else
        result.error = job.errorString();
    return result;
}

KeyStore::Status KeyStore::write(const QString &sourceName, const QByteArray &key, QString *error) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(entryKey(sourceName));
    job.setBinaryData(key);
    if (!runJob(job, m_timeoutMs)) {
        *error = QStringLiteral("the keychain did not answer");
        return Status::NoKeychain;
    }
    if (job.error() != QKeychain::NoError)
        *error = job.errorString();
    return statusOf(job.error());
}

KeyStore::Status KeyStore::remove(const QString &sourceName, QString *error) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(entryKey(sourceName));
    if (!runJob(job, m_timeoutMs)) {
        *error = QStringLiteral("the keychain did not answer");
        return Status::NoKeychain;
    }
    if (job.error() != QKeychain::NoError)
        *error = job.errorString();
    return statusOf(job.error());
}

std::optional<QByteArray> lookupSourceKey(const KeyStore &store, const QString &sourceName, const QString &apiKeyEnv,
                                          QString *why)
{
    if (!apiKeyEnv.isEmpty()) {
        const QByteArray fromEnv = qgetenv(apiKeyEnv.toLocal8Bit().constData()).trimmed();
        if (!fromEnv.isEmpty())
            return fromEnv;
    }
    const KeyStore::ReadResult stored = store.read(sourceName);
    if (stored.status == KeyStore::Status::Ok && !stored.key.isEmpty())
        return stored.key;
    const QString envHint = apiKeyEnv.isEmpty() ? QStringLiteral("add the source again with --api-key-env VAR")
                                                : QStringLiteral("set $%1").arg(apiKeyEnv);
    switch (stored.status) {
    case KeyStore::Status::NoKeychain:
        *why = QStringLiteral("no keychain is available here (%1); %2").arg(stored.error, envHint);
        break;
    case KeyStore::Status::NotFound:
    case KeyStore::Status::Ok:
        *why = QStringLiteral("the keychain holds no key for it; store one in Sources & provider keys or %1").arg(envHint);
        break;
    case KeyStore::Status::Failed:
        *why = QStringLiteral("the keychain failed (%1); %2").arg(stored.error, envHint);
        break;
    }
    return std::nullopt;
}

} // namespace costline
