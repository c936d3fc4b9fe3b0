#pragma once

#include "allocationrule.h"
#include "costpool.h"

#include <QJsonObject>

namespace costline {

// Allocation rules and cost pools as the audit trail records them.
QJsonObject ruleAuditJson(const AllocationRule &rule);
QString ruleAuditObject(const AllocationRule &rule); // "allocation_rule:feature=search*→team:search"
QJsonObject poolAuditJson(const CostPool &pool);
QString poolAuditObject(const QString &name);         // "cost_pool:GPU cluster"

} // namespace costline
