#include "autosyncschedule.h"

namespace costline {

QStringList sourcesDueForSync(const QList<SourceConfig> &sources, qint64 nowMs)
{
    QStringList due;
    for (const SourceConfig &s : sources) {
        if (s.isRemoved() || s.autoSyncMinutes <= 0 || !connectorKinds().contains(s.kind))
            continue;
        if (s.lastSyncMs == 0 || nowMs - s.lastSyncMs >= qint64(s.autoSyncMinutes) * 60'000)
            due << s.name;
    }
    return due;
}

} // namespace costline
