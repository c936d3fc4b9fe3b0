#pragma once

#include "report.h"

#include <QRectF>

QT_BEGIN_NAMESPACE
class QPaintDevice;
class QPainter;
QT_END_NAMESPACE

namespace costline {

// A bar chart shows at most this many rows; the chart says when the table holds more.
constexpr int kMaxChartBars = 24;

// The height a section's chart needs at `width` on the device its fonts are measured on:
// a fixed aspect for days, one band per row for horizontal bars.
double chartHeight(const ReportSection &section, double width, const QPaintDevice *device);

// Paints the section's chart inside `rect` with QPainter only (PDF, print, an image): money
// ticks at round amounts on the value axis, both axes titled, a legend for more than one
// series. Amounts stay integer nano-USD until they become positions on the page.
void paintChart(QPainter &painter, const QRectF &rect, const ReportSection &section);

} // namespace costline
