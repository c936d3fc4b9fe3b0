#include "healthquery.h"

namespace costline {

HealthReport HealthQuery::run(const HealthRequest &request)
{
    HealthReport report;
    report.checks << sourceChecks(m_workspace, request) << coverageChecks(m_workspace, request)
                  << ingestionChecks(m_workspace, request);
    for (HealthCheck &c : report.checks)
        c.locked = !request.enabled.isEmpty() && !request.enabled.contains(c.capability);
    report.readiness = readinessScore(report.checks);
    report.next = nextAction(report.checks);
    return report;
}

} // namespace costline
