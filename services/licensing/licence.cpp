#include "licence.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline {
namespace {

const QStringList kRoles{QStringLiteral("admin"), QStringLiteral("analyst"), QStringLiteral("viewer")};

std::optional<QDate> readDate(const QJsonObject &o, const QString &key, QString *error)
{
    const QDate date = QDate::fromString(o.value(key).toString(), Qt::ISODate);
    if (!date.isValid()) {
        *error = QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(key);
        return std::nullopt;
    }
    return date;
}

} // namespace

std::optional<Licence> Licence::fromPayload(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("the payload is not a JSON object (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    Licence l;
    l.licensee = o.value(QStringLiteral("licensee")).toString();
    if (l.licensee.isEmpty()) {
        *error = QStringLiteral("the licensee is missing");
        return std::nullopt;
    }
    const QString planText = o.value(QStringLiteral("plan")).toString();
    const auto plan = planFromName(planText);
    if (!plan) {
        *error = QStringLiteral("plan '%1' is not one of free, team, business, enterprise").arg(planText);
        return std::nullopt;
    }
    l.plan = *plan;
    for (const QJsonValue &v : o.value(QStringLiteral("entitlements")).toArray())
        l.entitlements.insert(v.toString());
    if (l.entitlements.isEmpty())
        l.entitlements = planEntitlements(l.plan);
    l.role = o.value(QStringLiteral("role")).toString(QStringLiteral("admin"));
    if (!kRoles.contains(l.role)) {
        *error = QStringLiteral("role '%1' is not one of admin, analyst, viewer").arg(l.role);
        return std::nullopt;
    }
    l.seats = o.value(QStringLiteral("seats")).toInt(1);
    const auto issued = readDate(o, QStringLiteral("issued"), error);
    const auto expires = issued ? readDate(o, QStringLiteral("expires"), error) : std::nullopt;
    if (!expires)
        return std::nullopt;
    l.issued = *issued;
    l.expires = *expires;
    return l;
}

QByteArray Licence::toPayload() const
{
    QStringList names(entitlements.cbegin(), entitlements.cend());
    names.sort();
    QJsonObject o{{QStringLiteral("licensee"), licensee},
                  {QStringLiteral("plan"), planName(plan)},
                  {QStringLiteral("entitlements"), QJsonArray::fromStringList(names)},
                  {QStringLiteral("role"), role},
                  {QStringLiteral("seats"), seats},
                  {QStringLiteral("issued"), issued.toString(Qt::ISODate)},
                  {QStringLiteral("expires"), expires.toString(Qt::ISODate)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QSet<QString> LicenceStatus::entitlements() const
{
    return isValid() ? licence.entitlements : planEntitlements(Plan::Free);
}

QString licenceStateName(LicenceStatus::State state)
{
    switch (state) {
    case LicenceStatus::State::Valid:
        return QStringLiteral("valid");
    case LicenceStatus::State::Missing:
        return QStringLiteral("missing");
    case LicenceStatus::State::Expired:
        return QStringLiteral("expired");
    case LicenceStatus::State::Tampered:
        return QStringLiteral("tampered");
    case LicenceStatus::State::Invalid:
        return QStringLiteral("invalid");
    case LicenceStatus::State::UnknownPlan:
        return QStringLiteral("unknown_plan");
    }
    return {};
}

Entitlements::Entitlements(const LicenceStatus &status, bool demoWorkspace)
    : m_names(status.entitlements()), m_role(status.role()), m_plan(status.plan()), m_demo(demoWorkspace)
{
    // The demo workspace shows the whole product, whatever licence is installed.
    if (demoWorkspace) {
        const QStringList all = entitlement::all();
        m_names = QSet<QString>(all.cbegin(), all.cend());
        m_plan = Plan::Enterprise;
        m_role = QStringLiteral("admin");
    }
}

} // namespace costline
