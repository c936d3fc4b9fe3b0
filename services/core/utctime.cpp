#include "utctime.h"

#include <QDateTime>

namespace costline::utc {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads exactly `count` digits at pos.
bool readDigits(QByteArrayView text, qsizetype &pos, int count, int *out)
{
    if (pos + count > text.size())
        return false;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (!isDigit(c))
            return false;
        value = value * 10 + (c - '0');
    }
    pos += count;
    *out = value;
    return true;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

bool readDate(QByteArrayView text, qsizetype &pos, qint64 *day)
{
    int year = 0, month = 0, dom = 0;
    if (!readDigits(text, pos, 4, &year) || pos >= text.size() || text[pos++] != '-'
        || !readDigits(text, pos, 2, &month) || pos >= text.size() || text[pos++] != '-'
        || !readDigits(text, pos, 2, &dom))
        return false;
    if (month < 1 || month > 12 || dom < 1 || dom > daysInMonth(year, month))
        return false;
    *day = daysFromCivil(year, month, dom);
    return true;
}

// Reads ".250" (any number of digits, kept to milliseconds).
void readFraction(QByteArrayView text, qsizetype &pos, int *ms)
{
    if (pos >= text.size() || (text[pos] != '.' && text[pos] != ','))
        return;
    ++pos;
    int scale = 100;
    while (pos < text.size() && isDigit(text[pos])) {
        *ms += (text[pos] - '0') * scale;
        scale /= 10;
        ++pos;
    }
}

// Reads "Z", "+02:00", "+0200" or "+02"; returns the offset in minutes.
bool readZone(QByteArrayView text, qsizetype &pos, int *offsetMinutes)
{
    if (pos >= text.size())
        return false;
    if (text[pos] == 'Z' || text[pos] == 'z') {
        ++pos;
        *offsetMinutes = 0;
        return true;
    }
    if (text[pos] != '+' && text[pos] != '-')
        return false;
    const int sign = text[pos++] == '-' ? -1 : 1;
    int hours = 0, minutes = 0;
    if (!readDigits(text, pos, 2, &hours))
        return false;
    if (pos < text.size() && text[pos] == ':')
        ++pos;
    if (pos < text.size() && !readDigits(text, pos, 2, &minutes))
        return false;
    if (hours > 23 || minutes > 59)
        return false;
    *offsetMinutes = sign * (hours * 60 + minutes);
    return true;
}

std::optional<qint64> parseIso(QByteArrayView text)
{
    qsizetype pos = 0;
    qint64 day = 0;
    if (!readDate(text, pos, &day))
        return std::nullopt;
    if (pos >= text.size() || (text[pos] != 'T' && text[pos] != 't' && text[pos] != ' '))
        return std::nullopt;
    ++pos;
    int hour = 0, minute = 0, second = 0, ms = 0, offset = 0;
    if (!readDigits(text, pos, 2, &hour) || pos >= text.size() || text[pos++] != ':'
        || !readDigits(text, pos, 2, &minute))
        return std::nullopt;
    if (pos < text.size() && text[pos] == ':') {
        ++pos;
        if (!readDigits(text, pos, 2, &second))
            return std::nullopt;
        readFraction(text, pos, &ms);
    }
    if (hour > 23 || minute > 59 || second > 60 || !readZone(text, pos, &offset) || pos != text.size())
        return std::nullopt;
    return day * kMsPerDay + (hour * 3600LL + minute * 60LL + second - offset * 60LL) * 1000 + ms;
}

} // namespace

qint64 daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil.
    const qint64 y = month <= 2 ? year - 1 : year;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yoe + era * 400 + (*month <= 2 ? 1 : 0));
}

std::optional<qint64> parseTimestamp(QByteArrayView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool allDigits = true;
    for (const char c : text)
        allDigits = allDigits && isDigit(c);
    if (allDigits) {
        // Epoch milliseconds; 13 digits covers 2001–2286.
        if (text.size() > 15)
            return std::nullopt;
        return text.toLongLong();
    }
    return parseIso(text);
}

std::optional<qint64> parseDate(QByteArrayView text)
{
    qsizetype pos = 0;
    qint64 day = 0;
    if (!readDate(text, pos, &day) || pos != text.size())
        return std::nullopt;
    return day;
}

QString formatDate(qint64 day)
{
    int y = 0, m = 0, d = 0;
    civilFromDays(day, &y, &m, &d);
    return QStringLiteral("%1-%2-%3")
        .arg(y, 4, 10, QLatin1Char('0'))
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(d, 2, 10, QLatin1Char('0'));
}

QString formatMonth(qint64 day)
{
    int y = 0, m = 0, d = 0;
    civilFromDays(day, &y, &m, &d);
    return QStringLiteral("%1-%2").arg(y, 4, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
}

QString formatTimestamp(qint64 epochMs)
{
    const qint64 day = dayOf(epochMs);
    const qint64 msOfDay = epochMs - day * kMsPerDay;
    return formatDate(day)
           + QStringLiteral("T%1:%2:%3.%4Z")
                 .arg(msOfDay / 3'600'000, 2, 10, QLatin1Char('0'))
                 .arg(msOfDay / 60'000 % 60, 2, 10, QLatin1Char('0'))
                 .arg(msOfDay / 1000 % 60, 2, 10, QLatin1Char('0'))
                 .arg(msOfDay % 1000, 3, 10, QLatin1Char('0'));
}

qint64 firstDayOfMonth(qint64 day)
{
    int y = 0, m = 0, d = 0;
    civilFromDays(day, &y, &m, &d);
    return daysFromCivil(y, m, 1);
}

qint64 lastDayOfMonth(qint64 day)
{
    int y = 0, m = 0, d = 0;
    civilFromDays(day, &y, &m, &d);
    return daysFromCivil(y, m, daysInMonth(y, m));
}

qint64 todayUtc()
{
    return dayOf(QDateTime::currentMSecsSinceEpoch());
}

} // namespace costline::utc
