#include "invoicematch.h"

#include "core/utctime.h"
#include "eventparts.h"
#include "wide.h"
#include "workspace/eventquery.h"
#include "workspace/pricingstore.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace costline {
namespace {

constexpr int kPageSize = 4000;

struct DayTally
{
    qint64 events = 0;
    Wide cost = 0;
    qint64 unpriced = 0;
    qint64 estimated = 0;
};

struct LineTally
{
    Wide cost = 0;
    QMap<qint64, DayTally> days;
    QMap<qint64, qint64> priceIds;
};

struct UnmatchedTally
{
    qint64 events = 0;
    Wide cost = 0;
    qint64 unpriced = 0;
    qint64 costNano = 0; // rounded with the lines
};

// The provider's spellings in the workspace ("OpenAI", "openai"): invoices name it in lower case.
QStringList providerValues(Workspace &ws, const QString &provider)
{
    SqliteStatement st(ws.db(), "SELECT value FROM dim_values WHERE dim = ? AND lower(value) = ?");
    st.bind(0, qint64(Dimension::Provider));
    st.bind(1, provider.toLower());
    QStringList values;
    while (st.step())
        values << st.text(0);
    return values;
}

QStringList modelsUsed(Workspace &ws, const QStringList &providers, qint64 fromDay, qint64 toDay)
{
    EventFilter filter;
    filter.where.insert(Dimension::Provider, providers);
    SqliteStatement st(ws.db(), "SELECT DISTINCT v.value FROM rollup_day r JOIN dim_tuples t ON t.id = r.tuple_id"
                                " JOIN dim_values v ON v.id = t.model_id WHERE r.day BETWEEN ? AND ? AND r.events <> 0 AND "
                                + tupleCondition(ws.dimensions(), filter, "t") + " ORDER BY v.value");
    st.bind(0, fromDay);
    st.bind(1, toDay);
    QStringList models;
    while (st.step())
        models << st.text(0);
    return models;
}

// The lines of one provider matched over one scan of its events.
class ProviderScan
{
public:
    ProviderScan(Workspace &ws, QList<InvoiceLine> lines, QHash<qint64, PriceEntry> prices)
        : m_ws(ws), m_prices(prices)
    {
        qint64 from = lines.first().firstDay(), to = lines.first().lastDay();
        for (const InvoiceLine &l : std::as_const(lines)) {
            from = qMin(from, l.firstDay());
            to = qMax(to, l.lastDay());
        }
        m_fromDay = from;
        m_toDay = to;
        m_providers = providerValues(ws, lines.first().provider);
        const QStringList models = modelsUsed(ws, m_providers, from, to);
        for (const InvoiceLine &l : std::as_const(lines)) {
            LineMatch m;
            m.line = l;
            m.criteria = criteriaFor(l, models);
            m_anySku = m_anySku || !m.criteria.sku.isEmpty();
            m_matches << m;
        }
        m_tallies.resize(m_matches.size());
    }

    // Scans the events from `fromDay` to `toDay` (within the lines' span); `target` >= 0
    // sends that line's events to `visit`.
    void scan(qint64 fromDay, qint64 toDay, int target, const std::function<void(const LineEvent &)> &visit);
    QList<LineMatch> finish();
    const QMap<QString, UnmatchedTally> &unmatched() const { return m_unmatched; }
    qint64 fromDay() const { return m_fromDay; }
    qint64 toDay() const { return m_toDay; }
    int indexOf(qint64 lineId) const;

private:
    const QList<int> &candidates(const EventRow &row);
    int bestLine(const QList<int> &lines, MeterPart part, const EventRow &row, bool weighed);
    void take(const EventRow &row, int target, const std::function<void(const LineEvent &)> &visit);

