#include "wide.h"

#include <algorithm>
#include <numeric>

namespace costline {

QList<qint64> apportion(const QList<Wide> &units, std::optional<qint64> total)
{
    QList<qint64> nano;
    QList<Wide> remainder;
    Wide sum = 0;
    qint64 floored = 0;
    for (const Wide u : units) {
        Wide q = u / kWideScale;
        Wide r = u % kWideScale;
        if (r < 0) {
            --q;
            r += kWideScale;
        }
        nano << qint64(q);
        remainder << r;
        floored += qint64(q);
        sum += u;
    }
    qint64 left = total.value_or(roundWide(sum)) - floored;
    QList<qsizetype> order(units.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return remainder.at(a) > remainder.at(b); });
    for (qsizetype i = 0; left > 0 && !order.isEmpty(); i = (i + 1) % order.size(), --left)
        ++nano[order.at(i)];
    return nano;
}

} // namespace costline
