#pragma once

#include "invoiceline.h"
#include "wide.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace costline {

class Workspace;
struct EventRow;

// One day of a line's matched events.
struct LineDay
{
    qint64 day = 0;
    qint64 events = 0;
    qint64 costNano = 0; // the day's share, rounded once per day
    qint64 unpricedEvents = 0;
    qint64 estimatedEvents = 0;
};

// An invoice line against the events it bills (docs/invoice-matching.md).
struct LineMatch
{
    enum class Status { Matched, ProviderOnly, NoEvents };

    InvoiceLine line;
    LineCriteria criteria;
    Status status = Status::NoEvents;
    QList<qint64> overlaps;  // earlier lines with the same criteria that took its events
    qint64 costNano = 0;     // the events' cost billed on this line, rounded once
    qint64 events = 0;       // events with a part on this line
    qint64 unpricedEvents = 0;
    qint64 estimatedEvents = 0;
    // Quantities in the line's unit (tokens when it gives none): of priced, unpriced and
    // estimated (priced or not) events.
    qint64 pricedQuantity = 0;
    qint64 unpricedQuantity = 0;
    qint64 estimatedQuantity = 0;
    QList<LineDay> days;       // days with events, in order
    QList<qint64> priceIds;    // price entries of its computed costs, ascending

    qint64 deltaNano() const { return line.amountNano - costNano; }
    QString statusText() const;
};

// Events of an invoiced provider and period that no line bills, per model.
struct UnmatchedEvents
{
    QString provider;
    QString model;
    qint64 events = 0;
    qint64 costNano = 0;
    qint64 unpricedEvents = 0;
};

struct InvoiceMatchResult
{
    QList<LineMatch> lines;          // in provider and file order
    QList<UnmatchedEvents> unmatched; // largest cost first
};

// An event with a part on the line a dispute is about, and the share of its cost there.
struct LineEvent
{
    const EventRow &row;
    qint64 countedNano; // its share of the line's cost, rounded for this row alone
    Wide countedUnits;  // the same share unrounded, so a list of rows can be rounded together
    bool split;         // only some of its parts are on the line
};

// Matches invoice lines to usage events: every line of an invoiced provider takes the
// parts of that provider's events in its period that its criteria pick, the narrowest line
// winning a part several could bill, so no event's cost counts on two lines.
class InvoiceMatcher final
{
public:
    explicit InvoiceMatcher(Workspace &workspace) : m_workspace(workspace) {}

    // Every invoice line overlapping the inclusive day range, each over its whole period.
    InvoiceMatchResult run(qint64 fromDay, qint64 toDay);
    // One line, matched beside the other invoice lines of its provider; `visit` sees each
    // of its events in time order. nullopt when there is no such invoice line.
    std::optional<LineMatch> runLine(qint64 lineId, const std::function<void(const LineEvent &)> &visit = {});

private:
    Workspace &m_workspace;
};

QString lineStatusName(LineMatch::Status status); // "matched", "provider_only", "no_events"

} // namespace costline