    Workspace &m_ws;
    const QHash<qint64, PriceEntry> m_prices; // shared, not copied
    QStringList m_providers;
    qint64 m_fromDay = 0;
    qint64 m_toDay = 0;
    bool m_anySku = false;
    QList<LineMatch> m_matches;
    QList<LineTally> m_tallies;
    QHash<QString, QList<int>> m_candidates; // model + project → lines whose criteria pick them
    QMap<QString, UnmatchedTally> m_unmatched; // model → tally
};

int ProviderScan::indexOf(qint64 lineId) const
{
    for (int i = 0; i < m_matches.size(); ++i) {
        if (m_matches.at(i).line.id == lineId)
            return i;
    }
    return -1;
}

const QList<int> &ProviderScan::candidates(const EventRow &row)
{
    const QString &model = row.dim(Dimension::Model);
    const QString &project = row.dim(Dimension::Project);
    const QString key = model + QChar(0x1f) + project;
    auto it = m_candidates.find(key);
    if (it == m_candidates.end()) {
        QList<int> lines;
        for (int i = 0; i < m_matches.size(); ++i) {
            if (m_matches.at(i).criteria.matchesModelAndProject(model, project))
                lines << i;
        }
        it = m_candidates.insert(key, lines);
    }
    return *it;
}

// The narrowest line whose period holds the event and whose criteria cover the part; an
// equal later line is recorded as overlapped. A part without money (a request count where
// requests cost nothing) goes only to a line that bills that part by name.
int ProviderScan::bestLine(const QList<int> &lines, MeterPart part, const EventRow &row, bool weighed)
{
    int best = -1;
    for (const int i : lines) {
        LineMatch &m = m_matches[i];
        if (row.timestampMs < m.line.startMs || row.timestampMs >= m.line.endMs || !m.criteria.coversPart(part, row.unit))
            continue;
        if (!weighed && m.criteria.kind == LineKind::All)
            continue;
        if (m_anySku && !m.criteria.matchesSku(row.dim(Dimension::Model), row.labelsJson))
            continue;
        if (best < 0 || m.criteria.score() > m_matches.at(best).criteria.score()) {
            best = i;
        } else if (m.criteria.score() == m_matches.at(best).criteria.score() && !m.overlaps.contains(m_matches.at(best).line.id)) {
            m.overlaps << m_matches.at(best).line.id;
        }
    }
    return best;
}

void ProviderScan::take(const EventRow &row, int target, const std::function<void(const LineEvent &)> &visit)
{
    bool covered = false;
    for (const LineMatch &m : std::as_const(m_matches))
        covered = covered || (row.timestampMs >= m.line.startMs && row.timestampMs < m.line.endMs);
    if (!covered)
        return; // no invoice bills this day of the provider
    const auto priceIt = m_prices.constFind(row.priceId);
    const PriceEntry *price = priceIt == m_prices.cend() ? nullptr : &*priceIt;
    const EventParts parts = eventParts(row, price);
    const QList<int> &lines = candidates(row);
    const std::optional<qint64> cost = row.costNano();
    const Wide total = Wide(cost.value_or(0)) * kWideScale;
    QMap<int, Wide> shares; // line (-1: none) → wide units of the event's cost
    QMap<int, qint64> quantities;
    Wide given = 0;
    int lastWeighed = -2;
    for (int k = 0; k < kMeterPartCount; ++k) {
        const MeterPart part = MeterPart(k);
        if (!parts.has(part))
            continue;
        const bool weighed = parts.weight[size_t(k)] != 0;
        const int line = bestLine(lines, part, row, weighed);
        if (!weighed && line < 0)
            continue;
        shares[line] += 0;
        if (line >= 0 && unitCounts(m_matches.at(line).line.countedUnit(), part))
            quantities[line] += parts.quantity[size_t(k)];
        if (weighed) {
            const Wide share = total * parts.weight[size_t(k)] / parts.totalWeight;
            shares[line] += share;
            given += share;
            lastWeighed = line;
        }
    }
    if (lastWeighed != -2)
        shares[lastWeighed] += total - given; // the event's cost shared out exactly
    const qint64 day = utc::dayOf(row.timestampMs);
    for (auto it = shares.cbegin(); it != shares.cend(); ++it) {
        if (it.key() < 0) {
            UnmatchedTally &u = m_unmatched[row.dim(Dimension::Model)];
            ++u.events;
            u.cost += it.value();
            u.unpriced += cost ? 0 : 1;
            continue;
        }
        LineMatch &m = m_matches[it.key()];
        LineTally &t = m_tallies[it.key()];
        const qint64 quantity = quantities.value(it.key());
        ++m.events;
        t.cost += it.value();
        DayTally &d = t.days[day];
        ++d.events;
        d.cost += it.value();
        if (!cost) {
            ++m.unpricedEvents;
            ++d.unpriced;
            m.unpricedQuantity += quantity;
        } else {
            m.pricedQuantity += quantity;
        }
        if (row.estimated) {
            ++m.estimatedEvents;
            ++d.estimated;
            m.estimatedQuantity += quantity;
        }
        if (row.priceId && row.computedCostNano && !row.reportedCostNano)
            ++t.priceIds[row.priceId];
        if (it.key() == target && visit)
            visit(LineEvent{row, roundWide(it.value()), it.value(), shares.size() > 1});
    }
}

void ProviderScan::scan(qint64 fromDay, qint64 toDay, int target, const std::function<void(const LineEvent &)> &visit)
{
    if (m_providers.isEmpty())
        return; // the provider has no events at all
    EventPageRequest request;
    request.filter.fromDay = fromDay;
    request.filter.toDay = toDay;
    request.filter.where.insert(Dimension::Provider, m_providers);
    request.order = EventOrder::OldestFirst;
    request.limit = kPageSize;
    EventQuery query(m_ws);
    for (;;) {
        const EventPage page = query.page(request);
        for (const EventRow &row : page.rows)
            take(row, target, visit);
        if (!page.next)
            break;
        request.after = page.next;
    }
}

// Lines and the unmatched rest are rounded together, and a line's days within the line, so
// the lines and the rest add up to the events' cost and the days to their line, exactly.
QList<LineMatch> ProviderScan::finish()
{
    QList<Wide> amounts;
    for (const LineTally &t : std::as_const(m_tallies))
        amounts << t.cost;
    for (const UnmatchedTally &u : std::as_const(m_unmatched))
        amounts << u.cost;
    const QList<qint64> rounded = apportion(amounts);
    for (int i = 0; i < m_matches.size(); ++i) {
        LineMatch &m = m_matches[i];
        const LineTally &t = m_tallies.at(i);
        m.costNano = rounded.at(i);
        QList<Wide> dayAmounts;
        for (const DayTally &d : t.days)
            dayAmounts << d.cost;
        const QList<qint64> days = apportion(dayAmounts, m.costNano);
        qsizetype n = 0;
        for (auto it = t.days.cbegin(); it != t.days.cend(); ++it, ++n)
            m.days << LineDay{it.key(), it->events, days.at(n), it->unpriced, it->estimated};
        m.priceIds = t.priceIds.keys();
        m.status = m.events == 0                                             ? LineMatch::Status::NoEvents
                   : m.criteria.modelPattern.isEmpty() && m.criteria.sku.isEmpty() ? LineMatch::Status::ProviderOnly
                                                                            : LineMatch::Status::Matched;
        std::sort(m.overlaps.begin(), m.overlaps.end());
    }
    qsizetype n = m_matches.size();
    for (auto it = m_unmatched.begin(); it != m_unmatched.end(); ++it, ++n)
        it->costNano = rounded.at(n);
    return m_matches;
}

QHash<qint64, PriceEntry> pricesById(Workspace &ws)
{
    QHash<qint64, PriceEntry> prices;
    for (const PriceEntry &e : PricingStore(ws).entries())
        prices.insert(e.id, e);
    return prices;
}

} // namespace

