#include "licenceaudit.h"

#include "workspace/auditedwrite.h"

#include <QJsonObject>

namespace costline {
namespace {

QJsonObject licenceJson(const LicenceStatus &s)
{
    QJsonObject o{{QStringLiteral("state"), licenceStateName(s.state)},
                  {QStringLiteral("file"), s.file},
                  {QStringLiteral("plan"), planName(s.plan())},
                  {QStringLiteral("role"), s.role()}};
    if (s.state == LicenceStatus::State::Valid || s.state == LicenceStatus::State::Expired) {
        o.insert(QStringLiteral("licensee"), s.licence.licensee);
        o.insert(QStringLiteral("seats"), s.licence.seats);
        o.insert(QStringLiteral("expires"), s.licence.expires.toString(Qt::ISODate));
    }
    return o;
}

} // namespace

bool recordLicenceChange(Workspace &workspace, const LicenceStatus &before, const LicenceStatus &after, QString *error)
{
    AuditedWrite audited(workspace);
    return audited.begin(error)
           && audited.commit({QStringLiteral("licence.install"), QStringLiteral("licence:") + after.licence.licensee,
                              licenceJson(before), licenceJson(after)},
                             error);
}

} // namespace costline
