#pragma once

#include <QList>

namespace costline {

// Median of integer amounts (nano-USD); the mean of the middle two for an even count,
// rounded toward zero. 0 for an empty list.
qint64 medianOf(QList<qint64> values);
// Median absolute deviation from `center`.
qint64 madOf(const QList<qint64> &values, qint64 center);

} // namespace costline
