#pragma once

#include <QList>
#include <QString>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace costline {

class Workspace;

enum class ReconcileBy { Provider, Day, Model };

// One group of a reconciliation: cost from usage events against billed money.
struct ReconcileGroup
{
    QString key;
    qint64 eventCostNano = 0;    // the events' cost: reported where given, else computed
    qint64 computedCostNano = 0; // the part that pricing computed
    qint64 billedNano = 0;       // billing lines from providers' cost APIs
    qint64 invoicedNano = 0;     // billing lines from imported invoices
    qint64 events = 0;
    qint64 unpricedEvents = 0;
    qint64 estimatedEvents = 0;
    QList<qint64> usageOnlyDays;  // days with usage but no billed money
    QList<qint64> billedOnlyDays; // days billed but without usage

    qint64 deltaNano() const { return billedNano - eventCostNano; }
    // Why the delta may be what it is, in words; empty when nothing is known.
    QStringList explanation() const;
};

struct ReconcileResult
{
    qint64 fromDay = 0;
    qint64 toDay = 0;
    ReconcileBy by = ReconcileBy::Provider;
    QList<ReconcileGroup> groups;
    ReconcileGroup totals;
};

// Reconciles usage (rollups) with billing lines over an inclusive day range (DESIGN §3).
// Reads both sides apart and never adds one to the other.
class ReconcileQuery final
{
public:
    explicit ReconcileQuery(Workspace &workspace) : m_workspace(workspace) {}

    ReconcileResult run(qint64 fromDay, qint64 toDay, ReconcileBy by);
    // First and last day with usage or billing; nullopt when there is neither.
    std::optional<std::pair<qint64, qint64>> dataRange();

private:
    void readEvents(ReconcileResult &result, QHash<QString, QSet<qint64>> &days);
    void readBilling(ReconcileResult &result, QHash<QString, QSet<qint64>> &days);

    Workspace &m_workspace;
};

std::optional<ReconcileBy> reconcileByFromName(const QString &name);
QString reconcileByName(ReconcileBy by);

} // namespace costline
