#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace costline {

// An inclusive range of UTC days.
struct DayRange
{
    qint64 fromDay = 0;
    qint64 toDay = 0;

    qint64 length() const { return toDay - fromDay + 1; }
    bool operator==(const DayRange &) const = default;
};

// The period of equal length that ends the day before `range` starts: what every
// "change vs previous period" compares against.
DayRange previousPeriod(const DayRange &range);

// The date presets of the global filter bar.
enum class DatePreset { ThisMonth, LastMonth, Last7Days, Last30Days, Last90Days, QuarterToDate, Custom };

// The range of a preset as seen on `anchorDay` (the last day of data: an offline workspace
// reads "last 30 days" as the 30 days up to its newest usage). Custom has no range.
std::optional<DayRange> presetRange(DatePreset preset, qint64 anchorDay);
QString presetLabel(DatePreset preset);
QList<DatePreset> allPresets();

} // namespace costline
