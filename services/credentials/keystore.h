#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace costline {

// Provider keys in the OS keychain (Secret Service, macOS Keychain, Windows Credential
// Manager) through QtKeychain, one entry per source. Calls block in a local event loop,
// so they belong off the UI thread or in short user actions. Keys never go anywhere else.
class KeyStore final
{
public:
    enum class Status { Ok, NotFound, NoKeychain, Failed };

    struct ReadResult
    {
        Status status = Status::Failed;
        QByteArray key;
        QString error; // about the keychain, never about the key's text
    };

    explicit KeyStore(QString service = QStringLiteral("Costline"), int timeoutMs = 15'000);

    ReadResult read(const QString &sourceName) const;
    Status write(const QString &sourceName, const QByteArray &key, QString *error) const;
    Status remove(const QString &sourceName, QString *error) const;

private:
    QString m_service;
    int m_timeoutMs;
};

// The key a source syncs with: the environment variable the source names, where it is
// set (the explicit choice for headless machines and CI), else the keychain entry.
// nullopt and *why (what to do) when neither has one.
std::optional<QByteArray> lookupSourceKey(const KeyStore &store, const QString &sourceName, const QString &apiKeyEnv,
                                          QString *why);

} // namespace costline
