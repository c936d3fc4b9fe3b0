#include "reportbuilder.h"

#include "chargebackreport.h"
#include "disputereport.h"
#include "showbackreport.h"
#include "workspace/costbasis.h"

namespace costline {

namespace {

Report buildOfKind(Workspace &workspace, const ReportRequest &request, QString *error)
{
    if (request.kind == QLatin1String("drivers"))
        return buildDrivers(workspace, request);
    if (request.kind == QLatin1String("showback"))
        return buildShowback(workspace, request);
    if (request.kind == QLatin1String("dispute"))
        return buildDispute(workspace, request, error);
    return buildChargeback(workspace, request);
}

} // namespace

Report buildReport(Workspace &workspace, const ReportRequest &request, QString *error)
{
    Report report = buildOfKind(workspace, request, error);
    report.costBasis = describeCostBases(CostBasisStore(workspace).exportSources());
    return report;
}

} // namespace costline
