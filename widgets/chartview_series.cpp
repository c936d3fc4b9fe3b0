// The chart kinds of ChartView, kept apart from the widget plumbing in chartview.cpp.
#include "chartview.h"

#include "models/moneyformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace costline {
namespace {

constexpr int kMaxAxisLabels = 12;
constexpr int kMaxLabelChars = 28;

double toUsd(qint64 nano)
{
    return double(nano) / 1e9; // chart geometry only; text comes from the integer
}

// Category axes cannot skip labels, so crowded axes get invisible, still unique, labels
// (zero-width spaces) between the shown ones.
QStringList thinnedLabels(const QStringList &labels)
{
    const qsizetype step = (labels.size() + kMaxAxisLabels - 1) / kMaxAxisLabels;
    QStringList out;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        QString label = labels.at(i);
        if (label.size() > kMaxLabelChars)
            label = label.left(kMaxLabelChars - 1) + QStringLiteral("…");
        out << ((step <= 1 || i % step == 0) ? label : QString(i + 1, QChar(0x200B)));
    }
    // Truncation can make two labels equal: the axis needs them distinct.
    for (qsizetype i = 0; i < out.size(); ++i) {
        while (out.indexOf(out.at(i)) != i)
            out[i] += QChar(0x200B);
    }
    return out;
}

// A value axis whose tick labels are locale currency text ("$10,000", "($50)"): printf
// label formats cannot group thousands or place the sign the way the tables do.
QValueAxis *moneyAxis(double low, double high, const QString &title)
{
    QValueAxis nice;
    nice.setRange(qMin(0.0, low), qMax(high, 0.01));
    nice.applyNiceNumbers();
    auto *axis = new QCategoryAxis();
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(nice.min(), nice.max());
    const double span = qMax(qAbs(nice.min()), qAbs(nice.max()));
    const int decimals = span < 10.0 ? 2 : 0;
    const int ticks = qMax(2, nice.tickCount());
    for (int i = 0; i < ticks; ++i) {
        const double value = nice.min() + (nice.max() - nice.min()) * i / (ticks - 1);
        axis->append(QLocale().toCurrencyString(value, QStringLiteral("$"), decimals), value);
    }
    axis->setTitleText(title);
    return axis;
}

QString itemToolTip(const QString &label, qint64 nano)
{
    return QStringLiteral("<b>%1</b><br>%2<br><small>%3</small>").arg(label.toHtmlEscaped(), formatMoney(nano), formatMoneyExact(nano));
}

} // namespace

void ChartView::showStackedColumns(const QStringList &categories, const QList<MoneySeries> &series,
                                   const QString &categoryAxisTitle, const QString &valueAxisTitle)
{
    QChart *chart = resetChart();
    auto *bars = new QStackedBarSeries();
    bars->setBarWidth(0.8);
    QList<double> totals(categories.size(), 0.0);
    const QList<QColor> colours = seriesColours();
    for (qsizetype s = 0; s < series.size(); ++s) {
        auto *set = new QBarSet(series.at(s).name);
        set->setColor(colours.at(s % colours.size()));
        set->setBorderColor(Qt::transparent);
        for (qsizetype i = 0; i < categories.size(); ++i) {
            const qint64 nano = series.at(s).valuesNano.value(i);
            *set << toUsd(nano);
            totals[i] += toUsd(nano);
        }
        const MoneySeries row = series.at(s);
        connect(set, &QBarSet::hovered, this, [this, row, categories](bool on, int index) {
            if (on)
                showToolTip(itemToolTip(row.name + QStringLiteral(" · ") + categories.value(index), row.valuesNano.value(index)));
        });
        bars->append(set);
    }
    chart->addSeries(bars);
    auto *xAxis = new QBarCategoryAxis();
    xAxis->append(thinnedLabels(categories));
    xAxis->setTitleText(categoryAxisTitle);
    xAxis->setGridLineVisible(false);
    // Upright labels of many narrow columns elide to "..."; turned labels keep their text.
    if (categories.size() > 8)
        xAxis->setLabelsAngle(-90);
    chart->addAxis(xAxis, Qt::AlignBottom);
    bars->attachAxis(xAxis);
    QValueAxis *yAxis = moneyAxis(0.0, totals.isEmpty() ? 0.0 : *std::max_element(totals.begin(), totals.end()), valueAxisTitle);
    chart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(yAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_hasData = !categories.isEmpty() && !series.isEmpty();
    setStackedTable(categories, series, categoryAxisTitle);
    showChart();
}

void ChartView::showDonut(const QList<ChartItem> &items)
{
    QChart *chart = resetChart();
    auto *pie = new QPieSeries();
    pie->setHoleSize(0.5);
    pie->setPieSize(0.85);
    qint64 total = 0;
    for (const ChartItem &item : items)
        total += qMax<qint64>(0, item.valueNano);
    const QList<QColor> colours = seriesColours();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ChartItem item = items.at(i);
        const double share = total > 0 ? 100.0 * double(qMax<qint64>(0, item.valueNano)) / double(total) : 0.0;
        auto *slice = pie->append(QStringLiteral("%1  %2 (%3)").arg(item.label, formatMoney(item.valueNano), formatPercent(share)),
                                  toUsd(qMax<qint64>(0, item.valueNano)));
        slice->setColor(colours.at(i % colours.size()));
        slice->setBorderColor(palette().color(QPalette::Base));
        const QString key = item.key.isEmpty() ? item.label : item.key;
        connect(slice, &QPieSlice::hovered, this, [this, slice, item](bool on) {
            slice->setExploded(on);
            if (on)
                showToolTip(itemToolTip(item.label, item.valueNano));
        });
        connect(slice, &QPieSlice::doubleClicked, this, [this, key] { emit itemActivated(key); });
    }
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    m_hasData = total > 0;
    setItemTable(items, tr("Cost"), true, false);
    showChart();
}

