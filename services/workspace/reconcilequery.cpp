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

QByteArray billingKeyExpression(ReconcileBy by)
{
    switch (by) {
    case ReconcileBy::Provider:
        return "provider";
    case ReconcileBy::Model:
        return "model";
    case ReconcileBy::Day:
        break;
    }
    return "day";
}

QString namedDays(const QList<qint64> &days)
{
    QStringList names;
    for (qsizetype i = 0; i < days.size() && i < kDaysNamed; ++i)
        names << utc::formatDate(days.at(i));
    return names.join(QStringLiteral(", ")) + (days.size() > kDaysNamed ? QStringLiteral(", …") : QString());
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
    return QString::fromLatin1(billingKeyExpression(by));
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
    return why;
}

void ReconcileQuery::readEvents(ReconcileResult &result, QHash<QString, QSet<qint64>> &days)
{
    EventFilter filter;
    filter.fromDay = result.fromDay;
    filter.toDay = result.toDay;
    QList<Grouping> groupBy;
    if (result.by != ReconcileBy::Day)
        groupBy << Grouping{GroupKey::Dim, result.by == ReconcileBy::Model ? Dimension::Model : Dimension::Provider};
    groupBy << Grouping{GroupKey::Day, Dimension::Provider};
    const SummaryResult summary = SummaryQuery(m_workspace).run(filter, groupBy);
    for (const SummaryGroup &row : summary.groups) {
        const QString key = row.key.first();
        const auto day = utc::parseDate(row.key.last().toUtf8());
        ReconcileGroup &g = groupFor(result, key);
        g.eventCostNano += row.totals.costNano;
        g.computedCostNano += row.totals.computedCostNano;
        g.events += row.totals.events;
        g.unpricedEvents += row.totals.unpricedEvents;
        g.estimatedEvents += row.totals.estimatedEvents;
        if (day && row.totals.events > 0)
            days[key].insert(*day);
    }
}

void ReconcileQuery::readBilling(ReconcileResult &result, QHash<QString, QSet<qint64>> &days)
{
    SqliteStatement st(m_workspace.db(), "SELECT " + billingKeyExpression(result.by) + ", day, origin, sum(amount)"
                                         " FROM billing_lines WHERE day BETWEEN ? AND ? GROUP BY 1, 2, 3");
    st.bind(0, result.fromDay);
    st.bind(1, result.toDay);
    while (st.step()) {
        const qint64 day = st.int64(1);
        const QString key = result.by == ReconcileBy::Day ? utc::formatDate(day) : st.text(0);
        ReconcileGroup &g = groupFor(result, key);
        if (st.text(2) == QLatin1String("invoice")) {
            g.invoicedNano += st.int64(3);
            continue;
        }
        g.billedNano += st.int64(3);
        days[QLatin1Char('\x01') + key].insert(day);
    }
}

ReconcileResult ReconcileQuery::run(qint64 fromDay, qint64 toDay, ReconcileBy by)
{
    ReconcileResult result;
    result.fromDay = fromDay;
    result.toDay = toDay;
    result.by = by;
    // Usage days under the key, billed days under "\x01" + key.
    QHash<QString, QSet<qint64>> days;
    readEvents(result, days);
    readBilling(result, days);
    for (ReconcileGroup &g : result.groups) {
        const QSet<qint64> usage = days.value(g.key);
        const QSet<qint64> billed = days.value(QLatin1Char('\x01') + g.key);
        // A group with no billing at all (a gateway, a file) has nothing to miss per day.
        if (!billed.isEmpty())
            g.usageOnlyDays = QSet<qint64>(usage).subtract(billed).values();
        if (!usage.isEmpty())
            g.billedOnlyDays = QSet<qint64>(billed).subtract(usage).values();
        std::sort(g.usageOnlyDays.begin(), g.usageOnlyDays.end());
        std::sort(g.billedOnlyDays.begin(), g.billedOnlyDays.end());
        result.totals.eventCostNano += g.eventCostNano;
        result.totals.computedCostNano += g.computedCostNano;
        result.totals.billedNano += g.billedNano;
        result.totals.invoicedNano += g.invoicedNano;
        result.totals.events += g.events;
        result.totals.unpricedEvents += g.unpricedEvents;
        result.totals.estimatedEvents += g.estimatedEvents;
    }
    std::sort(result.groups.begin(), result.groups.end(),
              [](const ReconcileGroup &a, const ReconcileGroup &b) { return a.key < b.key; });
    return result;
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
