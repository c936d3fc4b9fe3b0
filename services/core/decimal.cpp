#include "decimal.h"

#include <limits>

namespace costline {
namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

ScaledDecimal refuse(const QString &why)
{
    return ScaledDecimal{false, 0, why};
}

// Reads an optional exponent suffix "e-06"; returns false on a malformed one.
bool readExponent(QByteArrayView text, qsizetype &pos, int &exponent)
{
    if (pos >= text.size() || (text[pos] != 'e' && text[pos] != 'E'))
        return true;
    ++pos;
    bool negative = false;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-'))
        negative = text[pos++] == '-';
    if (pos >= text.size() || !isDigit(text[pos]))
        return false;
    int value = 0;
    while (pos < text.size() && isDigit(text[pos])) {
        value = value * 10 + (text[pos++] - '0');
        if (value > 400)
            return false;
    }
    exponent = negative ? -value : value;
    return true;
}

} // namespace

ScaledDecimal parseScaledDecimal(QByteArrayView text, int scale, bool allowExponent)
{
    text = text.trimmed();
    if (text.isEmpty())
        return refuse(QStringLiteral("empty number"));
    qsizetype pos = 0;
    bool negative = false;
    if (text[0] == '-' || text[0] == '+') {
        negative = text[0] == '-';
        ++pos;
    }
    // Collect the significant digits and where the decimal point sits.
    QByteArray digits;
    qsizetype fractionDigits = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    for (; pos < text.size(); ++pos) {
        const char c = text[pos];
        if (isDigit(c)) {
            seenDigit = true;
            digits.append(c);
            if (seenPoint)
                ++fractionDigits;
        } else if (c == '.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!seenDigit)
        return refuse(QStringLiteral("'%1' is not a number").arg(QString::fromUtf8(text)));
    int exponent = 0;
    if (allowExponent && !readExponent(text, pos, exponent))
        return refuse(QStringLiteral("'%1' has a malformed exponent").arg(QString::fromUtf8(text)));
    if (pos != text.size())
        return refuse(QStringLiteral("'%1' is not a plain decimal number").arg(QString::fromUtf8(text)));

    // value = digits * 10^(exponent - fractionDigits + scale)
    qsizetype shift = exponent - fractionDigits + scale;
    while (shift < 0 && !digits.isEmpty() && digits.back() == '0') {
        digits.chop(1);
        ++shift;
    }
    if (shift < 0)
        return refuse(QStringLiteral("'%1' has more than %2 fractional digits")
                          .arg(QString::fromUtf8(text))
                          .arg(scale));
    qint64 value = 0;
    for (const char c : std::as_const(digits)) {
        const int d = c - '0';
        if (value > (kMax - d) / 10)
            return refuse(QStringLiteral("'%1' is too large").arg(QString::fromUtf8(text)));
        value = value * 10 + d;
    }
    for (qsizetype i = 0; i < shift && value != 0; ++i) {
        if (value > kMax / 10)
            return refuse(QStringLiteral("'%1' is too large").arg(QString::fromUtf8(text)));
        value *= 10;
    }
    return ScaledDecimal{true, negative ? -value : value, {}};
}

QString formatScaledDecimal(qint64 value, int scale)
{
    // Work on the magnitude as unsigned so INT64_MIN prints correctly.
    const bool negative = value < 0;
    quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    QByteArray out;
    out.reserve(32);
    for (int i = 0; i < scale; ++i) {
        out.prepend(char('0' + magnitude % 10));
        magnitude /= 10;
    }
    if (scale > 0)
        out.prepend('.');
    do {
        out.prepend(char('0' + magnitude % 10));
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative)
        out.prepend('-');
    return QString::fromLatin1(out);
}

bool parseCount(QByteArrayView text, qint64 *out)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 18)
        return false;
    qint64 value = 0;
    for (const char c : text) {
        if (!isDigit(c))
            return false;
        value = value * 10 + (c - '0');
    }
    *out = value;
    return true;
}

} // namespace costline
