#pragma once

#include "allocation/allocationrule.h"
#include "allocation/allocator.h"
#include "allocation/costpool.h"
#include "tablewriter.h"

#include <QJsonObject>

namespace costline::cli {

// The JSON and tables `costline-cli allocation` prints (DESIGN §5 for showback).
QJsonObject showbackJson(const Showback &s);
QJsonObject previewJson(const AllocationPreview &p);
TableWriter showbackTable(const Showback &s);
// One row per owner with its confidence mix, unallocated last: what a chargeback starts from.
TableWriter chargebackTable(const Showback &s);
TableWriter previewTable(const AllocationPreview &p);
TableWriter rulesTable(const QList<AllocationRule> &rules);
TableWriter poolsTable(const QList<CostPool> &pools);

} // namespace costline::cli
