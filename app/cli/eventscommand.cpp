#include "cliapp.h"
#include "commandline.h"
#include "tablewriter.h"
#include "core/money.h"
#include "core/utctime.h"
#include "workspace/eventquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline::cli {
namespace {

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 100'000;

QString moneyText(std::optional<qint64> nano)
{
    return nano ? Money::fromNano(*nano).toDecimalString() : QString();
}

QStringList headers()
{
    QStringList h{QStringLiteral("timestamp"), QStringLiteral("event_id")};
    for (int d = 0; d < kDimensionCount; ++d)
        h << dimensionName(Dimension(d));
    h << QStringLiteral("trace_id") << QStringLiteral("input_tokens") << QStringLiteral("cached_input_tokens")
      << QStringLiteral("cache_write_tokens") << QStringLiteral("output_tokens") << QStringLiteral("reasoning_tokens")
      << QStringLiteral("requests") << QStringLiteral("reported_cost") << QStringLiteral("computed_cost")
      << QStringLiteral("cost") << QStringLiteral("estimated");
    return h;
}

QStringList cells(const EventRow &e)
{
    QStringList c{utc::formatTimestamp(e.timestampMs), e.eventId};
    for (int d = 0; d < kDimensionCount; ++d)
        c << e.dims[size_t(d)];
    c << e.traceId << QString::number(e.inputTokens) << QString::number(e.cachedInputTokens)
      << QString::number(e.cacheWriteTokens) << QString::number(e.outputTokens) << QString::number(e.reasoningTokens)
      << QString::number(e.requests) << moneyText(e.reportedCostNano) << moneyText(e.computedCostNano)
      << (e.costNano() ? moneyText(e.costNano()) : QStringLiteral("unpriced")) << QString::number(e.estimated ? 1 : 0);
    return c;
}

QJsonObject toJson(const EventRow &e)
{
    const QStringList names = headers();
    const QStringList values = cells(e);
    QJsonObject o;
    for (qsizetype i = 0; i < names.size(); ++i)
        o.insert(names.at(i), values.at(i));
    // Counts as numbers, unpriced as null: JSON readers should not parse text.
    for (const char *count : {"input_tokens", "cached_input_tokens", "cache_write_tokens", "output_tokens",
                              "reasoning_tokens", "requests"})
        o.insert(QLatin1String(count), o.value(QLatin1String(count)).toString().toLongLong());
    o.insert(QStringLiteral("estimated"), e.estimated);
    if (!e.costNano())
        o.insert(QStringLiteral("cost"), QJsonValue::Null);
    if (!e.labelsJson.isEmpty())
        o.insert(QStringLiteral("labels"), QJsonDocument::fromJson(e.labelsJson.toUtf8()).object());
    return o;
}

} // namespace

int runEvents(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("events"), QStringLiteral("Usage events, newest first."), io);
    cl.addWorkspaceOption();
    cl.addFormatOption();
    cl.addFilterOptions();
    cl.parser().addOption({QStringLiteral("limit"), QStringLiteral("events to print (default %1)").arg(kDefaultLimit),
                           QStringLiteral("N"), QString::number(kDefaultLimit)});
    cl.parser().addOption({QStringLiteral("before"), QStringLiteral("continue after this cursor (next_cursor of a previous page)"),
                           QStringLiteral("CURSOR")});
    if (const auto exit = cl.parse(args))
        return *exit;
    bool ok = false;
    const int limit = cl.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > kMaxLimit)
        return cl.usageError(QStringLiteral("--limit must be a number from 1 to %1").arg(kMaxLimit));
    std::optional<qint64> before;
    if (cl.isSet(QStringLiteral("before"))) {
        before = cl.value(QStringLiteral("before")).toLongLong(&ok);
        if (!ok)
            return cl.usageError(QStringLiteral("--before must be a cursor printed by a previous page"));
    }
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    const auto filter = cl.readFilter(*workspace, false);
    if (!filter)
        return UsageError;
    const EventPage page = EventQuery(*workspace).page(*filter, before, limit);
    if (cl.format() == Format::Json) {
        QJsonArray rows;
        for (const EventRow &e : page.rows)
            rows.append(toJson(e));
        QJsonObject root{{QStringLiteral("events"), rows}};
        root.insert(QStringLiteral("next_cursor"),
                    page.nextCursor ? QJsonValue(QString::number(*page.nextCursor)) : QJsonValue::Null);
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Success;
    }
    const QStringList h = headers();
    QList<bool> right(h.size(), false);
    for (qsizetype i = h.indexOf(QStringLiteral("input_tokens")); i < h.size() - 1; ++i)
        right[i] = true;
    TableWriter table(h, right);
    for (const EventRow &e : page.rows)
        table.addRow(cells(e));
    if (cl.format() == Format::Csv) {
        table.writeCsv(io.out);
    } else {
        table.writeTable(io.out);
        if (page.nextCursor)
            io.out << "more: --before " << *page.nextCursor << '\n';
    }
    return Success;
}

} // namespace costline::cli
