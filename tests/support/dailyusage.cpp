#include "dailyusage.h"

#include "core/utctime.h"
#include "workspace/ingestsession.h"

namespace costline::test {

bool ingestDailyCost(Workspace &workspace, qint64 first, qint64 last, qint64 costNano,
                     const std::function<void(qint64 day, UsageEvent &event)> &label, QString *error)
{
    IngestSession session(workspace, QStringLiteral("s"), QStringLiteral("test"));
    if (!session.begin(error))
        return false;
    for (qint64 d = first; d <= last; ++d) {
        UsageEvent e;
        e.eventId = "d" + QByteArray::number(d);
        e.timestampMs = d * kMsPerDay + 3'600'000;
        e.dim(Dimension::Provider) = "openai";
        e.dim(Dimension::Model) = "m";
        e.reportedCostNano = costNano;
        if (label)
            label(d, e);
        if (session.add(e, error) != IngestSession::Outcome::Inserted)
            return false;
    }
    return session.commit(error);
}

} // namespace costline::test
