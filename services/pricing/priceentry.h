#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace costline {

// One price list entry. Token prices are nano-USD per million tokens: integers that hold
// every published per-token price exactly ($2.50 / 1M tokens = 2'500'000'000).
struct PriceEntry
{
    enum class Origin { User, Catalog };

    qint64 id = 0;
    QString provider;     // empty: applies to every provider
    QString modelPattern; // a model name or a glob ("gpt-4o*")
    qint64 effectiveFromMs = 0;
    std::optional<qint64> inputPerMTok;
    std::optional<qint64> cachedInputPerMTok; // cache read; input price when absent
    std::optional<qint64> cacheWritePerMTok;  // input price when absent
    std::optional<qint64> outputPerMTok;
    std::optional<qint64> reasoningPerMTok; // output price when absent
    qint64 perRequestNano = 0;
    qint64 perUnitNano = 0; // other meter: nano-USD per unit of `unit`
    QString unit;
    int batchDiscountBasisPoints = 0;
    Origin origin = Origin::User;
    QString catalog; // "litellm" for imported entries

    bool isGlob() const;
    // Characters of the pattern that are not wildcards: the more, the more specific.
    int literalLength() const;
    bool matchesModel(const QString &model) const;
};

QString originName(PriceEntry::Origin origin);

// Model patterns: a name, or a glob with *, ? and [classes].
bool isGlobPattern(const QString &pattern);
bool globMatches(const QString &pattern, const QString &text, Qt::CaseSensitivity cs = Qt::CaseSensitive);

} // namespace costline
