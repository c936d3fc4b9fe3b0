#include "money.h"

#include "decimal.h"

namespace costline {

std::optional<Money> Money::parse(QByteArrayView text, QString *error)
{
    const ScaledDecimal parsed = parseScaledDecimal(text, kFractionDigits);
    if (!parsed.ok) {
        if (error)
            *error = parsed.error;
        return std::nullopt;
    }
    return Money(parsed.value);
}

QString Money::toDecimalString() const
{
    return formatScaledDecimal(m_nano, kFractionDigits);
}

QString usdText(qint64 nano)
{
    const qint64 cents = (nano >= 0 ? nano + 5'000'000 : nano - 5'000'000) / 10'000'000;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(qAbs(cents) / 100)
        .arg(qAbs(cents) % 100, 2, 10, QLatin1Char('0'));
}

} // namespace costline
