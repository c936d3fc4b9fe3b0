#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace costline {

class Workspace;

// One request as a gateway's audit/access log records it: who asked (principal, key, tenant)
// for what (action, model), what the gateway's policy decided, and where the data went.
// docs/gateway-access-log.md describes the file it comes from.
struct AccessEvent
{
    QString requestId;
    qint64 timestampMs = 0;
    QString tenant;
    QString keyId; // an alias or hash of the key; never the secret
    QString principal;
    QString action;
    QString route;
    QString provider;
    QString model;
    bool allowed = true;
    QString policy;
    QString reason;
    QString dataRegion;
    std::optional<int> status;
};

// The access_events table: one row per (source, request id); importing the same request
// again replaces it.
class AccessEventStore final
{
public:
    explicit AccessEventStore(Workspace &workspace) : m_workspace(workspace) {}

    enum class Written { Inserted, Replaced, Failed };
    // Inside the caller's transaction.
    Written upsert(qint64 sourceId, const AccessEvent &event, QString *error);
    // Events from `fromMs` to `toMs` inclusive (one tenant, or every tenant when empty), oldest first.
    QList<AccessEvent> events(qint64 fromMs, qint64 toMs, const QString &tenant = {}) const;
    qint64 count() const;

private:
    Workspace &m_workspace;
};

} // namespace costline
