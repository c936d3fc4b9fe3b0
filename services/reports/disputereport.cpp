#include "disputereport.h"

#include "billing/disputecauses.h"
#include "billing/invoicematch.h"
#include "chargebackreport.h"
#include "core/money.h"
#include "core/utctime.h"
#include "workspace/eventquery.h"
#include "workspace/pricingstore.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QSet>

namespace costline {
namespace {

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
    LineMatch match;
    QList<EventRow> rows;      // every event behind the line, in time order
    QList<Wide> shares;        // each one's unrounded share of the line's cost
    QList<bool> split;         // only some of its parts are on the line
    QList<QByteArray> lines;   // the hashed evidence
    QList<DisputeCause> causes;
    QSet<qint64> days;
};

QByteArray evidenceLine(const EventRow &row)
{
    return (row.eventId + QLatin1Char('|') + QString::number(row.timestampMs) + QLatin1Char('|') + row.dim(Dimension::Model)
            + QLatin1Char('|') + row.traceId + QLatin1Char('|') + QString::number(row.inputTokens) + QLatin1Char('|')
            + QString::number(row.outputTokens) + QLatin1Char('|') + QString::number(row.costNano().value_or(-1)))
        .toUtf8();
}

// The events the line bills, matched beside the other lines of its invoice
// (docs/invoice-matching.md), with the causes of its delta.
Evidence collect(Workspace &ws, const InvoiceLine &line)
{
    Evidence e;
    DisputeCauses causes(line, PricingStore(ws).entries());
    const auto match = InvoiceMatcher(ws).runLine(line.id, [&e, &causes](const LineEvent &event) {
        e.days.insert(utc::dayOf(event.row.timestampMs));
        e.rows << event.row;
        e.shares << event.countedUnits;
        e.split << event.split;
        e.lines << evidenceLine(event.row);
        causes.add(event);
    });
    if (match) {
        e.match = *match;
        e.causes = causes.finish(*match);
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
              {QStringLiteral("Cost of the events behind it"), e.match.costNano, e.match.events},
              {QStringLiteral("Delta (billed − events)"), e.match.deltaNano(), QVariant()},
              {QStringLiteral("Days of the invoice period without events"), QVariant(), periodDays - e.days.size()}};
    s.note = QStringLiteral("A positive delta means the provider billed more than the usage explains. The line bills %1.")
                 .arg(e.match.criteria.describe());
    return s;
}

ReportSection causesSection(const Evidence &e)
{
    ReportSection s;
    s.heading = QStringLiteral("Causes of the delta");
    s.note = QStringLiteral("Each cause's share of the delta; together they add up to it exactly (docs/invoice-matching.md).");
    s.columns = {{QStringLiteral("Cause"), ColumnKind::Text}, {QStringLiteral("Explains (USD)"), ColumnKind::Money},
                 {QStringLiteral("Events"), ColumnKind::Count}, {QStringLiteral("How it is measured"), ColumnKind::Text}};
    for (const DisputeCause &c : e.causes)
        s.rows << QVariantList{c.cause, c.amountNano, c.events, c.basis};
    s.totals = {QStringLiteral("Delta"), e.match.deltaNano(), QVariant(), QString()};
    return s;
}

ReportSection pricesSection(Workspace &ws, const Evidence &e)
{
    ReportSection prices;
    prices.heading = QStringLiteral("Prices used");
    prices.columns = {{QStringLiteral("Price id"), ColumnKind::Count}, {QStringLiteral("Model pattern"), ColumnKind::Text},
                      {QStringLiteral("Effective from"), ColumnKind::Text}, {QStringLiteral("Input per Mtok"), ColumnKind::Money},
                      {QStringLiteral("Output per Mtok"), ColumnKind::Money}};
    SqliteStatement st(ws.db(), "SELECT id, model_pattern, effective_from_ms, input_per_mtok, output_per_mtok FROM pricing WHERE id = ?");
    for (const qint64 id : e.match.priceIds) {
        st.reset();
        st.bind(0, id);
        if (st.step())
            prices.rows << QVariantList{id, st.text(1), utc::formatDate(utc::dayOf(st.int64(2))), st.int64(3), st.int64(4)};
    }
    return prices;
}

// Every event, the last section so that the PDF pages it as an appendix; the shares are
// rounded together so that the column adds up to the line's cost.
ReportSection eventsAppendix(const Evidence &e, const QString &hash)
{
    ReportSection s;
    s.heading = QStringLiteral("Appendix: every event behind the line");
    s.note = QStringLiteral("All %1 events, oldest first. Evidence SHA-256 over all of them: %2").arg(e.rows.size()).arg(hash);
    s.columns = {{QStringLiteral("Event id"), ColumnKind::Text}, {QStringLiteral("Time (UTC)"), ColumnKind::Text},
                 {QStringLiteral("Model"), ColumnKind::Text}, {QStringLiteral("Trace id"), ColumnKind::Text},
                 {QStringLiteral("Event cost"), ColumnKind::Money}, {QStringLiteral("On this line"), ColumnKind::Money}};
    const QList<qint64> onLine = apportion(e.shares, e.match.costNano);
    for (qsizetype i = 0; i < e.rows.size(); ++i) {
        const EventRow &row = e.rows.at(i);
        const auto cost = row.costNano();
        s.rows << QVariantList{row.eventId, utc::formatTimestamp(row.timestampMs).left(19), row.dim(Dimension::Model), row.traceId,
                               cost ? QVariant(*cost) : QVariant(), onLine.at(i)};
    }
    s.totals = {QStringLiteral("Total"), QVariant(), QVariant(), QVariant(), QVariant(), e.match.costNano};
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
               << qMakePair(QStringLiteral("Events"), reportformat::cents(e.match.costNano))
               << qMakePair(QStringLiteral("Delta"), reportformat::cents(e.match.deltaNano()));
    r.sections << explanation(*line, e) << causesSection(e) << pricesSection(ws, e) << eventsAppendix(e, hash);
    r.headline << qMakePair(QStringLiteral("Evidence SHA-256"), hash.left(16) + QStringLiteral("…"));
    return r;
}

} // namespace costline
