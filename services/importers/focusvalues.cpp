#include "focusvalues.h"

#include "core/utctime.h"

#include <QByteArray>
#include <QList>

namespace costline {
namespace {

constexpr const char *kNullSpellings[] = {"null", "\\N", "none", "nan"};

// "10:00:00 PM", "22:00", "22:00:00" → seconds of the day.
std::optional<qint64> parseClock(QByteArrayView text)
{
    QByteArray clock = text.trimmed().toByteArray().toUpper();
    int shift = -1; // hours to add for AM/PM, -1 without
    if (clock.endsWith("AM") || clock.endsWith("PM")) {
        shift = clock.endsWith("PM") ? 12 : 0;
        clock = clock.chopped(2).trimmed();
    }
    const QList<QByteArray> parts = clock.split(':');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    bool okH = false, okM = false, okS = true;
    int hour = parts[0].toInt(&okH);
    const int minute = parts[1].toInt(&okM);
    const int second = parts.size() == 3 ? parts[2].toInt(&okS) : 0;
    if (shift >= 0) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + shift;
    }
    if (!okH || !okM || !okS || hour > 23 || minute > 59 || second > 59 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    return hour * 3600LL + minute * 60LL + second;
}

// Month/day/year with a 2- or 4-digit year, and an optional time of day after a space.
std::optional<qint64> parseUsDateTime(QByteArrayView text)
{
    const qsizetype space = text.indexOf(' ');
    const QList<QByteArray> parts = text.first(space < 0 ? text.size() : space).toByteArray().split('/');
    if (parts.size() != 3)
        return std::nullopt;
    bool okM = false, okD = false, okY = false;
    const int month = parts[0].toInt(&okM), day = parts[1].toInt(&okD);
    int year = parts[2].toInt(&okY);
    if (!okM || !okD || !okY || (parts[2].size() != 2 && parts[2].size() != 4))
        return std::nullopt;
    if (parts[2].size() == 2)
        year += 2000;
    const QByteArray iso = QByteArray::number(year).rightJustified(4, '0') + '-' + QByteArray::number(month).rightJustified(2, '0')
                           + '-' + QByteArray::number(day).rightJustified(2, '0');
    const auto date = utc::parseDate(iso);
    if (!date)
        return std::nullopt;
    const auto seconds = space < 0 ? std::optional<qint64>(0) : parseClock(text.sliced(space + 1));
    return seconds ? std::optional<qint64>(*date * kMsPerDay + *seconds * 1000) : std::nullopt;
}

// "… 22:00:00 UTC" → "…22:00:00Z", "… 22:00:00 +02:00" → "…22:00:00+02:00".
QByteArray withIsoZone(QByteArrayView text)
{
    QByteArray t = text.toByteArray();
    for (const char *utcName : {" UTC", "UTC", " GMT"}) {
        if (t.endsWith(utcName))
            return t.chopped(qsizetype(qstrlen(utcName))) + 'Z';
    }
    const qsizetype sign = qMax(t.lastIndexOf('+'), t.lastIndexOf('-'));
    if (sign > 10 && t.at(sign - 1) == ' ')
        t.remove(sign - 1, 1);
    return t;
}

} // namespace

bool isFocusNull(QByteArrayView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return true;
    for (const char *spelling : kNullSpellings) {
        if (text.compare(QByteArrayView(spelling), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<qint64> parseFocusTime(QByteArrayView text)
{
    text = text.trimmed();
    if (isFocusNull(text))
        return std::nullopt;
    if (text.contains('/'))
        return parseUsDateTime(text);
    if (!text.contains('-'))
        return std::nullopt; // FOCUS never writes epoch numbers; "20240918" is no date here
    if (const auto day = utc::parseDate(text))
        return *day * kMsPerDay;
    const QByteArray iso = withIsoZone(text);
    if (const auto time = utc::parseTimestamp(iso))
        return time;
    // FOCUS times are UTC: a time written without a zone is read as UTC.
    return iso.size() > 10 ? utc::parseTimestamp(QByteArray(iso + 'Z')) : std::nullopt;
}

QByteArray plainFocusMoney(QByteArrayView text)
{
    QByteArray plain;
    bool parenthesised = false;
    for (const char c : text.trimmed()) {
        if (c == '(' || c == ')')
            parenthesised = true;
        else if (c != '$' && c != ',' && c != ' ')
            plain.append(c);
    }
    return parenthesised && !plain.startsWith('-') ? '-' + plain : plain;
}

std::optional<ExactAmount> parseFocusMoney(QByteArrayView text)
{
    if (isFocusNull(text))
        return std::nullopt;
    return parseExactAmount(plainFocusMoney(text));
}

} // namespace costline
