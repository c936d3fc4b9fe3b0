#include "reportchart.h"

#include "core/money.h"

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>

#include <cmath>
#include <optional>

namespace costline {
namespace {

constexpr double kFontPoints = 7.0;
constexpr double kColumnsAspect = 0.36; // height per width of a day chart

struct Series
{
    QString name;
    SeriesStyle style = SeriesStyle::Primary;
    QList<std::optional<qint64>> values; // nullopt: no priced amount, drawn as nothing
};

struct ChartData
{
    QStringList labels;
    QList<Series> series;
    qsizetype hiddenRows = 0;

    qint64 value(qsizetype index, qsizetype row) const { return series.at(index).values.at(row).value_or(0); }
};

// Round money ticks: 1, 2 or 5 times a power of ten, never finer than a cent, about five of them.
struct Ticks
{
    qint64 low = 0;
    qint64 high = 0;
    qint64 step = 1;

    double fraction(qint64 v) const { return double(v - low) / double(high - low); }
};

// Sizes in device units: fonts and lines are given in points and measured on the device.
struct Frame
{
    QFont font;
    QFontMetricsF metrics;
    double point = 1.0;

    double line() const { return metrics.height(); }
};

Frame frameFor(const QPaintDevice *device)
{
    QFont font;
    font.setFamilies({QStringLiteral("sans-serif")});
    font.setPointSizeF(kFontPoints);
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures, as in the report's text
    return Frame{font, QFontMetricsF(font, device), device->logicalDpiY() / 72.0};
}

ChartData chartData(const ReportSection &s)
{
    ChartData d;
    qsizetype rows = s.rows.size();
    if (s.chart.kind == ChartKind::Bars && rows > kMaxChartBars) {
        d.hiddenRows = rows - kMaxChartBars;
        rows = kMaxChartBars;
    }
    for (qsizetype r = 0; r < rows; ++r)
        d.labels << s.rows.at(r).value(s.chart.labelColumn).toString();
    for (const ChartSeries &cs : s.chart.series) {
        Series out{s.columns.value(cs.column).title, cs.style, {}};
        for (qsizetype r = 0; r < rows; ++r) {
            const QVariant cell = s.rows.at(r).value(cs.column);
            out.values << (cell.isValid() ? std::optional<qint64>(cell.toLongLong()) : std::nullopt);
        }
        d.series << out;
    }
    return d;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b != 0 && a < 0 ? 1 : 0);
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return a / b + (a % b != 0 && a > 0 ? 1 : 0);
}

// The axis must hold zero and every bar: stacked bars add up their series per row.
Ticks ticksFor(const ChartData &d, bool stacked)
{
    qint64 lo = 0;
    qint64 hi = 0;
    for (qsizetype r = 0; r < d.labels.size(); ++r) {
        qint64 up = 0;
        qint64 down = 0;
        for (qsizetype i = 0; i < d.series.size(); ++i) {
            const qint64 v = d.value(i, r);
            if (v < 0)
                down = stacked ? down + v : v;
            else
                up = stacked ? up + v : v;
            lo = qMin(lo, down);
            hi = qMax(hi, up);
        }
    }
    if (hi == lo)
        hi = lo + Money::kNanoPerUsd;
    const qint64 rough = (hi - lo + 4) / 5;
    qint64 magnitude = 10'000'000; // one cent
    while (magnitude <= rough / 10)
        magnitude *= 10;
    Ticks t;
    for (const qint64 multiple : {1, 2, 5, 10}) {
        t.step = magnitude * multiple;
        if (t.step >= rough)
            break;
    }
    t.low = floorDiv(lo, t.step) * t.step;
    t.high = ceilDiv(hi, t.step) * t.step;
    return t;
}

QList<qint64> tickValues(const Ticks &t)
{
    QList<qint64> values;
    for (qint64 v = t.low; v <= t.high; v += t.step)
        values << v;
    return values;
}

// Days read as "1 Nov" under a chart; other labels stay as the table has them.
QString axisLabel(const QString &label)
{
    const QDate day = QDate::fromString(label, Qt::ISODate);
    return label.size() == 10 && day.isValid() ? QLocale::c().toString(day, QStringLiteral("d MMM")) : label;
}

QColor seriesColour(SeriesStyle style)
{
    switch (style) {
    case SeriesStyle::Primary:
        return QColor(0x2f, 0x66, 0x90);
    case SeriesStyle::Secondary:
        return QColor(0x3a, 0x9d, 0x8f);
    case SeriesStyle::Accent:
        return QColor(0xd0, 0x8c, 0x2e);
    case SeriesStyle::Muted:
        break;
    }
    return QColor(0xa7, 0xb0, 0xbc);
}

const QColor kText(0x1d, 0x23, 0x30);
const QColor kAxisText(0x5b, 0x64, 0x73);
const QColor kGrid(0xe3, 0xe6, 0xea);
const QColor kAxis(0x8a, 0x93, 0xa0);

// A legend row when there is more than one series; the height it took.
double drawLegend(QPainter &p, const Frame &f, const QRectF &r, const ChartData &d)
{
    if (d.series.size() < 2)
        return 0;
    double x = r.left();
    const double swatch = f.metrics.ascent() * 0.8;
    for (const Series &s : d.series) {
        p.fillRect(QRectF(x, r.top() + (f.line() - swatch) / 2, swatch, swatch), seriesColour(s.style));
        x += swatch + f.line() * 0.3;
        p.setPen(kText);
        p.drawText(QRectF(x, r.top(), r.right() - x, f.line()), Qt::AlignLeft | Qt::AlignVCenter, s.name);
        x += f.metrics.horizontalAdvance(s.name) + f.line();
    }
    return f.line() * 1.4;
}

double widestTick(const Frame &f, const Ticks &t)
{
    double widest = 0;
    for (const qint64 v : tickValues(t))
        widest = qMax(widest, f.metrics.horizontalAdvance(reportformat::axisMoney(v, t.step)));
    return widest;
}

void drawAxisTitle(QPainter &p, const Frame &f, const QRectF &r, const QString &title, bool vertical)
{
    p.setPen(kAxisText);
    if (!vertical) {
        p.drawText(r, Qt::AlignCenter, title);
        return;
    }
    p.save();
    p.translate(r.center());
    p.rotate(-90);
    p.drawText(QRectF(-r.height() / 2, -f.line() / 2, r.height(), f.line()), Qt::AlignCenter, title);
    p.restore();
}

// Grid lines at every tick, money labels beside them; the zero line stands out.
void drawValueGrid(QPainter &p, const Frame &f, const QRectF &plot, const Ticks &t, bool valuesUp)
{
    const double labelWidth = widestTick(f, t) + f.point;
    for (const qint64 v : tickValues(t)) {
        p.setPen(QPen(v == 0 ? kAxis : kGrid, (v == 0 ? 0.8 : 0.5) * f.point));
        const QString text = reportformat::axisMoney(v, t.step);
        if (valuesUp) {
            const double y = plot.bottom() - t.fraction(v) * plot.height();
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            p.setPen(kAxisText);
            p.drawText(QRectF(plot.left() - f.point * 3 - labelWidth, y - f.line() / 2, labelWidth, f.line()),
                       Qt::AlignRight | Qt::AlignVCenter, text);
        } else {
            const double x = plot.left() + t.fraction(v) * plot.width();
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            p.setPen(kAxisText);
            p.drawText(QRectF(x - labelWidth / 2, plot.bottom() + f.point * 2, labelWidth, f.line()), Qt::AlignCenter, text);
        }
    }
}

// Day labels under the columns: as many as fit without touching, always the first.
void drawCategoryLabels(QPainter &p, const Frame &f, const QRectF &plot, const QRectF &bounds, const ChartData &d)
{
    const qsizetype n = d.labels.size();
    const double slot = plot.width() / double(n);
    double widest = 0;
    for (const QString &label : d.labels)
        widest = qMax(widest, f.metrics.horizontalAdvance(axisLabel(label)));
    const qsizetype every = qMax<qsizetype>(1, qsizetype(std::ceil((widest + f.line()) / slot)));
    p.setPen(kAxisText);
    for (qsizetype i = 0; i < n; i += every) {
        const QString text = axisLabel(d.labels.at(i));
        const double width = f.metrics.horizontalAdvance(text) + f.point;
        const double centre = qBound(bounds.left() + width / 2, plot.left() + slot * (double(i) + 0.5), bounds.right() - width / 2);
        p.drawText(QRectF(centre - width / 2, plot.bottom() + f.point * 2, width, f.line()), Qt::AlignCenter, text);
    }
}

void drawColumns(QPainter &p, const QRectF &plot, const Ticks &t, const ChartData &d)
{
    const qsizetype n = d.labels.size();
    const double slot = plot.width() / double(n);
    const double barWidth = slot * 0.72 / double(d.series.size());
    const double zeroY = plot.bottom() - t.fraction(0) * plot.height();
    for (qsizetype i = 0; i < d.series.size(); ++i) {
        for (qsizetype r = 0; r < n; ++r) {
            if (!d.series.at(i).values.at(r))
                continue;
            const double x = plot.left() + slot * (double(r) + 0.14) + barWidth * double(i);
            const double y = plot.bottom() - t.fraction(d.value(i, r)) * plot.height();
            p.fillRect(QRectF(QPointF(x, qMin(y, zeroY)), QPointF(x + barWidth, qMax(y, zeroY))), seriesColour(d.series.at(i).style));
        }
    }
}

void drawLines(QPainter &p, const Frame &f, const QRectF &plot, const Ticks &t, const ChartData &d)
{
    const qsizetype n = d.labels.size();
    const double slot = plot.width() / double(n);
    for (const Series &s : d.series) {
        QPen pen(seriesColour(s.style), 1.4 * f.point);
        pen.setStyle(s.style == SeriesStyle::Muted ? Qt::DashLine : Qt::SolidLine);
        p.setPen(pen);
        std::optional<QPointF> previous;
        for (qsizetype r = 0; r < n; ++r) {
            if (!s.values.at(r)) {
                previous.reset(); // a day with no priced amount breaks the line
                continue;
            }
            const QPointF point(plot.left() + slot * (double(r) + 0.5), plot.bottom() - t.fraction(*s.values.at(r)) * plot.height());
            if (previous)
                p.drawLine(*previous, point);
            previous = point;
        }
    }
}

void paintVertical(QPainter &p, const Frame &f, QRectF r, const ReportSection &s, const ChartData &d)
{
    r.setTop(r.top() + drawLegend(p, f, r, d));
    const Ticks t = ticksFor(d, false);
    const double line = f.line();
    QRectF plot(QPointF(r.left() + line * 1.3 + widestTick(f, t) + f.point * 3, r.top() + line / 2),
                QPointF(r.right() - line / 2, r.bottom() - line * 2.4));
    drawValueGrid(p, f, plot, t, true);
    if (s.chart.kind == ChartKind::Columns)
        drawColumns(p, plot, t, d);
    else
        drawLines(p, f, plot, t, d);
    drawCategoryLabels(p, f, plot, r, d);
    drawAxisTitle(p, f, QRectF(r.left(), plot.top(), line, plot.height()), s.chart.valueAxis, true);
    drawAxisTitle(p, f, QRectF(plot.left(), r.bottom() - line * 1.2, plot.width(), line * 1.2), s.chart.labelAxis, false);
}

double barBand(const Frame &f)
{
    return f.line() * 1.5;
}

// One band per row, then tick labels, the axis title and the "more rows" caption.
double barsHeight(const Frame &f, const ChartData &d)
{
    return (d.series.size() > 1 ? f.line() * 1.4 : 0) + barBand(f) * double(d.labels.size()) + f.line() * 2.6
           + (d.hiddenRows > 0 ? f.line() * 1.2 : 0);
}

QString rowTotalText(const ChartData &d, qsizetype row)
{
    qint64 total = 0;
    bool any = false;
    for (qsizetype i = 0; i < d.series.size(); ++i) {
        any = any || d.series.at(i).values.at(row).has_value();
        total += d.value(i, row);
    }
    return any ? reportformat::cents(total) : QStringLiteral("—");
}

void drawBarRow(QPainter &p, const Frame &f, const QRectF &plot, const Ticks &t, const ChartData &d, qsizetype row)
{
    const double band = barBand(f);
    const double top = plot.top() + band * double(row) + band * 0.18;
    const auto xOf = [&](qint64 v) { return plot.left() + t.fraction(v) * plot.width(); };
    qint64 up = 0;
    qint64 down = 0;
    for (qsizetype i = 0; i < d.series.size(); ++i) {
        const qint64 v = d.value(i, row);
        qint64 &end = v < 0 ? down : up;
        p.fillRect(QRectF(QPointF(xOf(qMin(end, end + v)), top), QPointF(xOf(qMax(end, end + v)), top + band * 0.64)),
                   seriesColour(d.series.at(i).style));
        end += v;
    }
    p.setPen(kText);
    p.drawText(QRectF(xOf(up) + f.point * 3, top - band * 0.18, f.line() * 8, band), Qt::AlignLeft | Qt::AlignVCenter,
               rowTotalText(d, row));
}

void paintBars(QPainter &p, const Frame &f, QRectF r, const ReportSection &s, const ChartData &d)
{
    r.setTop(r.top() + drawLegend(p, f, r, d));
    const double line = f.line();
    double labelWidth = 0;
    double totalWidth = 0;
    for (qsizetype row = 0; row < d.labels.size(); ++row) {
        labelWidth = qMax(labelWidth, f.metrics.horizontalAdvance(d.labels.at(row)));
        totalWidth = qMax(totalWidth, f.metrics.horizontalAdvance(rowTotalText(d, row)));
    }
    labelWidth = qMin(labelWidth, r.width() * 0.32);
    const Ticks t = ticksFor(d, true);
    const QRectF plot(QPointF(r.left() + labelWidth + line * 0.6, r.top()),
                      QSizeF(r.width() - labelWidth - totalWidth - line * 1.4, barBand(f) * double(d.labels.size())));
    drawValueGrid(p, f, plot, t, false);
    p.setPen(kText);
    for (qsizetype row = 0; row < d.labels.size(); ++row) {
        const QRectF labelBox(r.left(), plot.top() + barBand(f) * double(row), labelWidth, barBand(f));
        p.drawText(labelBox, Qt::AlignRight | Qt::AlignVCenter, f.metrics.elidedText(d.labels.at(row), Qt::ElideMiddle, labelWidth));
        drawBarRow(p, f, plot, t, d, row);
    }
    drawAxisTitle(p, f, QRectF(plot.left(), plot.bottom() + line * 1.2, plot.width(), line * 1.3), s.chart.valueAxis, false);
    if (d.hiddenRows > 0) {
        p.setPen(kAxisText);
        p.drawText(QRectF(r.left(), r.bottom() - line * 1.2, r.width(), line * 1.2), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("The first %1 rows are drawn; the table below lists all %2.")
                       .arg(d.labels.size()).arg(d.labels.size() + d.hiddenRows));
    }
}

} // namespace

double chartHeight(const ReportSection &section, double width, const QPaintDevice *device)
{
    if (section.chart.kind == ChartKind::None || section.rows.isEmpty() || section.chart.series.isEmpty())
        return 0;
    const Frame f = frameFor(device);
    if (section.chart.kind == ChartKind::Bars)
        return barsHeight(f, chartData(section));
    return qBound(f.line() * 12, width * kColumnsAspect, f.line() * 30);
}

void paintChart(QPainter &painter, const QRectF &rect, const ReportSection &section)
{
    if (chartHeight(section, rect.width(), painter.device()) <= 0)
        return;
    const Frame f = frameFor(painter.device());
    const ChartData d = chartData(section);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(f.font);
    if (section.chart.kind == ChartKind::Bars)
        paintBars(painter, f, rect, section, d);
    else
        paintVertical(painter, f, rect, section, d);
    painter.restore();
}

} // namespace costline
