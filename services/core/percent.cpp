#include "percent.h"

namespace costline {

double percentOf(qint64 part, qint64 whole)
{
    return whole != 0 ? 100.0 * double(part) / double(whole) : 0.0;
}

double percentChange(qint64 before, qint64 now)
{
    return before != 0 ? 100.0 * double(now - before) / double(qAbs(before)) : 0.0;
}

} // namespace costline
