#pragma once

#include "core/exactamount.h"

#include <QByteArrayView>

#include <optional>

namespace costline {

// How FOCUS producers write a null: an empty cell, NULL / null (AWS, Oracle, the FOCUS
// sample data), \N (database dumps), None / NaN / nan (Python and pandas exports).
bool isFocusNull(QByteArrayView text);

// Every date-time form FOCUS producers write, as epoch ms (FOCUS times are UTC):
// "2024-09-18T22:00:00Z", "2024-09-18 22:00:00" (no zone: UTC), fractions of any length
// ("…22:00:00.0000000Z"), offsets ("+02:00", "+0200", "+02", also after a space), a
// trailing " UTC", a bare date ("2024-09-18"), and US dates as spreadsheets re-save them
// ("9/18/24", "09/18/2024 10:00:00 PM"). nullopt for anything else or a null.
std::optional<qint64> parseFocusTime(QByteArrayView text);

// "$10,100.00 ", "-12.5", "(3.20)", "1.5E-7" exactly (nothing is rounded to nano-dollars
// here); nullopt for a null or anything that is not an amount.
std::optional<ExactAmount> parseFocusMoney(QByteArrayView text);
// The same amount as plain decimal text ("10100.00", "-3.20"), as kept beside the event.
QByteArray plainFocusMoney(QByteArrayView text);

} // namespace costline
