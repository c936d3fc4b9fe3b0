#pragma once

#include "allocationrule.h"
#include "costpool.h"
#include "workspace/eventfilter.h"

#include <QList>
#include <QString>

namespace costline {

class Workspace;

enum class Confidence { Direct, Rule, DriverSplit, Unallocated };
QString confidenceName(Confidence confidence);

// One owner's spend, by how sure the allocation is.
struct OwnerCost
{
    QString owner;
    qint64 directNano = 0;      // the events' own team
    qint64 ruleNano = 0;        // a virtual-tag rule
    qint64 driverSplitNano = 0; // a share of a cost pool

    qint64 totalNano() const { return directNano + ruleNano + driverSplitNano; }
};

struct PoolSplit
{
    QString pool;
    qint64 amountNano = 0;                 // the pool's amount over the range
    QMap<QString, qint64> parts;           // owner → share; "" is the unallocated share
};

// Who owns the range's spend. allocated + unallocated = total, to the nano-dollar.
struct Showback
{
    qint64 fromDay = 0;
    qint64 toDay = 0;
    qint64 totalNano = 0;
    qint64 allocatedNano = 0;
    qint64 unallocatedNano = 0;      // usage with no owner plus pool shares of it
    qint64 unallocatedPoolNano = 0;  // the pool part of unallocatedNano
    qint64 unpricedEvents = 0;       // carry no money, so they move none
    QList<OwnerCost> owners;         // largest first
    QList<PoolSplit> pools;
};

// How much spend pending rules would move, from which owner to which ("" = unallocated).
struct RuleMove
{
    QString from;
    QString to;
    qint64 costNano = 0;
};

struct AllocationPreview
{
    int pendingRules = 0;
    qint64 movedNano = 0;
    QList<RuleMove> moves; // largest first
};

// Owner of every dollar: the first matching rule (confidence rule), else the events' team
// (direct), else unallocated; then each cost pool split over owners by its driver.
class Allocator final
{
public:
    explicit Allocator(Workspace &workspace) : m_workspace(workspace) {}

    // `includePending`: also the rules not yet applied (what showback would become).
    Showback showback(const EventFilter &filter, bool includePending = false);
    AllocationPreview preview(const EventFilter &filter);

private:
    Workspace &m_workspace;
};

} // namespace costline
