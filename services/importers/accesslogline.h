#pragma once

#include "workspace/accesseventstore.h"

#include <QByteArray>
#include <QString>

namespace costline {

// Reads one line of a gateway access log (docs/gateway-access-log.md) into *event. Returns
// why the line is refused ("decision 'maybe' is neither allow nor deny"), empty when read.
// A key id that looks like a secret is kept masked.
QString readAccessLogLine(const QByteArray &line, AccessEvent *event);

} // namespace costline
