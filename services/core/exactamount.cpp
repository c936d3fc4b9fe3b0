#include "exactamount.h"

#include <QByteArray>

#include <limits>

namespace costline {
namespace {

// GCC and Clang both have a 128-bit integer: 18 fractional digits of any int64 nano amount.
__extension__ typedef __int128 Wide;

constexpr int kFractionDigits = 18;
constexpr qint64 kSubNanoPerNano = 1'000'000'000;
constexpr int kMaxDigits = 36; // 10^36 < 2^127: no overflow while collecting digits

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

Wide powerOfTen(int n)
{
    Wide p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

// Reads "e-07"; false on a malformed exponent.
bool readExponent(QByteArrayView text, qsizetype &pos, int *exponent)
{
    if (pos >= text.size() || (text[pos] != 'e' && text[pos] != 'E'))
        return true;
    ++pos;
    const bool negative = pos < text.size() && text[pos] == '-';
    if (pos < text.size() && (text[pos] == '-' || text[pos] == '+'))
        ++pos;
    if (pos >= text.size())
        return false;
    int value = 0;
    for (; pos < text.size() && isDigit(text[pos]); ++pos) {
        value = value * 10 + (text[pos] - '0');
        if (value > 100)
            return false;
    }
    *exponent = negative ? -value : value;
    return true;
}

// |value| in 1e-18 USD, from the significant digits and the power of ten they stand at.
std::optional<Wide> scaled(const QByteArray &digits, int power)
{
    Wide value = 0;
    for (const char c : digits)
        value = value * 10 + (c - '0');
    if (power >= 0)
        return power > kMaxDigits - int(digits.size()) ? std::nullopt : std::optional<Wide>(value * powerOfTen(power));
    if (-power > kMaxDigits)
        return Wide(0);
    const Wide divisor = powerOfTen(-power);
    return value / divisor + (value % divisor >= divisor / 2 ? 1 : 0);
}

} // namespace

std::optional<ExactAmount> parseExactAmount(QByteArrayView text)
{
    text = text.trimmed();
    qsizetype pos = 0;
    const bool negative = !text.isEmpty() && text[0] == '-';
    if (!text.isEmpty() && (text[0] == '-' || text[0] == '+'))
        ++pos;
    QByteArray digits;
    int fraction = 0;
    bool point = false, any = false;
    for (; pos < text.size(); ++pos) {
        const char c = text[pos];
        if (c == '.' && !point) {
            point = true;
            continue;
        }
        if (!isDigit(c))
            break;
        any = true;
        if (digits.isEmpty() && c == '0') { // leading zeros carry no digit
            fraction += point ? 1 : 0;
            continue;
        }
        if (digits.size() >= kMaxDigits) { // beyond 36 significant digits: only the scale counts
            if (!point)
                return std::nullopt;
            continue;
        }
        digits.append(c);
        fraction += point ? 1 : 0;
    }
    int exponent = 0;
    if (!any || !readExponent(text, pos, &exponent) || pos != text.size())
        return std::nullopt;
    const auto magnitude = scaled(digits, kFractionDigits - fraction + exponent);
    if (!magnitude)
        return std::nullopt;
    const Wide nano = *magnitude / kSubNanoPerNano;
    if (nano > std::numeric_limits<qint64>::max())
        return std::nullopt;
    const qint64 rest = qint64(*magnitude % kSubNanoPerNano);
    return negative ? ExactAmount{-qint64(nano), -rest} : ExactAmount{qint64(nano), rest};
}

qint64 SubNanoCarry::store(const ExactAmount &amount)
{
    const qint64 pending = m_carry + amount.subNano; // |pending| < 1.5e9
    qint64 adjust = 0;
    if (pending >= kSubNanoPerNano / 2)
        adjust = (pending + kSubNanoPerNano / 2) / kSubNanoPerNano;
    else if (pending <= -kSubNanoPerNano / 2)
        adjust = -((-pending + kSubNanoPerNano / 2) / kSubNanoPerNano);
    m_carry = pending - adjust * kSubNanoPerNano;
    return amount.nano + adjust;
}

} // namespace costline
