#pragma once

#include <QByteArrayView>
#include <QString>

namespace costline {

// Result of reading a decimal text into a scaled integer.
struct ScaledDecimal
{
    bool ok = false;
    qint64 value = 0;
    QString error; // why the text was refused, in words an analyst can act on
};

// Reads a plain decimal text ("-12.5", "0.000000001", optionally "1.5e-06" when
// allowExponent) as value * 10^scale, exactly. Refuses more fractional digits than the
// scale can hold and anything that overflows int64: money is never rounded on the way in.
ScaledDecimal parseScaledDecimal(QByteArrayView text, int scale, bool allowExponent = false);

// Prints value / 10^scale with exactly `scale` fractional digits ("12.345000000").
QString formatScaledDecimal(qint64 value, int scale);

// Reads a non-negative whole number ("0", "1200"); refuses signs, fractions and overflow.
bool parseCount(QByteArrayView text, qint64 *out);

} // namespace costline
