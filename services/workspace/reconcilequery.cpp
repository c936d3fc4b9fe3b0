#include "reconcilequery.h"

#include "core/money.h"
#include "core/utctime.h"
#include "sqlitestatement.h"
#include "summaryquery.h"
#include "workspace.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace costline {
namespace {

constexpr int kDaysNamed = 3; // an explanation names the first few missing days

ReconcileGroup &groupFor(ReconcileResult &result, const QString &key)
{
    for (ReconcileGroup &g : result.groups) {
        if (g.key == key)
            return g;
    }
    result.groups.append(ReconcileGroup{});
    result.groups.last().key = key;
    return result.groups.last();
}

// What days are compared by: the provider (a gateway's provider without any billing has
// nothing to miss on a day), or the model when grouped by model.
QString unitOf(ReconcileBy by, const QString &provider, const QString &model)
{
    return by == ReconcileBy::Model ? model : provider;
}

// The group a billing line's day belongs to.
QString keyOf(ReconcileBy by, const QString &provider, const QString &model, qint64 day)
{
    switch (by) {
    case ReconcileBy::Provider:
        return provider;
    case ReconcileBy::Model:
        return model;
    case ReconcileBy::Day:
        break;
    }
    return utc::formatDate(day);
}

QString namedDays(const QList<qint64> &days)
{
    QStringList names; // the totals list a day once per group
    for (const qint64 day : days) {
        if (!names.contains(utc::formatDate(day)))
            names << utc::formatDate(day);
    }
    const bool more = names.size() > kDaysNamed;
    return names.mid(0, kDaysNamed).join(QStringLiteral(", ")) + (more ? QStringLiteral(", …") : QString());
}

} // namespace

std::optional<ReconcileBy> reconcileByFromName(const QString &name)
{
    if (name == QLatin1String("provider"))
        return ReconcileBy::Provider;
    if (name == QLatin1String("day"))
        return ReconcileBy::Day;
    if (name == QLatin1String("model"))
        return ReconcileBy::Model;
    return std::nullopt;
}

QString reconcileByName(ReconcileBy by)
{
    switch (by) {
    case ReconcileBy::Provider:
        return QStringLiteral("provider");
    case ReconcileBy::Model:
        return QStringLiteral("model");
    case ReconcileBy::Day:
        break;
    }
    return QStringLiteral("day");
}

QStringList ReconcileGroup::explanation() const
{
    QStringList why;
    if (unpricedEvents > 0)
        why << QStringLiteral("%1 unpriced events have no cost; add pricing for their models").arg(unpricedEvents);
    if (estimatedEvents > 0)
        why << QStringLiteral("%1 events carry estimated token counts").arg(estimatedEvents);
    if (!usageOnlyDays.isEmpty())
        why << QStringLiteral("%1 days with usage have no billed money (%2)").arg(usageOnlyDays.size()).arg(namedDays(usageOnlyDays));
    if (!billedOnlyDays.isEmpty())
        why << QStringLiteral("%1 billed days have no usage events (%2)").arg(billedOnlyDays.size()).arg(namedDays(billedOnlyDays));
    if (apiAlsoInvoicedNano != 0)
        why << QStringLiteral("$%1 of cost API billing falls on days an invoice bills as well: the invoice counts there")
                   .arg(usdText(apiAlsoInvoicedNano));
    return why;
}

void ReconcileQuery::readEvents(ReconcileResult &result, QHash<QString, QSet<qint64>> &days)
{
    EventFilter filter;
    filter.fromDay = result.fromDay;
    filter.toDay = result.toDay;
    const QList<Grouping> groupBy{
        Grouping{GroupKey::Dim, result.by == ReconcileBy::Model ? Dimension::Model : Dimension::Provider},
        Grouping{GroupKey::Day, Dimension::Provider}};
    const SummaryResult summary = SummaryQuery(m_workspace).run(filter, groupBy);
    for (const SummaryGroup &row : summary.groups) {
        const QString unit = row.key.first();
        const auto day = utc::parseDate(row.key.last().toUtf8());
        ReconcileGroup &g = groupFor(result, result.by == ReconcileBy::Day ? row.key.last() : unit);
        g.eventCostNano += row.totals.costNano;
        g.computedCostNano += row.totals.computedCostNano;
        g.events += row.totals.events;
        g.unpricedEvents += row.totals.unpricedEvents;
        g.estimatedEvents += row.totals.estimatedEvents;
        if (day && row.totals.events > 0)
            days[unit].insert(*day);
    }
}

