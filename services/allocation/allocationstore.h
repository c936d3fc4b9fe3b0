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

    // Every write below is recorded in the audit trail with the rule or pool before and after.
    QList<AllocationRule> rules() const;
    // Appends the rule after the last one (or at `position`, moving later rules down),
    // not yet applied. Returns its id, or -1 with *error.
    qint64 addRule(AllocationRule rule, QString *error);
    // False when no rule has that id, or *error when it cannot be removed.
    bool removeRule(qint64 id, QString *error = nullptr);
    // Every pending rule takes part in showback from now on; returns how many, or -1.
    int applyRules(QString *error = nullptr);

    QList<CostPool> pools() const;
    qint64 addPool(const CostPool &pool, QString *error);
    bool removePool(const QString &name, QString *error = nullptr);

private:
    std::optional<CostPool> findPool(const QString &name) const;

    Workspace &m_workspace;
};

} // namespace costline
