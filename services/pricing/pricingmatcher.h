#pragma once

#include "priceentry.h"

#include <QList>

namespace costline {

// Picks the price entry for a (provider, model, time):
// 1. a provider-scoped entry beats a global one;
// 2. a literal model name beats a glob; among globs the longest literal part wins;
// 3. for the same pattern and scope a user (negotiated) entry beats a catalogue entry;
// 4. within that, the entry whose effective-from is the latest at or before the time.
// A pattern whose entries all start after the time does not apply, and the next one is tried.
// Providers compare by their canonical names (canonicalProviderName), so an event of "OpenAI"
// or "az.ai.openai" finds the catalogue's "openai" or "azure-openai" entries.
class PricingMatcher final
{
public:
    explicit PricingMatcher(QList<PriceEntry> entries = {});

    const PriceEntry *match(const QString &provider, const QString &model, qint64 atMs) const;
    // The same in two steps, for callers that cache the candidates of a (provider, model).
    QList<int> candidates(const QString &provider, const QString &model) const;
    const PriceEntry *matchIn(const QList<int> &candidates, qint64 atMs) const;
    const QList<PriceEntry> &entries() const { return m_entries; }

private:
    // Entries of one (scope, pattern, origin), newest effective date first.
    struct Group
    {
        QList<int> byEffectiveDesc;
        QString provider; // canonical; empty for an entry of every provider
    };

    QList<PriceEntry> m_entries;
    QList<Group> m_groups; // in precedence order
};

} // namespace costline