QSet<QPair<QString, qint64>> ReconcileQuery::readInvoices(ReconcileResult &result, QHash<QString, QSet<qint64>> &days)
{
    SqliteStatement st(m_workspace.db(), "SELECT provider, model, start_ms, end_ms, amount FROM billing_lines"
                                         " WHERE origin = 'invoice' AND end_ms > ? AND start_ms < ?");
    st.bind(0, result.fromDay * kMsPerDay);
    st.bind(1, (result.toDay + 1) * kMsPerDay);
    QSet<QPair<QString, qint64>> invoiced;
    while (st.step()) {
        const qint64 first = utc::dayOf(st.int64(2));
        const qint64 last = utc::dayOf(st.int64(3) - 1);
        const qint64 amount = st.int64(4);
        const qint64 count = last - first + 1;
        for (qint64 day = qMax(first, result.fromDay); day <= qMin(last, result.toDay); ++day) {
            // Truncating division leaves a remainder of the amount's sign, one nano-dollar
            // to each of the first days.
            const qint64 share = amount / count + (day - first < qAbs(amount % count) ? (amount < 0 ? -1 : 1) : 0);
            groupFor(result, keyOf(result.by, st.text(0), st.text(1), day)).invoicedNano += share;
            days[QLatin1Char('\x01') + unitOf(result.by, st.text(0), st.text(1))].insert(day);
            invoiced.insert({st.text(0), day});
        }
    }
    return invoiced;
}

void ReconcileQuery::readBilling(ReconcileResult &result, QHash<QString, QSet<qint64>> &days)
{
    const QSet<QPair<QString, qint64>> invoiced = readInvoices(result, days);
    SqliteStatement st(m_workspace.db(), "SELECT provider, model, day, sum(amount) FROM billing_lines"
                                         " WHERE origin <> 'invoice' AND day BETWEEN ? AND ? GROUP BY 1, 2, 3");
    st.bind(0, result.fromDay);
    st.bind(1, result.toDay);
    while (st.step()) {
        const qint64 day = st.int64(2);
        ReconcileGroup &g = groupFor(result, keyOf(result.by, st.text(0), st.text(1), day));
        g.apiBilledNano += st.int64(3);
        if (invoiced.contains({st.text(0), day}))
            g.apiAlsoInvoicedNano += st.int64(3);
        days[QLatin1Char('\x01') + unitOf(result.by, st.text(0), st.text(1))].insert(day);
    }
}

ReconcileResult ReconcileQuery::run(qint64 fromDay, qint64 toDay, ReconcileBy by)
{
    ReconcileResult result;
    result.fromDay = fromDay;
    result.toDay = toDay;
    result.by = by;
    // Usage days under the unit (provider or model), billed days under "\x01" + unit.
    QHash<QString, QSet<qint64>> days;
    readEvents(result, days);
    readBilling(result, days);
    compareDays(result, days);
    for (ReconcileGroup &g : result.groups) {
        result.totals.eventCostNano += g.eventCostNano;
        result.totals.computedCostNano += g.computedCostNano;
        result.totals.apiBilledNano += g.apiBilledNano;
        result.totals.invoicedNano += g.invoicedNano;
        result.totals.apiAlsoInvoicedNano += g.apiAlsoInvoicedNano;
        result.totals.usageOnlyDays << g.usageOnlyDays;
        result.totals.billedOnlyDays << g.billedOnlyDays;
        result.totals.events += g.events;
        result.totals.unpricedEvents += g.unpricedEvents;
        result.totals.estimatedEvents += g.estimatedEvents;
    }
    std::sort(result.totals.usageOnlyDays.begin(), result.totals.usageOnlyDays.end());
    std::sort(result.totals.billedOnlyDays.begin(), result.totals.billedOnlyDays.end());
    std::sort(result.groups.begin(), result.groups.end(),
              [](const ReconcileGroup &a, const ReconcileGroup &b) { return a.key < b.key; });
    return result;
}

void ReconcileQuery::compareDays(ReconcileResult &result, const QHash<QString, QSet<qint64>> &days)
{
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (it.key().startsWith(QLatin1Char('\x01')))
            continue;
        const QSet<qint64> &usage = it.value();
        const QSet<qint64> billed = days.value(QLatin1Char('\x01') + it.key());
        if (billed.isEmpty())
            continue; // no billing at all (a gateway, a file): nothing to miss per day
        const auto keyOfDay = [&](qint64 day) { return result.by == ReconcileBy::Day ? utc::formatDate(day) : it.key(); };
        for (const qint64 day : usage) {
            if (!billed.contains(day))
                groupFor(result, keyOfDay(day)).usageOnlyDays << day;
        }
        for (const qint64 day : billed) {
            if (!usage.contains(day))
                groupFor(result, keyOfDay(day)).billedOnlyDays << day;
        }
    }
    for (ReconcileGroup &g : result.groups) {
        std::sort(g.usageOnlyDays.begin(), g.usageOnlyDays.end());
        std::sort(g.billedOnlyDays.begin(), g.billedOnlyDays.end());
    }
}

std::optional<std::pair<qint64, qint64>> ReconcileQuery::dataRange()
{
    SummaryQuery summary(m_workspace);
    std::optional<qint64> first = summary.firstDay();
    std::optional<qint64> last = summary.lastDay();
    SqliteStatement st(m_workspace.db(), "SELECT min(day), max(day) FROM billing_lines");
    if (st.step() && !st.isNull(0)) {
        first = first ? qMin(*first, st.int64(0)) : st.int64(0);
        last = last ? qMax(*last, st.int64(1)) : st.int64(1);
    }
    if (!first || !last)
        return std::nullopt;
    return std::make_pair(*first, *last);
}

} // namespace costline
