#pragma once

#include "core/usageevent.h"
#include "workspace/billingstore.h"

#include <QJsonDocument>
#include <QList>
#include <QNetworkRequest>
#include <QString>
#include <QStringList>

#include <memory>

namespace costline {

struct SourceConfig;

// The time range one sync run reads: [startMs, endMs).
struct SyncWindow
{
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// A row of a page that cannot become an event or billing line; it is quarantined.
struct RowProblem
{
    QString reason;
    QByteArray raw;
};

// A bucket a page holds in full: rows this source stored earlier for it (same start,
// key prefix) that the page no longer lists were dropped by the provider.
struct CoveredBucket
{
    QByteArray keyPrefix;
    qint64 startMs = 0;
};

// What one page of a provider's answer holds.
struct ParsedPage
{
    QList<UsageEvent> events;
    QList<BillingLine> billing;
    QList<RowProblem> rejected;
    QList<CoveredBucket> coveredBuckets; // empty for per-request sources
    bool hasMore = false;
    QString nextPage; // opaque: handed back to request() for the next page
};

// Knows one provider API: which endpoints to read, how to ask for a page of a window,
// and how to turn a page into events and billing lines. Holds the key in memory only.
class Connector
{
public:
    virtual ~Connector() = default;

    virtual QStringList endpoints() const = 0;
    // page is empty for the first page of a window.
    virtual QNetworkRequest request(const QString &endpoint, const SyncWindow &window, const QString &page) const = 0;
    // doc is the page with every JSON number turned into its exact text (quoteJsonNumbers).
    // False and *error when the page does not have the documented shape.
    virtual bool parse(const QString &endpoint, const QJsonDocument &doc, const SyncWindow &window,
                       const QString &page, ParsedPage *out, QString *error) const = 0;
};

// The connector for a source's kind; nullptr for a kind that is not a connector.
std::unique_ptr<Connector> makeConnector(const SourceConfig &config, const QByteArray &apiKey);

} // namespace costline
