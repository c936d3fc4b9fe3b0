#pragma once

#include <QString>

#include <functional>

namespace costline {

class Workspace;

struct RepriceResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    qint64 examined = 0;
    qint64 changed = 0; // events whose computed cost or price entry moved
};

// Prices every stored event again with the workspace's current price list, in batches of
// one transaction each: each batch moves its events' computed costs and the rollups by the
// same deltas, so the aggregates are exact after every commit, and a run that is cancelled
// or killed can simply be run again.
class Repricer final
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit Repricer(Workspace &workspace) : m_workspace(workspace) {}

    RepriceResult run(const Progress &progress = {});

private:
    Workspace &m_workspace;
};

} // namespace costline
