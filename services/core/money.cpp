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

} // namespace costline
