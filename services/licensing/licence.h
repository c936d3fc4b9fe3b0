#pragma once

#include "plan.h"

#include <QByteArray>
#include <QDate>
#include <QSet>
#include <QString>

#include <optional>

namespace costline {

// The signed payload of a licence file.
struct Licence
{
    QString licensee;
    Plan plan = Plan::Free;
    QSet<QString> entitlements; // what the code checks; the plan's preset when the file lists none
    QString role = QStringLiteral("admin"); // admin | analyst | viewer
    int seats = 1;
    QDate issued;
    QDate expires;

    // The payload's JSON text; nullopt and *error when a field is missing or malformed.
    static std::optional<Licence> fromPayload(const QByteArray &json, QString *error);
    QByteArray toPayload() const;
};

// The outcome of reading the licence file: what the workbench runs with, and why.
struct LicenceStatus
{
    enum class State { Valid, Missing, Expired, Tampered, Invalid, UnknownPlan };

    State state = State::Missing;
    Licence licence;     // as signed; meaningful for Valid and Expired
    QString file;
    QString message;     // what happened and what to do; empty when Valid

    bool isValid() const { return state == State::Valid; }
    // The entitlements in force: the licence's when valid, else Free's.
    QSet<QString> entitlements() const;
    Plan plan() const { return isValid() ? licence.plan : Plan::Free; }
    QString role() const { return isValid() ? licence.role : QStringLiteral("admin"); }
};

QString licenceStateName(LicenceStatus::State state); // "valid", "expired", ...

// What a workspace may use: the licence's entitlements, or everything in the demo workspace.
class Entitlements final
{
public:
    Entitlements() : Entitlements(LicenceStatus{}, false) {}
    Entitlements(const LicenceStatus &status, bool demoWorkspace);

    bool allows(const QString &name) const { return m_names.contains(name); }
    const QSet<QString> &names() const { return m_names; }
    bool isViewer() const { return m_role == QStringLiteral("viewer"); }
    // Chargeback and dispute packs leave the building: a viewer may look, not export them.
    bool canExportPack(const QString &pack) const { return allows(pack) && !isViewer(); }
    const QString &role() const { return m_role; }
    Plan plan() const { return m_plan; }
    bool isDemo() const { return m_demo; }

private:
    QSet<QString> m_names;
    QString m_role;
    Plan m_plan = Plan::Free;
    bool m_demo = false;
};

} // namespace costline
