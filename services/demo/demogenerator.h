#pragma once

#include "core/utctime.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace costline {

class Workspace;

struct DemoOptions
{
    qint64 events = 200'000;
    int days = 90;
    quint64 seed = 42;
    qint64 endDay = utc::todayUtc(); // last day with usage, inclusive
    // The clock: no event or outcome is dated later than this, so the last day holds only
    // what has happened so far. An end day after the clock's day is refused.
    qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
};

struct DemoResult
{
    bool ok = false;
    QString error;
    qint64 events = 0;
    qint64 pricedEntries = 0;
};

// Fills a workspace with a deterministic, realistic organisation's AI usage: five providers
// and twenty models priced from the bundled LiteLLM catalogue extract (two deliberately
// unpriced), eight teams, 24 tenants, nine features, a weekday rhythm and growth, ~8 % of
// spend without a team, ~3 % estimated token counts, and two injected anomalies: tenant
// "globex" spends 5x for two days, and feature "ticket-summary" moves from gpt-4o-mini to
// gpt-4o two thirds into the period. The same options (and clock) give the same totals to the
// nano-dollar; events that would fall after the clock are not made, so `events` may be fewer.
class DemoGenerator final
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit DemoGenerator(Workspace &workspace) : m_workspace(workspace) {}

    DemoResult generate(const DemoOptions &options, const Progress &progress = {});

    // Day index (0-based within the period) of the first spike day and of the model switch.
    static int spikeStartIndex(int days);
    static int switchIndex(int days);
    static constexpr const char *kSpikeTenant = "globex";
    static constexpr const char *kSwitchFeature = "ticket-summary";

private:
    bool loadPricing(DemoResult &result);

    Workspace &m_workspace;
};

} // namespace costline
