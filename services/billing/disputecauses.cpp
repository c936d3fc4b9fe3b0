#include "disputecauses.h"

#include "core/usageevent.h"
#include "pricing/costcalculator.h"
#include "workspace/eventquery.h"

namespace costline {
namespace {

constexpr qint64 kNanoPerCent = 10'000'000;

UsageEvent usageOf(const EventRow &row)
{
    UsageEvent e;
    e.timestampMs = row.timestampMs;
    e.dim(Dimension::Operation) = row.dim(Dimension::Operation).toUtf8();
    e.inputTokens = row.inputTokens;
    e.cachedInputTokens = row.cachedInputTokens;
    e.cacheWriteTokens = row.cacheWriteTokens;
    e.outputTokens = row.outputTokens;
    e.reasoningTokens = row.reasoningTokens;
    e.requests = row.requests;
    e.quantityNano = row.quantityNano;
    e.unit = row.unit.toUtf8();
    e.estimated = row.estimated;
    return e;
}

// The part of `difference` (on the whole event) that falls on the line: the line's share of
// an event is the same fraction of any amount of it.
Wide onTheLine(qint64 difference, const LineEvent &event, qint64 eventCost)
{
    return eventCost == 0 ? 0 : Wide(difference) * event.countedUnits / eventCost;
}

bool revisedToNothing(const EventRow &row)
{
    return row.inputTokens == 0 && row.outputTokens == 0 && row.requests == 0 && row.quantityNano == 0
           && row.costNano().value_or(0) == 0;
}

} // namespace

DisputeCauses::DisputeCauses(const InvoiceLine &line, const QList<PriceEntry> &prices)
    : m_line(line), m_prices(prices)
{
}

void DisputeCauses::add(const LineEvent &event)
{
    const EventRow &row = event.row;
    if (revisedToNothing(row))
        ++m_revisedEvents;
    if (row.reportedCostNano && row.computedCostNano && *row.reportedCostNano != *row.computedCostNano) {
        m_reportedGap += onTheLine(*row.computedCostNano - *row.reportedCostNano, event, *row.reportedCostNano);
        ++m_reportedEvents;
    }
    if (row.reportedCostNano || !row.computedCostNano || row.priceId == 0)
        return;
    const PriceEntry *atEnd = m_prices.match(row.dim(Dimension::Provider), row.dim(Dimension::Model), m_line.endMs - 1);
    if (!atEnd || atEnd->id == row.priceId)
        return;
    if (const auto cost = computeCostNano(*atEnd, usageOf(row)); cost && *cost != *row.computedCostNano) {
        m_priceChange += onTheLine(*cost - *row.computedCostNano, event, *row.computedCostNano);
        ++m_priceChangeEvents;
    }
}

QList<DisputeCause> DisputeCauses::finish(const LineMatch &match) const
{
    QList<DisputeCause> causes;
    causes << DisputeCause{QStringLiteral("Price changes in the period"), roundWide(m_priceChange), m_priceChangeEvents,
                           QStringLiteral("the events at the price in effect on the line's last day instead of the "
                                          "price of their own day")};
    causes << DisputeCause{QStringLiteral("Source-reported costs against the price list"), roundWide(m_reportedGap),
                           m_reportedEvents,
                           QStringLiteral("events counted at the cost their source reported, here at the price list's")};
    const bool rated = match.pricedQuantity > 0;
    const QString rate = QStringLiteral("valued at the line's own priced cost per unit");
    causes << DisputeCause{QStringLiteral("Unpriced events"),
                           rated ? qint64(mulDivRounded(match.costNano, match.unpricedQuantity, match.pricedQuantity)) : 0,
                           match.unpricedEvents,
                           rated ? QStringLiteral("their quantity ") + rate
                                 : QStringLiteral("no priced event to value them by: add pricing for their models")};
    const auto billed = m_line.billedQuantity();
    const qint64 gap = billed ? *billed - match.pricedQuantity - match.unpricedQuantity : 0;
    causes << DisputeCause{QStringLiteral("Estimated token counts and quantity differences"),
                           billed && rated ? qint64(mulDivRounded(match.costNano, gap, match.pricedQuantity)) : 0,
                           match.estimatedEvents,
                           billed ? QStringLiteral("the invoice's quantity less the events' (%1 of them estimated) ").arg(
                                        match.estimatedEvents) + rate
                                  : QStringLiteral("the invoice gives no quantity to compare the events' counts with")};
    causes << DisputeCause{QStringLiteral("Revisions"), 0, m_revisedEvents,
                           QStringLiteral("buckets the provider revised are counted as revised; these events were "
                                          "revised to nothing")};
    qint64 explained = match.costNano;
    for (const DisputeCause &c : std::as_const(causes))
        explained += c.amountNano;
    const bool inCents = m_line.amountNano % kNanoPerCent == 0;
    const qint64 rounding = inCents ? qint64(mulDivRounded(explained, 1, kNanoPerCent)) * kNanoPerCent - explained : 0;
    causes << DisputeCause{QStringLiteral("Rounding"), rounding, 0,
                           inCents ? QStringLiteral("the invoice bills whole cents") : QStringLiteral("the invoice bills below the cent")};
    causes << DisputeCause{QStringLiteral("Not explained by the above"), match.deltaNano() - (explained + rounding - match.costNano),
                           0, QStringLiteral("a pricing difference to raise with the provider")};
    return causes;
}

} // namespace costline
