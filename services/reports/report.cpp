#include "report.h"

#include "core/money.h"

namespace costline::reportformat {
namespace {

QString groupThousands(qint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

} // namespace

QString cents(qint64 nano)
{
    const bool negative = nano < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(nano) : quint64(nano);
    QString body;
    if (magnitude != 0 && magnitude < 5'000'000) {
        // Under half a cent: four decimals, so a small amount never reads as $0.00.
        const quint64 tenThousandths = (magnitude + 50'000) / 100'000;
        body = QStringLiteral("0.%1").arg(tenThousandths, 4, 10, QLatin1Char('0'));
    } else {
        const quint64 totalCents = (magnitude + 5'000'000) / 10'000'000;
        body = groupThousands(qint64(totalCents / 100)) % QLatin1Char('.')
               % QStringLiteral("%1").arg(totalCents % 100, 2, 10, QLatin1Char('0'));
    }
    return (negative ? QStringLiteral("−$") : QStringLiteral("$")) + body;
}

QString axisMoney(qint64 nano, qint64 stepNano)
{
    if (stepNano % Money::kNanoPerUsd != 0)
        return cents(nano);
    const QString dollars = groupThousands(qAbs(nano / Money::kNanoPerUsd));
    return (nano < 0 ? QStringLiteral("−$") : QStringLiteral("$")) + dollars;
}

QString count(qint64 value)
{
    return value < 0 ? QLatin1Char('-') + groupThousands(-value) : groupThousands(value);
}

QString percent(const QVariant &value)
{
    if (!value.isValid())
        return QStringLiteral("—");
    return QString::number(value.toDouble(), 'f', 1) + QLatin1Char('%');
}

QString screenCell(const ReportColumn &column, const QVariant &cell)
{
    switch (column.kind) {
    case ColumnKind::Money:
        return cell.isValid() ? cents(cell.toLongLong()) : QStringLiteral("—");
    case ColumnKind::Count:
        return cell.isValid() ? count(cell.toLongLong()) : QStringLiteral("—");
    case ColumnKind::Percent:
        return percent(cell);
    case ColumnKind::Text:
        break;
    }
    return cell.toString();
}

QString exactCell(const ReportColumn &column, const QVariant &cell)
{
    switch (column.kind) {
    case ColumnKind::Money:
        return cell.isValid() ? Money::fromNano(cell.toLongLong()).toDecimalString() : QString();
    case ColumnKind::Count:
        return cell.isValid() ? QString::number(cell.toLongLong()) : QString();
    case ColumnKind::Percent:
        return cell.isValid() ? QString::number(cell.toDouble(), 'f', 1) : QString();
    case ColumnKind::Text:
        break;
    }
    return cell.toString();
}

} // namespace costline::reportformat
