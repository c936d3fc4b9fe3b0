#include "cliapp.h"
#include "commandline.h"
#include "tablewriter.h"
#include "core/decimal.h"
#include "core/money.h"
#include "core/utctime.h"
#include "pricing/litellmcatalog.h"
#include "workspace/pricinggaps.h"
#include "workspace/pricingstore.h"
#include "workspace/repricer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline::cli {
namespace {

// Prices per million tokens print as exact dollars: nano-USD per million / 1e9.
QString perMillion(std::optional<qint64> nano)
{
    return nano ? Money::fromNano(*nano).toDecimalString() : QString();
}

QStringList entryCells(const PriceEntry &e)
{
    return {QString::number(e.id), e.provider, e.modelPattern, utc::formatDate(utc::dayOf(e.effectiveFromMs)),
            perMillion(e.inputPerMTok), perMillion(e.cachedInputPerMTok), perMillion(e.cacheWritePerMTok),
            perMillion(e.outputPerMTok), perMillion(e.reasoningPerMTok), Money::fromNano(e.perRequestNano).toDecimalString(),
            originName(e.origin)};
}

const QStringList kEntryColumns = {QStringLiteral("id"), QStringLiteral("provider"), QStringLiteral("model_pattern"),
                                   QStringLiteral("effective_from"), QStringLiteral("input_per_mtok"),
                                   QStringLiteral("cached_input_per_mtok"), QStringLiteral("cache_write_per_mtok"),
                                   QStringLiteral("output_per_mtok"), QStringLiteral("reasoning_per_mtok"),
                                   QStringLiteral("per_request"), QStringLiteral("origin")};

int printEntries(CommandLine &cl, Workspace &workspace, Io io)
{
    const QList<PriceEntry> entries = PricingStore(workspace).entries();
    TableWriter table(kEntryColumns, {true, false, false, false, true, true, true, true, true, true, false});
    QJsonArray array;
    for (const PriceEntry &e : entries) {
        const QStringList cells = entryCells(e);
        table.addRow(cells);
        QJsonObject o;
        for (qsizetype i = 0; i < kEntryColumns.size(); ++i)
            o.insert(kEntryColumns.at(i), cells.at(i));
        o.insert(QStringLiteral("id"), e.id);
        array.append(o);
    }
    if (cl.format() == Format::Json)
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("entries"), array}}).toJson(QJsonDocument::Indented);
    else if (cl.format() == Format::Csv)
        table.writeCsv(io.out);
    else
        table.writeTable(io.out);
    return Success;
}

int reprice(CommandLine &cl, Workspace &workspace, Io io)
{
    const RepriceResult r = Repricer(workspace).run([&io](qint64 done, qint64 total) {
        io.err << "re-pricing: " << done << " of " << total << " events\n";
        io.err.flush();
        return true;
    });
    if (!r.ok)
        return cl.runtimeError(QStringLiteral("re-pricing failed: %1").arg(r.error));
    io.out << "re-priced " << r.examined << " events, " << r.changed << " changed\n";
    return Success;
}

std::optional<qint64> readPrice(CommandLine &cl, const QString &option, QString *error)
{
    if (!cl.isSet(option))
        return std::nullopt;
    const ScaledDecimal v = parseScaledDecimal(cl.value(option).toUtf8(), Money::kFractionDigits);
    if (!v.ok || v.value < 0)
        *error = QStringLiteral("--%1: %2").arg(option, v.ok ? QStringLiteral("a price must not be negative") : v.error);
    return v.value;
}

int addEntry(CommandLine &cl, Workspace &workspace, Io io)
{
    if (!cl.isSet(QStringLiteral("model")))
        return cl.usageError(QStringLiteral("pricing add needs --model PATTERN"));
    PriceEntry e;
    e.modelPattern = cl.value(QStringLiteral("model"));
    e.provider = cl.value(QStringLiteral("provider"));
    e.origin = PriceEntry::Origin::User;
    if (cl.isSet(QStringLiteral("from"))) {
        const auto day = utc::parseDate(cl.value(QStringLiteral("from")).toUtf8());
        if (!day)
            return cl.usageError(QStringLiteral("--from must be YYYY-MM-DD"));
        e.effectiveFromMs = *day * kMsPerDay;
    }
    QString error;
    e.inputPerMTok = readPrice(cl, QStringLiteral("input"), &error);
    e.cachedInputPerMTok = readPrice(cl, QStringLiteral("cached-input"), &error);
    e.cacheWritePerMTok = readPrice(cl, QStringLiteral("cache-write"), &error);
    e.outputPerMTok = readPrice(cl, QStringLiteral("output"), &error);
    e.reasoningPerMTok = readPrice(cl, QStringLiteral("reasoning"), &error);
    e.perRequestNano = readPrice(cl, QStringLiteral("per-request"), &error).value_or(0);
    e.perUnitNano = readPrice(cl, QStringLiteral("per-unit"), &error).value_or(0);
    e.unit = cl.value(QStringLiteral("unit"));
    const int discount = cl.value(QStringLiteral("batch-discount")).toInt();
    e.batchDiscountBasisPoints = discount * 100;
    if (!error.isEmpty())
        return cl.usageError(error);
    if (discount < 0 || discount > 100)
        return cl.usageError(QStringLiteral("--batch-discount is a percentage from 0 to 100"));
    if (!PricingStore(workspace).upsert(e, &error))
        return cl.runtimeError(error);
    io.out << "added price for " << e.modelPattern << '\n';
    return reprice(cl, workspace, io);
}

