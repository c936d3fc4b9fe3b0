#include "roundeddecimal.h"

#include "decimal.h"

#include <QByteArray>

namespace costline {

std::optional<qint64> parseRoundedDecimal(QByteArrayView text, int scale)
{
    text = text.trimmed();
    const ScaledDecimal exact = parseScaledDecimal(text, scale, true);
    if (exact.ok)
        return exact.value;
    // Half away from zero needs only the first dropped digit: keep one digit more than
    // the scale and round on it. A plain decimal is cut in its text; an exponent form
    // (tiny floats such as "1.234567891234e-07") is read at growing scales.
    QByteArray cut = text.toByteArray();
    const qsizetype dot = cut.indexOf('.');
    const bool hasExponent = cut.contains('e') || cut.contains('E');
    if (!hasExponent && dot >= 0)
        cut.truncate(qMin(cut.size(), dot + 1 + scale + 1));
    for (int finer = scale + 1; finer <= (hasExponent ? 18 : scale + 1); ++finer) {
        const ScaledDecimal parsed = parseScaledDecimal(cut, finer, true);
        if (!parsed.ok)
            continue;
        qint64 divisor = 1;
        for (int i = scale; i < finer; ++i)
            divisor *= 10;
        const qint64 half = divisor / 2;
        return parsed.value >= 0 ? (parsed.value + half) / divisor : -((-parsed.value + half) / divisor);
    }
    return std::nullopt;
}

} // namespace costline
