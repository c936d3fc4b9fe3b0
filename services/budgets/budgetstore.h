#pragma once

#include "budget.h"

#include <QList>

namespace costline {

class Workspace;

// The workspace's budgets.
class BudgetStore final
{
public:
    explicit BudgetStore(Workspace &workspace) : m_workspace(workspace) {}

    QList<Budget> list() const;
    // Adds, or replaces the budget with the same name.
    bool save(const Budget &budget, QString *error);
    bool remove(const QString &name);

private:
    Workspace &m_workspace;
};

} // namespace costline
