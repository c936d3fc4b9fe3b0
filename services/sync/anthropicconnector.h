#pragma once

#include "connector.h"

#include <QUrl>

namespace costline {

// Anthropic Admin API: usage_report/messages as events (input parts added up, DESIGN §2)
// and cost_report as billing lines (amounts are decimal strings in cents).
class AnthropicConnector final : public Connector
{
public:
    AnthropicConnector(QUrl baseUrl, QByteArray apiKey) : m_baseUrl(std::move(baseUrl)), m_apiKey(std::move(apiKey)) {}

    QStringList endpoints() const override;
    QNetworkRequest request(const QString &endpoint, const SyncWindow &window, const QString &page) const override;
    bool parse(const QString &endpoint, const QJsonDocument &doc, const SyncWindow &window, const QString &page,
               ParsedPage *out, QString *error) const override;

private:
    QUrl m_baseUrl;
    QByteArray m_apiKey;
};

} // namespace costline
