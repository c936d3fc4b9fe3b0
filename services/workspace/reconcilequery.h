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

// One group of a reconciliation: cost from usage events against all billed money, from
// the providers' cost APIs and from imported invoices. Where both bill a provider's day, the
// invoice counts and the cost API's money of that day is named but not counted twice.
struct ReconcileGroup
{
    QString key;
    qint64 eventCostNano = 0;    // the events' cost: reported where given, else computed
    qint64 computedCostNano = 0; // the part that pricing computed
    qint64 apiBilledNano = 0;    // billing lines from providers' cost APIs
    qint64 invoicedNano = 0;     // billing lines from imported invoices, spread evenly over their days
    qint64 apiAlsoInvoicedNano = 0; // the cost APIs' money on days an invoice bills as well
    qint64 events = 0;
    qint64 unpricedEvents = 0;
    qint64 estimatedEvents = 0;
    // Days (in the totals: days of each group, added up) with usage but no billed money, and
    // billed but without usage.
    QList<qint64> usageOnlyDays;
    QList<qint64> billedOnlyDays;

    // All billed money, each day counted once.
    qint64 billedNano() const { return apiBilledNano - apiAlsoInvoicedNano + invoicedNano; }
    qint64 deltaNano() const { return billedNano() - eventCostNano; }
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
// Reads both sides apart and never adds one to the other. An invoice line's amount is
// spread evenly over the days of its period (to the nano-dollar, the remainder on its first
// days), so a per-day reconciliation adds up to the per-provider one; only the days of the
// range count.
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
    // Invoice lines' money by day; the (provider, day)s they bill.
    QSet<QPair<QString, qint64>> readInvoices(ReconcileResult &result, QHash<QString, QSet<qint64>> &days);
    // Days with usage and no billed money and the reverse, per provider (or model) and day,
    // each in the group of its provider, model or day, so that the groups add up to the totals.
    static void compareDays(ReconcileResult &result, const QHash<QString, QSet<qint64>> &days);

    Workspace &m_workspace;
};

std::optional<ReconcileBy> reconcileByFromName(const QString &name);
QString reconcileByName(ReconcileBy by);

} // namespace costline