QString lineStatusName(LineMatch::Status status)
{
    switch (status) {
    case LineMatch::Status::Matched:
        return QStringLiteral("matched");
    case LineMatch::Status::ProviderOnly:
        return QStringLiteral("provider_only");
    case LineMatch::Status::NoEvents:
        break;
    }
    return QStringLiteral("no_events");
}

QString LineMatch::statusText() const
{
    QString text;
    switch (status) {
    case Status::Matched:
        text = QStringLiteral("matched by %1").arg(criteria.describe());
        break;
    case Status::ProviderOnly:
        text = QStringLiteral("matched by provider and period only: the line names no model, SKU or project of the "
                              "provider's events; add a model or sku column to be exact");
        break;
    case Status::NoEvents:
        text = QStringLiteral("no events match %1 in the period").arg(criteria.describe());
        break;
    }
    if (!overlaps.isEmpty()) {
        QStringList ids;
        for (const qint64 id : overlaps)
            ids << QString::number(id);
        text += QStringLiteral("; shares its criteria with line %1, which bills the events first").arg(ids.join(QStringLiteral(", ")));
    }
    return text;
}

InvoiceMatchResult InvoiceMatcher::run(qint64 fromDay, qint64 toDay)
{
    InvoiceMatchResult result;
    const QHash<qint64, PriceEntry> prices = pricesById(m_workspace);
    QMap<QString, QList<InvoiceLine>> byProvider;
    for (const InvoiceLine &l : loadInvoiceLines(m_workspace, fromDay, toDay))
        byProvider[l.provider] << l;
    for (auto it = byProvider.cbegin(); it != byProvider.cend(); ++it) {
        ProviderScan scan(m_workspace, it.value(), prices);
        scan.scan(scan.fromDay(), scan.toDay(), -1, {});
        result.lines << scan.finish();
        for (auto u = scan.unmatched().cbegin(); u != scan.unmatched().cend(); ++u)
            result.unmatched << UnmatchedEvents{it.key(), u.key(), u->events, u->costNano, u->unpriced};
    }
    std::stable_sort(result.unmatched.begin(), result.unmatched.end(),
                     [](const UnmatchedEvents &a, const UnmatchedEvents &b) { return a.costNano > b.costNano; });
    return result;
}

std::optional<LineMatch> InvoiceMatcher::runLine(qint64 lineId, const std::function<void(const LineEvent &)> &visit)
{
    const QList<InvoiceLine> target = loadInvoiceLines(m_workspace, 0, 0, {}, lineId);
    if (target.isEmpty())
        return std::nullopt;
    const InvoiceLine &line = target.first();
    ProviderScan scan(m_workspace, loadInvoiceLines(m_workspace, line.firstDay(), line.lastDay(), line.provider),
                      pricesById(m_workspace));
    scan.scan(line.firstDay(), line.lastDay(), scan.indexOf(lineId), visit);
    return scan.finish().value(scan.indexOf(lineId));
}

} // namespace costline
