#pragma once

#include "licensing/licence.h"

namespace costline::test {

// A valid licence of `plan` for an analyst, as if verified from a signed file.
inline LicenceStatus licenceFor(Plan plan)
{
    LicenceStatus status;
    status.state = LicenceStatus::State::Valid;
    status.licence.licensee = QStringLiteral("Acme Corp");
    status.licence.plan = plan;
    status.licence.entitlements = planEntitlements(plan);
    status.licence.role = QStringLiteral("analyst");
    return status;
}

} // namespace costline::test
