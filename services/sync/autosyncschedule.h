#pragma once

#include "sourceconfig.h"

#include <QStringList>

namespace costline {

// The sources whose auto-sync interval has passed since their last sync attempt (or
// that never synced). The app's timer asks this once a minute and hands the names to
// a SyncRunner.
QStringList sourcesDueForSync(const QList<SourceConfig> &sources, qint64 nowMs);

} // namespace costline
