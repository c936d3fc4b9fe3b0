#include "pricingmatcher.h"

#include "core/providername.h"

#include <QMap>

#include <algorithm>
#include <tuple>

namespace costline {
namespace {

// Higher sorts first.
auto precedence(const PriceEntry &e)
{
    return std::make_tuple(!e.provider.isEmpty(), !e.isGlob(), e.literalLength(),
                           e.origin == PriceEntry::Origin::User);
}

} // namespace

PricingMatcher::PricingMatcher(QList<PriceEntry> entries) : m_entries(std::move(entries))
{
    QMap<std::tuple<QString, QString, int>, QList<int>> grouped;
    for (int i = 0; i < m_entries.size(); ++i) {
        const PriceEntry &e = m_entries.at(i);
        grouped[{e.provider, e.modelPattern, int(e.origin)}].append(i);
    }
    for (QList<int> members : std::as_const(grouped)) {
        std::sort(members.begin(), members.end(), [this](int a, int b) {
            return m_entries.at(a).effectiveFromMs > m_entries.at(b).effectiveFromMs;
        });
        m_groups.append(Group{members, canonicalProviderName(m_entries.at(members.first()).provider)});
    }
    std::stable_sort(m_groups.begin(), m_groups.end(), [this](const Group &a, const Group &b) {
        return precedence(m_entries.at(a.byEffectiveDesc.first()))
               > precedence(m_entries.at(b.byEffectiveDesc.first()));
    });
}

QList<int> PricingMatcher::candidates(const QString &provider, const QString &model) const
{
    const QString wanted = canonicalProviderName(provider);
    QList<int> matching;
    for (int g = 0; g < m_groups.size(); ++g) {
        const Group &group = m_groups.at(g);
        if ((group.provider.isEmpty() || group.provider == wanted)
            && m_entries.at(group.byEffectiveDesc.first()).matchesModel(model))
            matching.append(g);
    }
    return matching;
}

const PriceEntry *PricingMatcher::match(const QString &provider, const QString &model, qint64 atMs) const
{
    return matchIn(candidates(provider, model), atMs);
}

const PriceEntry *PricingMatcher::matchIn(const QList<int> &candidates, qint64 atMs) const
{
    for (const int g : candidates) {
        for (const int i : m_groups.at(g).byEffectiveDesc) {
            if (m_entries.at(i).effectiveFromMs <= atMs)
                return &m_entries.at(i);
        }
    }
    return nullptr;
}

} // namespace costline
