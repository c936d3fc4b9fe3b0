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

QString bareModelName(const QString &key, const QString &provider)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (slash > 0 && !provider.isEmpty())
        return key.mid(slash + 1);
    return key;
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
        if (!spec.contains(QLatin1String("input_cost_per_token"))
            && !spec.contains(QLatin1String("output_cost_per_token")))
            continue;
        PriceEntry entry;
        entry.provider = providerFromLiteLlm(spec.value(QLatin1String("litellm_provider")).toString());
        entry.modelPattern = bareModelName(it.key(), entry.provider);
        entry.effectiveFromMs = effectiveFromMs;
        entry.origin = PriceEntry::Origin::Catalog;
        entry.catalog = QStringLiteral("litellm");
        QString why;
        if (!readPrices(spec, entry, &why)) {
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
