#include "costpool.h"

#include "core/utctime.h"

#include <QList>

#include <algorithm>

namespace costline {
namespace {

__extension__ typedef __int128 Wide; // amount × weight overflows 64 bits on real pools

} // namespace

QString driverName(CostPool::Driver driver)
{
    switch (driver) {
    case CostPool::Driver::Tokens:
        return QStringLiteral("tokens");
    case CostPool::Driver::Requests:
        return QStringLiteral("requests");
    case CostPool::Driver::GpuSeconds:
        return QStringLiteral("gpu_seconds");
    case CostPool::Driver::FixedWeights:
        break;
    }
    return QStringLiteral("weights");
}

std::optional<CostPool::Driver> driverFromName(const QString &name)
{
    for (auto d : {CostPool::Driver::Tokens, CostPool::Driver::Requests, CostPool::Driver::GpuSeconds,
                   CostPool::Driver::FixedWeights}) {
        if (driverName(d) == name)
            return d;
    }
    return std::nullopt;
}

qint64 poolAmountFor(const CostPool &pool, qint64 fromDay, qint64 toDay)
{
    qint64 total = 0;
    for (qint64 month = utc::firstDayOfMonth(fromDay); month <= toDay; month = utc::lastDayOfMonth(month) + 1) {
        const qint64 monthEnd = utc::lastDayOfMonth(month);
        const qint64 covered = qMin(toDay, monthEnd) - qMax(fromDay, month) + 1;
        const qint64 length = monthEnd - month + 1;
        const Wide scaled = Wide(pool.monthlyNano) * covered * 2 + (pool.monthlyNano >= 0 ? length : -length);
        total += qint64(scaled / (2 * length)); // half away from zero
    }
    return total;
}

QMap<QString, qint64> splitLargestRemainder(qint64 amountNano, const QMap<QString, qint64> &weights)
{
    Wide weightSum = 0;
    for (qint64 w : weights)
        weightSum += qMax<qint64>(0, w);
    QMap<QString, qint64> parts;
    if (weightSum == 0)
        return parts;
    struct Remainder
    {
        QString key;
        Wide rest;
    };
    QList<Remainder> remainders;
    qint64 given = 0;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        if (it.value() <= 0)
            continue;
        const Wide product = Wide(amountNano) * it.value();
        const qint64 part = qint64(product / weightSum);
        parts.insert(it.key(), part);
        remainders << Remainder{it.key(), product % weightSum};
        given += part;
    }
    // Stable by key (the map's order), so equal remainders resolve the same way every run.
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const Remainder &a, const Remainder &b) { return a.rest > b.rest; });
    for (qint64 i = 0; given < amountNano; ++i, ++given)
        parts[remainders.at(i % remainders.size()).key] += 1;
    return parts;
}

} // namespace costline
