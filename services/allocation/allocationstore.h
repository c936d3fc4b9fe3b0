#pragma once

#include "allocationrule.h"
#include "costpool.h"

#include <QList>

namespace costline {

class Workspace;

// The workspace's allocation rules (in position order) and cost pools.
class AllocationStore final
{
public:
    explicit AllocationStore(Workspace &workspace) : m_workspace(workspace) {}

    QList<AllocationRule> rules() const;
    // Appends the rule after the last one (or at `position`, moving later rules down),
    // not yet applied. Returns its id, or -1 with *error.
    qint64 addRule(AllocationRule rule, QString *error);
    bool removeRule(qint64 id);
    // Every pending rule takes part in showback from now on; returns how many.
    int applyRules();

    QList<CostPool> pools() const;
    qint64 addPool(const CostPool &pool, QString *error);
    bool removePool(const QString &name);

private:
    Workspace &m_workspace;
};

} // namespace costline
