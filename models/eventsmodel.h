#pragma once

#include "eventcolumns.h"
#include "workspace/eventquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <optional>

namespace costline {

class QueryRunner;

// The Usage events table over any number of events. Rows arrive in pages through
// canFetchMore/fetchMore on EventQuery's keyset, off the UI thread. Only the most recently
// used pages stay in memory; a page scrolled back into view is read again from its saved
// cursor, so memory stays bounded however far the reader scrolls.
class EventsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { RawValueRole = Qt::UserRole, ExportTextRole };
    static constexpr int kPageSize = 500;
    static constexpr int kMaxCachedPages = 24;

    explicit EventsModel(QObject *parent = nullptr);

    void setRunner(QueryRunner *runner);
    // Starts over with a new filter, text and order; the first page loads at once.
    void setRequest(const EventPageRequest &request);
    const EventPageRequest &request() const { return m_request; }

    // The event of a row, or nullptr while its page is not in memory.
    const EventRow *eventAt(int row) const;
    bool isLoading() const { return !m_pending.isEmpty(); }
    bool isComplete() const { return m_atEnd; }
    int cachedPageCount() const { return int(m_pages.size()); }
    // Sum of the cost of every row loaded so far (unpriced rows add nothing).
    qint64 loadedCostNano() const { return m_loadedCostNano; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Time and Cost sort in the database; other columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);

signals:
    void pageLoaded(int page);
    void loadFinished(); // the last page arrived: every matching event has a row

private:
    struct Page
    {
        QList<EventRow> rows;
        quint64 lastUse = 0;
    };

    void requestPage(int page) const;
    void onPageArrived(quint64 generation, int page, const EventPage &result);
    void appendPage(int page, const EventPage &result);
    void evictOldPages(int keep);
    const Page *touchPage(int page) const;

    QPointer<QueryRunner> m_runner;
    EventPageRequest m_request;
    QList<std::optional<EventCursor>> m_pageStarts; // where each known page begins
    mutable QHash<int, Page> m_pages;
    mutable QSet<int> m_pending;
    mutable quint64 m_useClock = 0;
    int m_pageCount = 0;
    int m_rowCount = 0;
    bool m_atEnd = false;
    qint64 m_loadedCostNano = 0;
    quint64 m_generation = 0;
};

} // namespace costline
