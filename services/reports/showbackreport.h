#pragma once

#include "report.h"
#include "reportrequest.h"

namespace costline {

class Workspace;

// Showback per owner from the Allocator (the same showback as the Allocation tab and
// `costline-cli allocation showback`): each owner's cost by confidence, the unallocated
// line, the confidence mix, the cost pools' splits, and the reconciliation to the period's
// spend. Every table's total is the showback total to the nano-dollar.
Report buildShowback(Workspace &workspace, const ReportRequest &request);

} // namespace costline
