#include "litellmcatalog.h"

#include "core/decimal.h"
#include "core/jsonnumbers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace costline {
namespace {

// USD per token × 1e15 = nano-USD per million tokens.
constexpr int kPerTokenToNanoPerMillion = 15;

struct PriceField
{
    const char *key;
    std::optional<qint64> PriceEntry::*member;
};

constexpr PriceField kTokenFields[] = {
    {"input_cost_per_token", &PriceEntry::inputPerMTok},
    {"cache_read_input_token_cost", &PriceEntry::cachedInputPerMTok},
    {"cache_creation_input_token_cost", &PriceEntry::cacheWritePerMTok},
    {"output_cost_per_token", &PriceEntry::outputPerMTok},
    {"output_cost_per_reasoning_token", &PriceEntry::reasoningPerMTok},
};

// Returns false (with a reason) when a price is present but not exactly representable.
bool readPrices(const QJsonObject &spec, PriceEntry &entry, QString *why)
{
    for (const PriceField &field : kTokenFields) {
        const QJsonValue value = spec.value(QLatin1String(field.key));
        if (!value.isString())
            continue;
        const ScaledDecimal price =
            parseScaledDecimal(value.toString().toUtf8(), kPerTokenToNanoPerMillion, true);
        if (!price.ok) {
            *why = QLatin1String(field.key) + QStringLiteral(": ") + price.error;
            return false;
        }
        entry.*(field.member) = price.value;
    }
    return true;
}

// Prices per another meter than tokens, and the unit Costline gives that meter. OCR's
// annotation price is an add-on to the page price, not a meter of its own.
struct UnitField
{
    const char *key;
    const char *unit;
};

constexpr UnitField kUnitFields[] = {
    {"input_cost_per_second", "second"},       {"output_cost_per_second", "second"},
    {"input_cost_per_character", "character"}, {"output_cost_per_character", "character"},
    {"input_cost_per_image", "image"},         {"output_cost_per_image", "image"},
    {"input_cost_per_pixel", "pixel"},         {"output_cost_per_pixel", "pixel"},
    {"output_cost_per_video_per_second", "video second"},
    {"input_cost_per_query", "query"},         {"ocr_cost_per_page", "page"},
    {"code_interpreter_cost_per_session", "session"},
};

bool hasTokenPrice(const QJsonObject &spec)
{
    return spec.contains(QLatin1String("input_cost_per_token")) || spec.contains(QLatin1String("output_cost_per_token"));
}

// An entry priced per second, character, image, ... (and not per token) as one price per
// unit. Whisper's equal input and output price per second is one price of the audio's
// seconds; prices that differ on one entry (per input and per output character) need two
// meters, which one entry has not, so the entry is refused with the reason.
bool readUnitPrice(const QJsonObject &spec, PriceEntry &entry, QString *why)
{
    QString prices;
    for (const UnitField &field : kUnitFields) {
        const QJsonValue value = spec.value(QLatin1String(field.key));
        if (!value.isString())
            continue;
        const ScaledDecimal price = parseScaledDecimal(value.toString().toUtf8(), 9, true);
        if (!price.ok) {
            *why = QLatin1String(field.key) + QStringLiteral(": ") + price.error;
            return false;
        }
        if (price.value == 0)
            continue;
        if (entry.perUnitNano != 0 && (entry.perUnitNano != price.value || entry.unit != QLatin1String(field.unit))) {
            *why = QStringLiteral("priced per unit on more than one meter (%1, %2 %3); add its prices with "
                                  "'costline-cli pricing set'").arg(prices, QLatin1String(field.key), value.toString());
            return false;
        }
        entry.perUnitNano = price.value;
        entry.unit = QLatin1String(field.unit);
        prices = QLatin1String(field.key) + QLatin1Char(' ') + value.toString();
    }
    if (entry.perUnitNano == 0)
        *why = spec.contains(QLatin1String("tiered_pricing"))
                   ? QStringLiteral("priced in volume tiers, which the catalogue import does not read; add its price with "
                                    "'costline-cli pricing set'")
                   : QStringLiteral("the catalogue gives it no price");
    return entry.perUnitNano != 0;
}

// "azure/gpt-4o" → "gpt-4o". An image's size or quality before the model of a per-unit
// price ("1024-x-1024/dall-e-2", "hd/...") is no route: each size has its own price.
QString bareModelName(const QString &key, const QString &litellmProvider, bool perUnit)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (slash <= 0 || litellmProvider.isEmpty() || (perUnit && !litellmProvider.startsWith(key.left(slash))))
        return key;
    return key.mid(slash + 1);
}

} // namespace

QString providerFromLiteLlm(const QString &litellmProvider)
{
    static const QHash<QString, QString> kMap = {
        {QStringLiteral("openai"), QStringLiteral("openai")},
        {QStringLiteral("text-completion-openai"), QStringLiteral("openai")},
        {QStringLiteral("anthropic"), QStringLiteral("anthropic")},
        {QStringLiteral("azure"), QStringLiteral("azure-openai")},
        {QStringLiteral("azure_ai"), QStringLiteral("azure-ai")},
        {QStringLiteral("bedrock"), QStringLiteral("bedrock")},
        {QStringLiteral("bedrock_converse"), QStringLiteral("bedrock")},
        {QStringLiteral("gemini"), QStringLiteral("google")},
        {QStringLiteral("mistral"), QStringLiteral("mistral")},
    };
    if (litellmProvider.startsWith(QLatin1String("vertex_ai")))
        return QStringLiteral("vertex");
    return kMap.value(litellmProvider, litellmProvider);
}

CatalogParseResult parseLiteLlmCatalog(const QByteArray &json, qint64 effectiveFromMs)
{
    CatalogParseResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(quoteJsonNumbers(json), &parseError);
    if (!doc.isObject()) {
        result.error = QStringLiteral("not a LiteLLM price catalogue: %1 at byte %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    const QJsonObject root = doc.object();
    QSet<QString> seen; // "provider\npattern": the first key for a scoped model wins
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == QLatin1String("sample_spec") || !it.value().isObject())
            continue;
        const QJsonObject spec = it.value().toObject();
        PriceEntry entry;
        const QString litellmProvider = spec.value(QLatin1String("litellm_provider")).toString();
        entry.provider = providerFromLiteLlm(litellmProvider);
        entry.modelPattern = bareModelName(it.key(), litellmProvider, !hasTokenPrice(spec));
        entry.effectiveFromMs = effectiveFromMs;
        entry.origin = PriceEntry::Origin::Catalog;
        entry.catalog = QStringLiteral("litellm");
        QString why;
        if (!(hasTokenPrice(spec) ? readPrices(spec, entry, &why) : readUnitPrice(spec, entry, &why))) {
            result.skipped << it.key() + QStringLiteral(": ") + why;
            continue;
        }
        const QString key = entry.provider + QLatin1Char('\n') + entry.modelPattern;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        result.entries.append(entry);
    }
    result.ok = true;
    return result;
}

} // namespace costline
