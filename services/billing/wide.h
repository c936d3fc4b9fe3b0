#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace costline {

// GCC and Clang both have a 128-bit integer: shares of nano-dollars are summed in units of
// a billionth of a nano-dollar, which an int64 cannot hold.
__extension__ typedef __int128 Wide;

constexpr Wide kWideScale = 1'000'000'000; // wide units per nano-dollar

// Rounds wide units to nano-dollars, half away from zero: the one rounding of a sum.
constexpr qint64 roundWide(Wide units)
{
    Wide nano = units / kWideScale;
    if (const Wide rest = units % kWideScale; rest >= kWideScale / 2)
        ++nano;
    else if (rest <= -kWideScale / 2)
        --nano;
    return qint64(nano);
}

// a × b / c rounded half away from zero; 0 when c is 0.
constexpr Wide mulDivRounded(Wide a, Wide b, Wide c)
{
    if (c == 0)
        return 0;
    const Wide product = a * b;
    const bool negative = (product < 0) != (c < 0);
    const Wide magnitude = (product < 0 ? -product : product);
    const Wide divisor = c < 0 ? -c : c;
    const Wide q = (magnitude + divisor / 2) / divisor;
    return negative ? -q : q;
}

// Rounds each amount to nano-dollars so that they add up to `total` (their rounded sum by
// default, at most one nano-dollar per amount away from it): every amount is floored, and
// the nano-dollars left over go to the largest remainders (the earlier amount on a tie).
QList<qint64> apportion(const QList<Wide> &units, std::optional<qint64> total = std::nullopt);

} // namespace costline
