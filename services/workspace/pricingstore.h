#pragma once

#include "pricing/priceentry.h"

#include <QList>
#include <QString>

#include <optional>

namespace costline {

class Workspace;

// The workspace's price list.
class PricingStore final
{
public:
    explicit PricingStore(Workspace &workspace) : m_workspace(workspace) {}

    QList<PriceEntry> entries() const;
    std::optional<PriceEntry> find(qint64 id) const;
    // Inserts or replaces the entry with the same (provider, pattern, effective date, origin);
    // a change is recorded in the audit trail.
    bool upsert(const PriceEntry &entry, QString *error);
    // The same for a whole catalogue in one transaction and one audit entry holding every
    // price it added or changed. Returns how many entries it holds, or -1 with *error.
    int upsertAll(const QList<PriceEntry> &entries, QString *error);
    // False when no entry has that id, or *error when it cannot be removed.
    bool remove(qint64 id, QString *error = nullptr);

private:
    std::optional<PriceEntry> findSame(const PriceEntry &entry) const;
    bool write(const PriceEntry &entry, QString *error);

    Workspace &m_workspace;
};

} // namespace costline
