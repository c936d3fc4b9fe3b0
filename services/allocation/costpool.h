#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace costline {

// A shared cost with no usage detail of its own, split over owners every month.
struct CostPool
{
    enum class Driver { Tokens, Requests, GpuSeconds, FixedWeights };

    qint64 id = 0;
    QString name;
    qint64 monthlyNano = 0;
    Driver driver = Driver::Tokens;
    QMap<QString, qint64> weights; // FixedWeights: owner → weight
};

QString driverName(CostPool::Driver driver);
std::optional<CostPool::Driver> driverFromName(const QString &name);

// The pool's amount over an inclusive day range: each month's amount prorated by the days
// of it the range covers (a whole month gets the whole amount), half away from zero.
qint64 poolAmountFor(const CostPool &pool, qint64 fromDay, qint64 toDay);

// Splits `amountNano` over the weights in proportion, by largest remainder: every part is
// floor(amount × w / W) plus one nano-dollar for the largest remainders (ties by key), so
// the parts always sum to the amount exactly. Zero or negative weights get nothing; with
// no positive weight the result is empty.
QMap<QString, qint64> splitLargestRemainder(qint64 amountNano, const QMap<QString, qint64> &weights);

} // namespace costline
