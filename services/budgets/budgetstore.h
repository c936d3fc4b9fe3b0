#pragma once

#include "budget.h"

#include <QList>

#include <optional>

namespace costline {

class Workspace;

// The workspace's budget caps.
class BudgetStore final
{
public:
    explicit BudgetStore(Workspace &workspace) : m_workspace(workspace) {}

    QList<Budget> list() const;
    std::optional<Budget> find(const QString &name) const;
    // Adds `budget` when its id is 0, else changes the stored cap with that id, which must
    // still be at `budget.version` (an edit made elsewhere in between is refused, not
    // overwritten); an edit that changes nothing is not one, others are recorded in the audit
    // trail. Refuses a cap that does not read (no name, no positive limit, a tenant cap
    // without a tenant) or that breaks the platform/tenant rule of caphierarchy.h. False with *error saying what to do;
    // *saved is the stored cap (new id and version) on success.
    bool save(const Budget &budget, QString *error, Budget *saved = nullptr);
    // Removes the cap and what it remembers of notified crossings, recorded in the audit trail;
    // false when no budget has that name, or *error when it cannot be removed.
    bool remove(const QString &name, QString *error = nullptr);

private:
    bool write(const Budget &budget, QString *error);

    Workspace &m_workspace;
};

// Why `budget` cannot be a cap, or empty.
QString budgetValidationError(const Budget &budget);

} // namespace costline
