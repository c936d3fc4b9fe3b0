#include "billing/invoicematch.h"
#include "cliapp.h"
#include "commandline.h"
#include "core/money.h"
#include "core/utctime.h"
#include "tablewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline::cli {
namespace {

constexpr qint64 kLastDay = 50'000; // 2106: beyond any event (event ids end in 2109)

QString money(qint64 nano)
{
    return Money::fromNano(nano).toDecimalString();
}

QJsonValue optionalNumber(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject lineJson(const LineMatch &m)
{
    const InvoiceLine &l = m.line;
    QJsonArray overlaps;
    for (const qint64 id : m.overlaps)
        overlaps.append(id);
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("invoice"), QJsonObject{{QStringLiteral("id"), l.invoiceId},
                                                    {QStringLiteral("file"), l.file},
                                                    {QStringLiteral("provider"), l.provider},
                                                    {QStringLiteral("period_start"), utc::formatDate(l.firstDay())},
                                                    {QStringLiteral("period_end"), utc::formatDate(l.lastDay())}}},
            {QStringLiteral("line"), l.description},
            {QStringLiteral("matched_by"), m.criteria.describe()},
            {QStringLiteral("status"), lineStatusName(m.status)},
            {QStringLiteral("status_text"), m.statusText()},
            {QStringLiteral("overlaps"), overlaps},
            {QStringLiteral("billed"), money(l.amountNano)},
            {QStringLiteral("events_cost"), money(m.costNano)},
            {QStringLiteral("delta"), money(m.deltaNano())},
            {QStringLiteral("events"), m.events},
            {QStringLiteral("unpriced_events"), m.unpricedEvents},
            {QStringLiteral("estimated_events"), m.estimatedEvents},
            {QStringLiteral("quantity_billed"), optionalNumber(l.billedQuantity())},
            {QStringLiteral("quantity_events"), m.pricedQuantity + m.unpricedQuantity}};
}

void writeLinesJson(const InvoiceMatchResult &r, const EventFilter &range, QTextStream &out)
{
    QJsonArray lines, unmatched;
    qint64 billed = 0, cost = 0, unmatchedCost = 0, unmatchedEvents = 0;
    for (const LineMatch &m : r.lines) {
        lines.append(lineJson(m));
        billed += m.line.amountNano;
        cost += m.costNano;
    }
    for (const UnmatchedEvents &u : r.unmatched) {
        unmatched.append(QJsonObject{{QStringLiteral("provider"), u.provider}, {QStringLiteral("model"), u.model},
                                     {QStringLiteral("events"), u.events}, {QStringLiteral("cost"), money(u.costNano)},
                                     {QStringLiteral("unpriced_events"), u.unpricedEvents}});
        unmatchedCost += u.costNano;
        unmatchedEvents += u.events;
    }
    const QJsonObject totals{{QStringLiteral("billed"), money(billed)},       {QStringLiteral("events_cost"), money(cost)},
                             {QStringLiteral("delta"), money(billed - cost)}, {QStringLiteral("unmatched_events"), unmatchedEvents},
                             {QStringLiteral("unmatched_cost"), money(unmatchedCost)}};
    QJsonObject root{{QStringLiteral("currency"), QStringLiteral("USD")}, {QStringLiteral("lines"), lines},
                     {QStringLiteral("unmatched_events"), unmatched}, {QStringLiteral("totals"), totals}};
    if (range.fromDay)
        root.insert(QStringLiteral("from"), utc::formatDate(*range.fromDay));
    if (range.toDay)
        root.insert(QStringLiteral("to"), utc::formatDate(*range.toDay));
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void writeLinesTable(const InvoiceMatchResult &r, Format format, QTextStream &out)
{
    TableWriter lines({QStringLiteral("id"), QStringLiteral("provider"), QStringLiteral("period"), QStringLiteral("line"),
                       QStringLiteral("billed"), QStringLiteral("events_cost"), QStringLiteral("delta"), QStringLiteral("events"),
                       QStringLiteral("status")},
                      {true, false, false, false, true, true, true, true, false});
    for (const LineMatch &m : r.lines)
        lines.addRow({QString::number(m.line.id), m.line.provider,
                      utc::formatDate(m.line.firstDay()) + QStringLiteral("..") + utc::formatDate(m.line.lastDay()),
                      m.line.description, money(m.line.amountNano), money(m.costNano), money(m.deltaNano()),
                      QString::number(m.events), m.statusText()});
    TableWriter unmatched({QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("events"), QStringLiteral("cost"),
                           QStringLiteral("unpriced_events")},
                          {false, false, true, true, true});
    for (const UnmatchedEvents &u : r.unmatched)
        unmatched.addRow({u.provider, u.model, QString::number(u.events), money(u.costNano), QString::number(u.unpricedEvents)});
    if (format == Format::Csv) {
        lines.writeCsv(out);
        return;
    }
    lines.writeTable(out);
    out << "\nEvents of the invoiced providers and periods that no line bills:\n";
    if (r.unmatched.isEmpty())
        out << "  none\n";
    else
        unmatched.writeTable(out);
}

void writeDays(const LineMatch &m, Format format, QTextStream &out)
{
    if (format == Format::Json) {
        QJsonArray days;
        for (const LineDay &d : m.days)
            days.append(QJsonObject{{QStringLiteral("day"), utc::formatDate(d.day)}, {QStringLiteral("events"), d.events},
                                    {QStringLiteral("events_cost"), money(d.costNano)},
                                    {QStringLiteral("unpriced_events"), d.unpricedEvents},
                                    {QStringLiteral("estimated_events"), d.estimatedEvents}});
        QJsonObject root = lineJson(m);
        root.insert(QStringLiteral("days"), days);
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return;
    }
    TableWriter table({QStringLiteral("day"), QStringLiteral("events"), QStringLiteral("events_cost"),
                       QStringLiteral("unpriced_events"), QStringLiteral("estimated_events")},
                      {false, true, true, true, true});
    for (const LineDay &d : m.days)
        table.addRow({utc::formatDate(d.day), QString::number(d.events), money(d.costNano), QString::number(d.unpricedEvents),
                      QString::number(d.estimatedEvents)});
    if (format == Format::Csv) {
        table.writeCsv(out);
        return;
    }
    out << "Line " << m.line.id << " (" << m.line.description << "): billed " << money(m.line.amountNano) << ", events "
        << money(m.costNano) << ", " << m.statusText() << "\n";
    table.writeTable(out);
}

} // namespace

