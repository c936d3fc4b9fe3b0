#pragma once

#include "licence.h"

namespace costline {

class Workspace;

// Records in the workspace's audit trail that the licence in force changed while it was
// open ("licence.install"): licensee, plan, role, seats and expiry before and after. The
// licence file is the machine's, the record is the workspace's: each workspace opened keeps
// the plan it was worked under.
bool recordLicenceChange(Workspace &workspace, const LicenceStatus &before, const LicenceStatus &after, QString *error);

} // namespace costline
