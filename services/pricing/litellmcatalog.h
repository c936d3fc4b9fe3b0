#pragma once

#include "priceentry.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace costline {

struct CatalogParseResult
{
    bool ok = false;
    QString error;            // why the whole file was refused
    QList<PriceEntry> entries;
    QStringList skipped;      // "model: reason" for entries that could not be read exactly
};

// Reads LiteLLM's model_prices_and_context_window.json. Prices are read from their
// decimal text (never through double) and converted to nano-USD per million tokens.
// Entries priced per second, character, image, pixel, query, page or session instead of per
// token become a price per that unit. Keys carrying a provider route ("azure/gpt-4o") become
// provider-scoped entries for the bare model name; `sample_spec` is documentation. Every
// other entry is listed in `skipped` with the reason, never dropped unsaid.
CatalogParseResult parseLiteLlmCatalog(const QByteArray &json, qint64 effectiveFromMs);

// Costline's provider name for a LiteLLM `litellm_provider` value ("azure" → "azure-openai").
QString providerFromLiteLlm(const QString &litellmProvider);

} // namespace costline