int runInvoice(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("invoice"),
                   QStringLiteral("Imported invoice lines against the events they bill: 'invoice lines [--from D] [--to D]' "
                                  "lists every line with its match status and the events no line bills; "
                                  "'invoice days --line ID' shows one line day by day."),
                   io);
    cl.addWorkspaceOption();
    cl.addFormatOption();
    cl.addFilterOptions();
    cl.parser().addPositionalArgument(QStringLiteral("what"), QStringLiteral("lines | days"));
    cl.parser().addOption({QStringLiteral("line"), QStringLiteral("days: the invoice line id (see 'invoice lines')"), QStringLiteral("ID")});
    if (const auto exit = cl.parse(args))
        return *exit;
    const QString what = cl.positional().value(1);
    if (cl.positional().size() != 2 || (what != QLatin1String("lines") && what != QLatin1String("days")))
        return cl.usageError(QStringLiteral("expected 'invoice lines' or 'invoice days --line ID'"));
    if (cl.isSet(QStringLiteral("where")))
        return cl.usageError(QStringLiteral("invoice takes no --where: a line picks its events by its own columns"));
    bool okLine = false;
    const qint64 lineId = cl.value(QStringLiteral("line")).toLongLong(&okLine);
    if (what == QLatin1String("days") && (!okLine || lineId <= 0))
        return cl.usageError(QStringLiteral("--line ID is required: the id of a line of 'invoice lines'"));
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    const auto filter = cl.readFilter(*workspace, false);
    if (!filter)
        return UsageError;
    InvoiceMatcher matcher(*workspace);
    if (what == QLatin1String("days")) {
        const auto match = matcher.runLine(lineId);
        if (!match)
            return cl.runtimeError(QStringLiteral("no imported invoice line has id %1; 'costline-cli invoice lines' lists them").arg(lineId));
        writeDays(*match, cl.format(), io.out);
        return Success;
    }
    const InvoiceMatchResult result = matcher.run(filter->fromDay.value_or(0), filter->toDay.value_or(kLastDay));
    if (result.lines.isEmpty() && cl.format() == Format::Table) {
        io.out << "No imported invoice lines" << (filter->fromDay || filter->toDay ? " in the period" : "")
               << "; import one with 'costline-cli import invoice FILE'.\n";
        return Success;
    }
    if (cl.format() == Format::Json)
        writeLinesJson(result, *filter, io.out);
    else
        writeLinesTable(result, cl.format(), io.out);
    return Success;
}

} // namespace costline::cli
