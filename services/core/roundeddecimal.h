#pragma once

#include <QByteArrayView>

#include <optional>

namespace costline {

// Reads a decimal that may carry more digits than `scale` holds (a float's text from a
// provider or a billing export) as value × 10^scale, rounded once, half away from zero.
// Exponents ("1.5e-06") are accepted. nullopt when it is not a number or overflows.
std::optional<qint64> parseRoundedDecimal(QByteArrayView text, int scale);

} // namespace costline
