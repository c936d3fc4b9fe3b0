#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace costline {

// How money and counts read on screen. Amounts come in as integer nano-USD; only the
// final text goes through QLocale. Whole amounts show cents; amounts under a cent show
// two significant digits ($0.00042) so a cheap request never reads as $0.00.
QString formatMoney(qint64 nano, const QLocale &locale = QLocale());
// A unit price (cost per request, per token): four decimals under a dollar, so $0.0124
// and $0.0131 stay apart.
QString formatUnitMoney(qint64 nano, const QLocale &locale = QLocale());
// "unpriced" where there is no amount: a missing price must never read as $0.
QString formatMoney(std::optional<qint64> nano, const QLocale &locale = QLocale());
// "+$12.30" / "−$4.00": the sign always shown, for changes.
QString formatMoneyDelta(qint64 nano, const QLocale &locale = QLocale());
// Every digit, "$0.000123400 USD": for tooltips and detail panes.
QString formatMoneyExact(qint64 nano);
QString formatCount(qint64 count, const QLocale &locale = QLocale());
// "12.5 %", "+12.5 %", or "new" when there was nothing to compare against.
QString formatPercent(double percent, const QLocale &locale = QLocale());
QString formatPercentDelta(std::optional<double> percent, const QLocale &locale = QLocale());

// Decimals whole amounts show on screen: 2 (cents, the default) or 4, as chosen in
// Preferences → Display precision. Like QLocale::setDefault, one setting for the process:
// every table, card and chart label reads the same way. CSV and JSON never use it.
void setMoneyDisplayDecimals(int decimals);
int moneyDisplayDecimals();

// The word shown for an event without a price.
QString unpricedText();

} // namespace costline
