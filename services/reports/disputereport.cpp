#include "disputereport.h"

#include "billing/invoicematch.h"
#include "chargebackreport.h"
#include "core/money.h"
#include "core/utctime.h"
#include "workspace/eventquery.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QSet>

namespace costline {
namespace {

constexpr int kListedEvents = 300; // the PDF lists these; the hash and the totals cover all

std::optional<InvoiceLine> findLine(Workspace &ws, const ReportRequest &r)
{
    qint64 id = r.invoiceLineId;
    if (id == 0) {
        SqliteStatement st(ws.db(), "SELECT id FROM billing_lines WHERE origin = 'invoice' AND end_ms > ? AND start_ms <= ?"
                                    " ORDER BY amount DESC, id LIMIT 1");
        st.bind(0, r.fromDay * kMsPerDay);
        st.bind(1, r.toDay * kMsPerDay + kMsPerDay - 1);
        if (!st.step())
            return std::nullopt;
        id = st.int64(0);
    }
    const QList<InvoiceLine> lines = loadInvoiceLines(ws, 0, 0, {}, id);
    return lines.isEmpty() ? std::nullopt : std::optional<InvoiceLine>(lines.first());
}

struct Evidence
{
    QList<EventRow> listed;
    QList<QByteArray> lines;
    QSet<qint64> priceIds, days;
    qint64 events = 0, computed = 0, unpriced = 0, estimated = 0;
};

// The events the line bills, matched beside the other lines of its invoice
// (docs/invoice-matching.md).
Evidence collect(Workspace &ws, const InvoiceLine &line)
{
    Evidence e;
    const auto match = InvoiceMatcher(ws).runLine(line.id, [&e](const LineEvent &event) {
        const EventRow &row = event.row;
        e.days.insert(utc::dayOf(row.timestampMs));
        if (row.priceId)
            e.priceIds.insert(row.priceId);
        if (e.listed.size() < kListedEvents)
            e.listed << row;
        e.lines << (row.eventId + QLatin1Char('|') + QString::number(row.timestampMs) + QLatin1Char('|')
                    + row.dim(Dimension::Model) + QLatin1Char('|') + row.traceId + QLatin1Char('|')
                    + QString::number(row.inputTokens) + QLatin1Char('|') + QString::number(row.outputTokens)
                    + QLatin1Char('|') + QString::number(row.costNano().value_or(-1)))
                       .toUtf8();
    });
    if (match) {
        e.events = match->events;
        e.computed = match->costNano;
        e.unpriced = match->unpricedEvents;
        e.estimated = match->estimatedEvents;
    }
    return e;
}

ReportSection explanation(const InvoiceLine &line, const Evidence &e)
{
    const qint64 periodDays = line.lastDay() - line.firstDay() + 1;
    ReportSection s;
    s.heading = QStringLiteral("Delta explained");
    s.columns = {{QStringLiteral("Item"), ColumnKind::Text}, {QStringLiteral("Amount (USD)"), ColumnKind::Money},
                 {QStringLiteral("Count"), ColumnKind::Count}};
    s.rows = {{QStringLiteral("Billed on the invoice line"), line.amountNano, QVariant()},
              {QStringLiteral("Cost of the events behind it"), e.computed, e.events},
              {QStringLiteral("Delta (billed − events)"), line.amountNano - e.computed, QVariant()},
              {QStringLiteral("Unpriced events (no cost counted)"), QVariant(), e.unpriced},
              {QStringLiteral("Events with estimated token counts"), QVariant(), e.estimated},
              {QStringLiteral("Days of the invoice period without events"), QVariant(), periodDays - e.days.size()}};
    s.note = QStringLiteral("A positive delta means the provider billed more than the usage explains. Unpriced events, "
                            "estimated counts and missing days each account for part of it; the rest is a pricing "
                            "difference to raise with the provider.");
    return s;
}

} // namespace

QString evidenceHash(const QList<QByteArray> &lines)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &line : lines) {
        hash.addData(line);
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Report buildDispute(Workspace &ws, const ReportRequest &request, QString *error)
{
    Report r = reportHeader(ws, request);
    const auto line = findLine(ws, request);
    if (!line) {
        *error = QStringLiteral("No imported invoice line overlaps the period; import one with 'costline-cli import invoice FILE'.");
        r.sections << ReportSection{QStringLiteral("No invoice line"), *error, {}, {}, {}, {}};
        return r;
    }
    const Evidence e = collect(ws, *line);
    const QString hash = evidenceHash(e.lines);
    r.filters << QStringLiteral("invoice line %1: %2 %3").arg(line->id).arg(line->provider, line->description);
    r.headline << qMakePair(QStringLiteral("Billed"), reportformat::cents(line->amountNano))
               << qMakePair(QStringLiteral("Events"), reportformat::cents(e.computed))
               << qMakePair(QStringLiteral("Delta"), reportformat::cents(line->amountNano - e.computed));
    r.sections << explanation(*line, e);
    ReportSection prices;
    prices.heading = QStringLiteral("Prices used");
    prices.columns = {{QStringLiteral("Price id"), ColumnKind::Count}, {QStringLiteral("Model pattern"), ColumnKind::Text},
                      {QStringLiteral("Effective from"), ColumnKind::Text}, {QStringLiteral("Input per Mtok"), ColumnKind::Money},
                      {QStringLiteral("Output per Mtok"), ColumnKind::Money}};
    SqliteStatement st(ws.db(), "SELECT id, model_pattern, effective_from_ms, input_per_mtok, output_per_mtok FROM pricing WHERE id = ?");
    for (qint64 id : e.priceIds) {
        st.reset();
        st.bind(0, id);
        if (st.step())
            prices.rows << QVariantList{id, st.text(1), utc::formatDate(utc::dayOf(st.int64(2))), st.int64(3), st.int64(4)};
    }
    ReportSection events;
    events.heading = QStringLiteral("Events behind the line");
    events.note = QStringLiteral("%1 events; the first %2 by time are listed. Evidence SHA-256 over all of them: %3")
                      .arg(e.events).arg(qMin<qint64>(e.events, kListedEvents)).arg(hash);
    events.columns = {{QStringLiteral("Time (UTC)"), ColumnKind::Text}, {QStringLiteral("Model"), ColumnKind::Text},
                      {QStringLiteral("Trace id"), ColumnKind::Text}, {QStringLiteral("Reported"), ColumnKind::Money},
                      {QStringLiteral("Computed"), ColumnKind::Money}};
    for (const EventRow &row : e.listed) {
        events.rows << QVariantList{utc::formatTimestamp(row.timestampMs).left(19), row.dim(Dimension::Model), row.traceId,
                                    row.reportedCostNano ? QVariant(*row.reportedCostNano) : QVariant(),
                                    row.computedCostNano ? QVariant(*row.computedCostNano) : QVariant()};
    }
    r.sections << prices << events;
    r.headline << qMakePair(QStringLiteral("Evidence SHA-256"), hash.left(16) + QStringLiteral("…"));
    return r;
}

} // namespace costline
