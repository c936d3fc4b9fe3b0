#include "moneyformat.h"

#include "core/money.h"

#include <QCoreApplication>

namespace costline {
namespace {

int g_displayDecimals = 2;

// nano-USD of one unit in the last shown decimal: below it an amount needs more digits.
qint64 smallestShown()
{
    qint64 unit = Money::kNanoPerUsd;
    for (int i = 0; i < g_displayDecimals; ++i)
        unit /= 10;
    return unit;
}

// Decimals that show at least two significant digits of a sub-cent amount.
int subCentDecimals(qint64 nano)
{
    int decimals = g_displayDecimals + 1;
    qint64 unit = smallestShown() / 10; // nano-USD of one unit at that decimal
    while (decimals < Money::kFractionDigits && qAbs(nano) < unit * 10) {
        ++decimals;
        unit /= 10;
    }
    return decimals;
}

QString currencyText(qint64 nano, int decimals, const QLocale &locale)
{
    // Round in integers to the shown precision; only the rounded value becomes a double.
    qint64 step = 1;
    for (int i = decimals; i < Money::kFractionDigits; ++i)
        step *= 10;
    const qint64 half = step / 2;
    const qint64 rounded = (nano >= 0 ? (nano + half) / step : -((-nano + half) / step));
    double value = double(rounded);
    for (int i = 0; i < decimals; ++i)
        value /= 10.0;
    return locale.toCurrencyString(value, QStringLiteral("$"), decimals);
}

} // namespace

void setMoneyDisplayDecimals(int decimals)
{
    g_displayDecimals = qBound(2, decimals, 4);
}

int moneyDisplayDecimals()
{
    return g_displayDecimals;
}

QString unpricedText()
{
    return QCoreApplication::translate("costline::MoneyFormat", "unpriced");
}

QString formatMoney(qint64 nano, const QLocale &locale)
{
    if (nano != 0 && qAbs(nano) < smallestShown())
        return currencyText(nano, subCentDecimals(nano), locale);
    return currencyText(nano, g_displayDecimals, locale);
}

QString formatUnitMoney(qint64 nano, const QLocale &locale)
{
    if (qAbs(nano) >= Money::kNanoPerUsd)
        return formatMoney(nano, locale);
    return currencyText(nano, qMax(4, nano == 0 ? 2 : subCentDecimals(nano)), locale);
}

QString formatMoney(std::optional<qint64> nano, const QLocale &locale)
{
    return nano ? formatMoney(*nano, locale) : unpricedText();
}

QString formatMoneyDelta(qint64 nano, const QLocale &locale)
{
    const QString magnitude = formatMoney(qAbs(nano), locale);
    if (nano == 0)
        return magnitude;
    return (nano > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + magnitude;
}

QString formatMoneyExact(qint64 nano)
{
    return QStringLiteral("$") + Money::fromNano(nano).toDecimalString() + QStringLiteral(" USD");
}

QString formatCount(qint64 count, const QLocale &locale)
{
    return locale.toString(count);
}

QString formatPercent(double percent, const QLocale &locale)
{
    return locale.toString(percent, 'f', 1) + QStringLiteral(" %");
}

QString formatPercentDelta(std::optional<double> percent, const QLocale &locale)
{
    if (!percent)
        return QCoreApplication::translate("costline::MoneyFormat", "new");
    const QString text = formatPercent(qAbs(*percent), locale);
    if (*percent > 0.0)
        return QStringLiteral("+") + text;
    return *percent < 0.0 ? QStringLiteral("\u2212") + text : text;
}

} // namespace costline
