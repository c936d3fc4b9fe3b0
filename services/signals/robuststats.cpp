#include "robuststats.h"

#include <algorithm>

namespace costline {

qint64 medianOf(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(mid);
    return values.at(mid - 1) / 2 + values.at(mid) / 2 + (values.at(mid - 1) % 2 + values.at(mid) % 2) / 2;
}

qint64 madOf(const QList<qint64> &values, qint64 center)
{
    QList<qint64> deviations;
    deviations.reserve(values.size());
    for (const qint64 v : values)
        deviations << (v > center ? v - center : center - v);
    return medianOf(deviations);
}

} // namespace costline
