#pragma once

#include <QByteArray>

namespace costline {

// Returns the JSON text with every number token turned into a string holding its exact
// text ("amount": 0.06 → "amount": "0.06"). QJsonDocument stores numbers as double; this
// keeps providers' money and catalogue prices exact before they are parsed as decimals.
QByteArray quoteJsonNumbers(const QByteArray &json);

} // namespace costline
