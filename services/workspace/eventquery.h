#pragma once

#include "core/dimension.h"
#include "eventfilter.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace costline {

class Workspace;

// One stored usage event, as the Usage events views and `costline-cli events` show it.
struct EventRow
{
    qint64 rowId = 0; // keyset cursor: newest first means descending rowId
    qint64 timestampMs = 0;
    QString eventId;
    std::array<QString, kDimensionCount> dims; // Source holds the source's name
    QString traceId;
    qint64 inputTokens = 0;
    qint64 cachedInputTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 outputTokens = 0;
    qint64 reasoningTokens = 0;
    qint64 requests = 0;
    qint64 quantityNano = 0;
    QString unit;
    std::optional<qint64> reportedCostNano;
    std::optional<qint64> computedCostNano;
    qint64 priceId = 0;
    bool estimated = false;
    QString labelsJson;

    // Reported where the source gave money, else computed; nullopt means unpriced.
    std::optional<qint64> costNano() const { return reportedCostNano ? reportedCostNano : computedCostNano; }
    const QString &dim(Dimension d) const { return dims[size_t(d)]; }
};

struct EventPage
{
    QList<EventRow> rows;
    std::optional<qint64> nextCursor; // pass as `before` for the next page; none at the end
};

// Pages through events newest first with a keyset on the time-ordered row id: the cost of
// a page does not grow with how far the reader has scrolled.
class EventQuery final
{
public:
    explicit EventQuery(Workspace &workspace) : m_workspace(workspace) {}

    EventPage page(const EventFilter &filter, std::optional<qint64> before, int limit);

private:
    Workspace &m_workspace;
};

} // namespace costline
