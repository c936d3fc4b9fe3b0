#include "eventsmodel.h"

#include "queryrunner.h"

namespace costline {

EventsModel::EventsModel(QObject *parent) : QAbstractTableModel(parent) {}

void EventsModel::setRunner(QueryRunner *runner)
{
    m_runner = runner;
}

void EventsModel::setRequest(const EventPageRequest &request)
{
    beginResetModel();
    ++m_generation;
    m_request = request;
    m_request.after.reset();
    m_request.limit = kPageSize;
    m_pageStarts = {std::nullopt};
    m_pages.clear();
    m_pending.clear();
    m_pageCount = 0;
    m_firstPage = 0;
    m_rowCount = 0;
    m_atEnd = false;
    m_loadedCostNano = 0;
    endResetModel();
    fetchMore({});
}

void EventsModel::setMaxRows(int rows)
{
    m_maxPages = qMax(2, rows / kPageSize);
}

bool EventsModel::isSortable(int column)
{
    return column == TimestampColumn || column == CostColumn;
}

void EventsModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    EventPageRequest request = m_request;
    const bool ascending = order == Qt::AscendingOrder;
    if (column == TimestampColumn)
        request.order = ascending ? EventOrder::OldestFirst : EventOrder::NewestFirst;
    else
        request.order = ascending ? EventOrder::CostLowFirst : EventOrder::CostHighFirst;
    if (request.order != m_request.order)
        setRequest(request);
}

bool EventsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_runner && !m_atEnd && !m_pending.contains(m_pageCount);
}

void EventsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_pageCount);
}

void EventsModel::requestPage(int page) const
{
    if (!m_runner || m_pending.contains(page) || page >= m_pageStarts.size())
        return;
    if (page < m_pageCount && m_pages.contains(page))
        return; // already here
    m_pending.insert(page);
    EventPageRequest request = m_request;
    request.after = m_pageStarts.at(page);
    const quint64 generation = m_generation;
    QPointer<EventsModel> self(const_cast<EventsModel *>(this));
    m_runner->run<EventPage>([request](Workspace &ws) { return EventQuery(ws).page(request); })
        .then(self.data(), [self, generation, page](const EventPage &result) {
            // A page that was ready before .then() attached would run right here, inside
            // whatever asked for it (even inside a view's data() call): always queue it.
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, page, result] {
                    if (self)
                        self->onPageArrived(generation, page, result);
                },
                Qt::QueuedConnection);
        });
}

void EventsModel::onPageArrived(quint64 generation, int page, const EventPage &result)
{
    if (generation != m_generation)
        return; // a page of a filter that is gone
    m_pending.remove(page);
    if (page == m_pageCount) {
        appendPage(page, result);
        dropFirstPageIfFull();
    } else if (page >= m_firstPage) {
        m_pages.insert(page, Page{result.rows, ++m_useClock});
        const int first = (page - m_firstPage) * kPageSize;
        const int last = qMin(m_rowCount, first + int(result.rows.size())) - 1;
        if (last >= first)
            emit dataChanged(index(first, 0), index(last, EventColumnCount - 1));
    }
    evictOldPages(page);
    emit pageLoaded(page);
    if (m_atEnd && page + 1 == m_pageCount)
        emit loadFinished();
}

void EventsModel::appendPage(int page, const EventPage &result)
{
    if (!result.rows.isEmpty()) {
        beginInsertRows({}, m_rowCount, m_rowCount + int(result.rows.size()) - 1);
        m_pages.insert(page, Page{result.rows, ++m_useClock});
        m_rowCount += int(result.rows.size());
        ++m_pageCount;
        for (const EventRow &row : result.rows)
            m_loadedCostNano += row.costNano().value_or(0);
        if (result.next)
            m_pageStarts.append(result.next);
        else
            m_atEnd = true;
        endInsertRows();
    } else {
        m_atEnd = true;
        ++m_pageCount; // an empty last page still counts, so loadFinished fires once
    }
}

void EventsModel::dropFirstPageIfFull()
{
    if (m_pageCount - m_firstPage <= m_maxPages)
        return;
    // Every page but the last is full, so the first one is exactly kPageSize rows.
    beginRemoveRows({}, 0, kPageSize - 1);
    m_pages.remove(m_firstPage);
    ++m_firstPage;
    m_rowCount -= kPageSize;
    endRemoveRows();
}

void EventsModel::evictOldPages(int keep)
{
    while (m_pages.size() > kMaxCachedPages) {
        auto oldest = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it.key() != keep && (oldest == m_pages.end() || it->lastUse < oldest->lastUse))
                oldest = it;
        }
        if (oldest == m_pages.end())
            return;
        m_pages.erase(oldest);
    }
}

const EventsModel::Page *EventsModel::touchPage(int page) const
{
    const auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        requestPage(page);
        return nullptr;
    }
    found->lastUse = ++m_useClock;
    return &*found;
}

const EventRow *EventsModel::eventAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const Page *page = touchPage(m_firstPage + row / kPageSize);
    return page ? &page->rows.at(row % kPageSize) : nullptr;
}

int EventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int EventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : EventColumnCount;
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return isEventNumberColumn(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    const EventRow *row = eventAt(index.row());
    if (!row)
        return role == Qt::DisplayRole && index.column() == TimestampColumn ? QVariant(tr("loading…")) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return eventDisplayText(*row, index.column());
    case RawValueRole:
        return eventRawValue(*row, index.column());
    case ExportTextRole:
        return eventExportText(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == EstimatedColumn && row->estimated)
            return tr("Token counts are estimated: the upstream gave no exact count.");
        if (index.column() == CostColumn && !row->costNano())
            return tr("No price matches this model: the event is not in any cost total.");
        return {};
    default:
        return {};
    }
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return eventColumnShortTitle(section);
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return isEventNumberColumn(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == EstimatedColumn)
        return tr("Marked where the upstream gave no exact count and tokens were estimated");
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && isSortable(section))
        return tr("%1: click to sort all matching events").arg(eventColumnTitle(section));
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return eventColumnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace costline
