#pragma once

#include "healthcheck.h"

#include <QSet>

namespace costline {

class Workspace;

struct HealthRequest
{
    qint64 fromDay = 0; // inclusive UTC days the data checks look at
    qint64 toDay = 0;
    qint64 nowMs = 0;   // freshness is measured against this time
    // The plan's capabilities; empty means every capability (no licence work yet).
    QSet<QString> enabled;
};

struct HealthReport
{
    int readiness = 100;
    QList<HealthCheck> checks;
    std::optional<HealthCheck> next;
};

// Runs every check of Data health over the workspace and scores readiness.
class HealthQuery final
{
public:
    explicit HealthQuery(Workspace &workspace) : m_workspace(workspace) {}

    HealthReport run(const HealthRequest &request);

private:
    Workspace &m_workspace;
};

// The checks by family; each reads the workspace for the request's days.
QList<HealthCheck> sourceChecks(Workspace &workspace, const HealthRequest &request);
QList<HealthCheck> coverageChecks(Workspace &workspace, const HealthRequest &request);
QList<HealthCheck> ingestionChecks(Workspace &workspace, const HealthRequest &request);

// The boundaries, shared with the tests.
namespace threshold {
constexpr double kFreshWarnIntervals = 3;     // older than 1 interval warns, than 3 fails
constexpr qint64 kMissingDaysWarn = 2;        // 1-2 missing days warn, more fail
constexpr double kPricedPass = 99, kPricedWarn = 95;
constexpr double kMetadataPass = 95, kMetadataWarn = 80;
constexpr double kQuarantinedPass = 0, kQuarantinedWarn = 1;
constexpr double kEstimatedPass = 1, kEstimatedWarn = 10;
constexpr double kMismatchPass = 1, kMismatchWarn = 5;
constexpr qint64 kHistoryPassDays = 28, kHistoryWarnDays = 14;
} // namespace threshold

} // namespace costline
