#include "dayrange.h"

#include "core/utctime.h"

#include <QCoreApplication>

namespace costline {
namespace {

qint64 firstDayOfQuarter(qint64 day)
{
    int year = 0;
    int month = 0;
    int dom = 0;
    utc::civilFromDays(day, &year, &month, &dom);
    return utc::daysFromCivil(year, (month - 1) / 3 * 3 + 1, 1);
}

DayRange lastDays(qint64 anchorDay, qint64 count)
{
    return DayRange{anchorDay - count + 1, anchorDay};
}

} // namespace

DayRange previousPeriod(const DayRange &range)
{
    return DayRange{range.fromDay - range.length(), range.fromDay - 1};
}

std::optional<DayRange> presetRange(DatePreset preset, qint64 anchorDay)
{
    switch (preset) {
    case DatePreset::ThisMonth:
        return DayRange{utc::firstDayOfMonth(anchorDay), anchorDay};
    case DatePreset::LastMonth: {
        const qint64 lastOfPrevious = utc::firstDayOfMonth(anchorDay) - 1;
        return DayRange{utc::firstDayOfMonth(lastOfPrevious), lastOfPrevious};
    }
    case DatePreset::Last7Days:
        return lastDays(anchorDay, 7);
    case DatePreset::Last30Days:
        return lastDays(anchorDay, 30);
    case DatePreset::Last90Days:
        return lastDays(anchorDay, 90);
    case DatePreset::QuarterToDate:
        return DayRange{firstDayOfQuarter(anchorDay), anchorDay};
    case DatePreset::Custom:
        break;
    }
    return std::nullopt;
}

QString presetLabel(DatePreset preset)
{
    switch (preset) {
    case DatePreset::ThisMonth:
        return QCoreApplication::translate("costline::DayRange", "This month");
    case DatePreset::LastMonth:
        return QCoreApplication::translate("costline::DayRange", "Last month");
    case DatePreset::Last7Days:
        return QCoreApplication::translate("costline::DayRange", "Last 7 days");
    case DatePreset::Last30Days:
        return QCoreApplication::translate("costline::DayRange", "Last 30 days");
    case DatePreset::Last90Days:
        return QCoreApplication::translate("costline::DayRange", "Last 90 days");
    case DatePreset::QuarterToDate:
        return QCoreApplication::translate("costline::DayRange", "Quarter to date");
    case DatePreset::Custom:
        break;
    }
    return QCoreApplication::translate("costline::DayRange", "Custom…");
}

QList<DatePreset> allPresets()
{
    return {DatePreset::ThisMonth,  DatePreset::LastMonth,     DatePreset::Last7Days, DatePreset::Last30Days,
            DatePreset::Last90Days, DatePreset::QuarterToDate, DatePreset::Custom};
}

} // namespace costline
