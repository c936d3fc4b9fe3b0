#pragma once

#include "connector.h"

#include <QUrl>

namespace costline {

// An LLM gateway's per-request token-usage API (GET /v1/admin/token-usage): one event per
// request, paged by page number within a fixed [from, to) window so that new requests
// arriving meanwhile do not shift the pages being read.
class GatewayConnector final : public Connector
{
public:
    static constexpr int kPageSize = 1000;

    GatewayConnector(QUrl baseUrl, QByteArray apiKey) : m_baseUrl(std::move(baseUrl)), m_apiKey(std::move(apiKey)) {}

    QStringList endpoints() const override;
    QNetworkRequest request(const QString &endpoint, const SyncWindow &window, const QString &page) const override;
    bool parse(const QString &endpoint, const QJsonDocument &doc, const SyncWindow &window, const QString &page,
               ParsedPage *out, QString *error) const override;

private:
    QUrl m_baseUrl;
    QByteArray m_apiKey;
};

} // namespace costline
