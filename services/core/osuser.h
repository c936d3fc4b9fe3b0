#pragma once

#include <QString>

namespace costline {

// The operating-system account running Costline ("alice"): who made a change in the audit
// trail and who generated a report. The password database's name for the effective user,
// else $USER, else "unknown".
QString osUserName();

} // namespace costline
