#pragma once

#include "report.h"
#include "reportrequest.h"

namespace costline {

class Workspace;

// The chargeback pack: tenant, API key, model, provider and daily tables from the rollups,
// the month's forecast and the period's anomalies. Every table's cost totals to the period's.
Report buildChargeback(Workspace &workspace, const ReportRequest &request);
// Cost drivers summary: per provider, model, team and tenant against the previous period.
Report buildDrivers(Workspace &workspace, const ReportRequest &request);

// Title-page fields shared by every report.
Report reportHeader(Workspace &workspace, const ReportRequest &request);

} // namespace costline
