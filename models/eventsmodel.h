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
// cursor. The table itself holds a window of at most maxRows() rows: past it, the oldest
// page leaves the top as a new one arrives at the bottom, because a view keeps per-row
// state (QHeaderView) that would otherwise grow with every event scrolled past.
class EventsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { RawValueRole = Qt::UserRole, ExportTextRole };
    static constexpr int kPageSize = 500;
    static constexpr int kMaxCachedPages = 24;
    static constexpr int kDefaultMaxRows = 100'000;

    explicit EventsModel(QObject *parent = nullptr);

    void setRunner(QueryRunner *runner);
    // Starts over with a new filter, text and order; the first page loads at once.
    void setRequest(const EventPageRequest &request);
    const EventPageRequest &request() const { return m_request; }
    // The most rows the table holds at once (a multiple of the page size).
    void setMaxRows(int rows);
    int maxRows() const { return m_maxPages * kPageSize; }
    // Rows that scrolled out of the top of the window: row 0 is event number droppedRows() + 1.
    qint64 droppedRows() const { return qint64(m_firstPage) * kPageSize; }
    // Every event walked so far, those dropped from the window included.
    qint64 walkedRows() const { return droppedRows() + m_rowCount; }

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
    void dropFirstPageIfFull();
    const Page *touchPage(int page) const;

    QPointer<QueryRunner> m_runner;
    EventPageRequest m_request;
    QList<std::optional<EventCursor>> m_pageStarts; // where each known page begins
    mutable QHash<int, Page> m_pages;
    mutable QSet<int> m_pending;
    mutable quint64 m_useClock = 0;
    int m_pageCount = 0;
    int m_firstPage = 0; // the page that row 0 belongs to
    int m_maxPages = kDefaultMaxRows / kPageSize;
    int m_rowCount = 0;
    bool m_atEnd = false;
    qint64 m_loadedCostNano = 0;
    quint64 m_generation = 0;
};

} // namespace costline
