#pragma once

#include "core/dimension.h"
#include "eventfilter.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace costline {

class SqliteStatement;
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

// How a page is ordered. Time orders walk the time-ordered row id; cost orders sort the
// filtered range by cost (unpriced events last when the dearest come first).
enum class EventOrder { NewestFirst, OldestFirst, CostHighFirst, CostLowFirst };

// Where the next page starts: the sort key of the previous page's last row.
struct EventCursor
{
    qint64 rowId = 0;
    qint64 costKey = 0; // the cost sort key; only cost orders read it
    bool operator==(const EventCursor &) const = default;
};

struct EventPageRequest
{
    EventFilter filter;
    EventOrder order = EventOrder::NewestFirst;
    // Case-insensitive substring of any dimension value, the event id or the trace id.
    QString text;
    std::optional<EventCursor> after;
    int limit = 500;
};

struct EventPage
{
    QList<EventRow> rows;
    std::optional<qint64> nextCursor; // newest-first cursor, pass as `before`; none at the end
    std::optional<EventCursor> next;  // pass as `after` for the next page; none at the end
};

// Pages through events with a keyset: the cost of a page does not grow with how far the
// reader has scrolled.
class EventQuery final
{
public:
    explicit EventQuery(Workspace &workspace) : m_workspace(workspace) {}

    EventPage page(const EventFilter &filter, std::optional<qint64> before, int limit);
    EventPage page(const EventPageRequest &request);

    // The sort key cost orders use: the event's cost, unpriced below every real amount.
    static qint64 costKey(const EventRow &row);

private:
    QByteArray textCondition(const QString &text);
    EventRow readRow(SqliteStatement &st, const QHash<qint64, QString> &sources);

    Workspace &m_workspace;
};

} // namespace costline