void ChartView::showHorizontalBars(const QList<ChartItem> &items, const QString &valueAxisTitle, bool signedColours)
{
    QChart *chart = resetChart();
    QAbstractBarSeries *bars = signedColours ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries())
                                             : new QHorizontalBarSeries();
    bars->setBarWidth(0.7);
    // Qt draws the first category at the bottom: feed the items bottom-up.
    QList<ChartItem> bottomUp(items.rbegin(), items.rend());
    QStringList labels;
    for (const ChartItem &item : bottomUp)
        labels << item.label;
    auto *up = new QBarSet(signedColours ? tr("Increase") : tr("Cost"));
    auto *down = new QBarSet(tr("Decrease"));
    up->setColor(signedColours ? QColor(0xe1, 0x57, 0x59) : seriesColours().first());
    down->setColor(QColor(0x59, 0xa1, 0x4f));
    double low = 0.0;
    double high = 0.0;
    for (const ChartItem &item : bottomUp) {
        const double usd = toUsd(item.valueNano);
        *up << (signedColours ? qMax(0.0, usd) : usd);
        *down << qMin(0.0, usd);
        low = qMin(low, usd);
        high = qMax(high, usd);
    }
    for (QBarSet *set : {up, down}) {
        set->setBorderColor(Qt::transparent);
        connect(set, &QBarSet::hovered, this, [this, bottomUp](bool on, int index) {
            if (on && index >= 0 && index < bottomUp.size())
                showToolTip(itemToolTip(bottomUp.at(index).label, bottomUp.at(index).valueNano));
        });
        connect(set, &QBarSet::doubleClicked, this, [this, bottomUp](int index) {
            if (index >= 0 && index < bottomUp.size())
                emit itemActivated(bottomUp.at(index).key.isEmpty() ? bottomUp.at(index).label : bottomUp.at(index).key);
        });
    }
    bars->append(up);
    if (signedColours)
        bars->append(down);
    else
        delete down;
    chart->addSeries(bars);
    auto *yAxis = new QBarCategoryAxis();
    yAxis->append(thinnedLabels(labels));
    yAxis->setGridLineVisible(false);
    // Qt Charts elides a category label to "..." once it is taller than its band: keep
    // the bands tall enough and the labels a touch smaller than body text.
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    yAxis->setLabelsFont(labelFont);
    setMinimumHeight(qMax(220, int(items.size()) * (QFontMetrics(labelFont).height() + 10) + 90));
    chart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(yAxis);
    QValueAxis *xAxis = moneyAxis(low, high, valueAxisTitle);
    chart->addAxis(xAxis, Qt::AlignBottom);
    bars->attachAxis(xAxis);
    chart->legend()->setVisible(signedColours);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_hasData = !items.isEmpty();
    setItemTable(items, valueAxisTitle, false, signedColours);
    showChart();
}

} // namespace costline
