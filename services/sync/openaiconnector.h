#pragma once

#include "connector.h"

#include <QUrl>

namespace costline {

// OpenAI organization usage (completions, embeddings and the other usage endpoints) as
// events, and /organization/costs as billing lines. Admin key, Bearer auth.
class OpenAiConnector final : public Connector
{
public:
    OpenAiConnector(QUrl baseUrl, QByteArray apiKey) : m_baseUrl(std::move(baseUrl)), m_apiKey(std::move(apiKey)) {}

    QStringList endpoints() const override;
    QNetworkRequest request(const QString &endpoint, const SyncWindow &window, const QString &page) const override;
    bool parse(const QString &endpoint, const QJsonDocument &doc, const SyncWindow &window, const QString &page,
               ParsedPage *out, QString *error) const override;

private:
    QUrl m_baseUrl;
    QByteArray m_apiKey;
};

} // namespace costline