int importCatalogue(CommandLine &cl, Workspace &workspace, Io io)
{
    const QStringList p = cl.positional();
    if (p.size() != 4 || p.at(2) != QLatin1String("litellm"))
        return cl.usageError(QStringLiteral("expected 'pricing import litellm FILE'"));
    QFile file(p.at(3));
    if (!file.open(QIODevice::ReadOnly))
        return cl.runtimeError(QStringLiteral("cannot read %1: %2").arg(p.at(3), file.errorString()));
    const qint64 from = utc::parseDate(cl.value(QStringLiteral("from")).toUtf8()).value_or(0) * kMsPerDay;
    const CatalogParseResult catalogue = parseLiteLlmCatalog(file.readAll(), from);
    if (!catalogue.ok)
        return cl.runtimeError(QStringLiteral("%1: %2").arg(p.at(3), catalogue.error));
    QString error;
    const int written = PricingStore(workspace).upsertAll(catalogue.entries, &error);
    if (written < 0)
        return cl.runtimeError(error);
    io.out << "imported " << written << " catalogue prices, skipped " << catalogue.skipped.size() << '\n';
    for (const QString &why : catalogue.skipped)
        io.err << "skipped " << why << '\n';
    return reprice(cl, workspace, io);
}

int printGaps(CommandLine &cl, Workspace &workspace, Io io)
{
    TableWriter table({QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("events"), QStringLiteral("tokens"),
                       QStringLiteral("first_seen"), QStringLiteral("last_seen"), QStringLiteral("estimated_cost")},
                      {false, false, true, true, false, false, true});
    QJsonArray array;
    for (const PricingGap &g : findPricingGaps(workspace)) {
        const QString estimate = g.estimatedCostNano ? Money::fromNano(*g.estimatedCostNano).toDecimalString() : QString();
        table.addRow({g.provider, g.model, QString::number(g.events), QString::number(g.tokens), utc::formatDate(g.firstDay),
                      utc::formatDate(g.lastDay), estimate});
        array.append(QJsonObject{{QStringLiteral("provider"), g.provider}, {QStringLiteral("model"), g.model},
                                 {QStringLiteral("events"), g.events}, {QStringLiteral("tokens"), g.tokens},
                                 {QStringLiteral("first_seen"), utc::formatDate(g.firstDay)},
                                 {QStringLiteral("last_seen"), utc::formatDate(g.lastDay)},
                                 {QStringLiteral("estimated_cost"), g.estimatedCostNano ? QJsonValue(estimate) : QJsonValue()}});
    }
    if (cl.format() == Format::Json)
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("gaps"), array}}).toJson(QJsonDocument::Indented);
    else if (cl.format() == Format::Csv)
        table.writeCsv(io.out);
    else
        table.writeTable(io.out);
    return Success;
}

void addOptions(CommandLine &cl)
{
    cl.addWorkspaceOption();
    cl.addFormatOption();
    cl.parser().addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | add | remove ID | import litellm FILE | gaps"));
    const QList<QPair<QString, QString>> options = {
        {QStringLiteral("model"), QStringLiteral("model name or glob (add)")},
        {QStringLiteral("provider"), QStringLiteral("provider the price applies to; empty: all (add)")},
        {QStringLiteral("from"), QStringLiteral("effective from this UTC day, YYYY-MM-DD")},
        {QStringLiteral("input"), QStringLiteral("USD per million input tokens")},
        {QStringLiteral("cached-input"), QStringLiteral("USD per million cache-read tokens")},
        {QStringLiteral("cache-write"), QStringLiteral("USD per million cache-write tokens")},
        {QStringLiteral("output"), QStringLiteral("USD per million output tokens")},
        {QStringLiteral("reasoning"), QStringLiteral("USD per million reasoning tokens")},
        {QStringLiteral("per-request"), QStringLiteral("USD per request")},
        {QStringLiteral("per-unit"), QStringLiteral("USD per unit of another meter")},
        {QStringLiteral("unit"), QStringLiteral("that meter's unit (GPU-second, call, GB)")},
        {QStringLiteral("batch-discount"), QStringLiteral("percent off for batch operations")},
    };
    for (const auto &[name, help] : options)
        cl.parser().addOption({name, help, QStringLiteral("VALUE")});
}

} // namespace

int runPricing(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("pricing"), QStringLiteral("The workspace's model prices."), io);
    addOptions(cl);
    if (const auto exit = cl.parse(args))
        return *exit;
    const QString action = cl.positional().value(1);
    static const QStringList kActions = {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("remove"),
                                         QStringLiteral("import"), QStringLiteral("gaps")};
    if (!kActions.contains(action))
        return cl.usageError(QStringLiteral("expected one of: %1").arg(kActions.join(QStringLiteral(", "))));
    auto workspace = cl.openWorkspace(action == QLatin1String("list") || action == QLatin1String("gaps")
                                          ? Workspace::OpenMode::ExistingOnly
                                          : Workspace::OpenMode::CreateIfMissing);
    if (!workspace)
        return RuntimeError;
    if (action == QLatin1String("list"))
        return printEntries(cl, *workspace, io);
    if (action == QLatin1String("gaps"))
        return printGaps(cl, *workspace, io);
    if (action == QLatin1String("add"))
        return addEntry(cl, *workspace, io);
    if (action == QLatin1String("import"))
        return importCatalogue(cl, *workspace, io);
    bool ok = false;
    const qint64 id = cl.positional().value(2).toLongLong(&ok);
    if (!ok)
        return cl.usageError(QStringLiteral("expected 'pricing remove ID' (ids are in 'pricing list')"));
    QString error;
    if (!PricingStore(*workspace).remove(id, &error))
        return cl.runtimeError(error.isEmpty() ? QStringLiteral("no price entry has id %1; see 'costline-cli pricing list'").arg(id)
                                               : error);
    io.out << "removed price entry " << id << '\n';
    return reprice(cl, *workspace, io);
}

} // namespace costline::cli
