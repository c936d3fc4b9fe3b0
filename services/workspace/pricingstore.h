#pragma once

#include "pricing/priceentry.h"

#include <QList>
#include <QString>

namespace costline {

class Workspace;

// The workspace's price list.
class PricingStore final
{
public:
    explicit PricingStore(Workspace &workspace) : m_workspace(workspace) {}

    QList<PriceEntry> entries() const;
    // Inserts or replaces the entry with the same (provider, pattern, effective date, origin).
    bool upsert(const PriceEntry &entry, QString *error);
    int upsertAll(const QList<PriceEntry> &entries, QString *error);
    // False when no entry has that id.
    bool remove(qint64 id);

private:
    Workspace &m_workspace;
};

} // namespace costline
