#pragma once

#include "invoicematch.h"
#include "pricing/pricingmatcher.h"
#include "wide.h"

#include <QList>
#include <QString>

namespace costline {

// One cause of a line's delta and how much of it it explains.
struct DisputeCause
{
    QString cause;
    qint64 amountNano = 0; // part of the delta (billed − events' cost) it explains
    qint64 events = 0;     // the line's events it concerns
    QString basis;         // how the amount is measured
};

// Splits a line's delta into its causes (docs/invoice-matching.md, "The dispute pack"):
// price changes within the period, costs the source reported against the price list,
// unpriced events, quantities the invoice bills beyond the events' (estimated token counts),
// revisions, the invoice's rounding to the cent, and what none of them explains. The
// amounts add up to the delta exactly, to the nano-dollar.
class DisputeCauses final
{
public:
    DisputeCauses(const InvoiceLine &line, const QList<PriceEntry> &prices);

    // Each event of the line, as InvoiceMatcher::runLine visits it.
    void add(const LineEvent &event);
    QList<DisputeCause> finish(const LineMatch &match) const;

private:
    InvoiceLine m_line;
    PricingMatcher m_prices;
    Wide m_priceChange = 0;
    qint64 m_priceChangeEvents = 0;
    Wide m_reportedGap = 0;
    qint64 m_reportedEvents = 0;
    qint64 m_revisedEvents = 0;
};

} // namespace costline
