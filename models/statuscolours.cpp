#include "statuscolours.h"

namespace costline {
namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

QColor costRiseColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x6b) : QColor(0xd0, 0x4a, 0x3a);
}

QColor costFallColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5f, 0xd0, 0x8a) : QColor(0x2e, 0x9d, 0x5b);
}

} // namespace costline
