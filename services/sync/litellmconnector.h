#pragma once

#include "connector.h"

#include <QUrl>

namespace costline {

// LiteLLM proxy spend logs (GET /spend/logs): one event per request with LiteLLM's own
// spend as the reported cost. The API has no pages, so a window is read one UTC day at a
// time and the "page" is the day.
class LiteLlmConnector final : public Connector
{
public:
    LiteLlmConnector(QUrl baseUrl, QByteArray apiKey) : m_baseUrl(std::move(baseUrl)), m_apiKey(std::move(apiKey)) {}

    QStringList endpoints() const override;
    QNetworkRequest request(const QString &endpoint, const SyncWindow &window, const QString &page) const override;
    bool parse(const QString &endpoint, const QJsonDocument &doc, const SyncWindow &window, const QString &page,
               ParsedPage *out, QString *error) const override;

private:
    QUrl m_baseUrl;
    QByteArray m_apiKey;
};

} // namespace costline
