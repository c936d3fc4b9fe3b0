#pragma once

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace costline {

constexpr qint64 kMsPerDay = 86'400'000;

// UTC calendar helpers over epoch milliseconds. Written by hand rather than through
// QDateTime because the importer reads millions of timestamps and QDateTime's parser
// is two orders of magnitude slower.
namespace utc {

// Days since 1970-01-01 for a proleptic Gregorian date.
qint64 daysFromCivil(int year, int month, int day);
void civilFromDays(qint64 days, int *year, int *month, int *day);

// Floor division so that times before 1970 land on the right day.
constexpr qint64 dayOf(qint64 epochMs)
{
    return epochMs >= 0 ? epochMs / kMsPerDay : -((-epochMs + kMsPerDay - 1) / kMsPerDay);
}

// "2026-09-14T10:00:00Z", "2026-09-14T12:00:00.250+02:00", "2026-09-14 10:00:00Z" or
// epoch milliseconds ("1757844000000"). A time without a zone is refused: it is ambiguous.
std::optional<qint64> parseTimestamp(QByteArrayView text);

// "YYYY-MM-DD" → the day number; nullopt if malformed or not a real date.
std::optional<qint64> parseDate(QByteArrayView text);

QString formatDate(qint64 day);        // "2026-09-14"
QString formatMonth(qint64 day);       // "2026-09"
QString formatTimestamp(qint64 epochMs); // "2026-09-14T10:00:00.000Z"

qint64 firstDayOfMonth(qint64 day);
qint64 lastDayOfMonth(qint64 day);
qint64 todayUtc();

} // namespace utc
} // namespace costline
