#include "widgets/chartview.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QTest>

using namespace costline;

namespace {

QChart *chartOf(ChartView &view)
{
    return view.findChild<QChartView *>()->chart();
}

} // namespace

class TestChartView final : public QObject
{
    Q_OBJECT

private slots:
    void stackedColumnsHaveLabelledAxes()
    {
        // Given two providers over three days
        ChartView view;
        view.showStackedColumns({QStringLiteral("Nov 1"), QStringLiteral("Nov 2"), QStringLiteral("Nov 3")},
                                {ChartSeries{QStringLiteral("openai"), {1'000'000'000, 2'000'000'000, 0}},
                                 ChartSeries{QStringLiteral("anthropic"), {500'000'000, 0, 3'000'000'000}}},
                                QStringLiteral("Day (UTC)"), QStringLiteral("Cost (USD)"));
        // Then the chart has data and both axes carry titles
        QVERIFY(view.hasData());
        const QList<QAbstractAxis *> axes = chartOf(view)->axes();
        QCOMPARE(axes.size(), 2);
        QStringList titles;
        for (const QAbstractAxis *axis : axes)
            titles << axis->titleText();
        QVERIFY(titles.contains(QStringLiteral("Day (UTC)")));
        QVERIFY(titles.contains(QStringLiteral("Cost (USD)")));
    }

    void donutAndBarsReplaceThePreviousChart()
    {
        ChartView view;
        view.showDonut({ChartItem{QStringLiteral("openai"), 3'000'000'000, {}}, ChartItem{QStringLiteral("vertex"), 1, {}}});
        QCOMPARE(chartOf(view)->series().size(), 1);
        view.showHorizontalBars({ChartItem{QStringLiteral("gpt-4o"), 5'000'000'000, {}},
                                 ChartItem{QStringLiteral("o3-mini"), -2'000'000'000, {}}},
                                QStringLiteral("Change in cost (USD)"), true);
        QCOMPARE(chartOf(view)->series().size(), 1);
        QVERIFY(view.hasData());
    }

    void messageInsteadOfAnEmptyChart()
    {
        ChartView view;
        view.showMessage(QStringLiteral("No usage for this filter."));
        QVERIFY(!view.hasData());
        bool shown = false;
        for (const QLabel *label : view.findChildren<QLabel *>())
            shown = shown || label->text() == QStringLiteral("No usage for this filter.");
        QVERIFY(shown);
    }

    void followsADarkPalette()
    {
        // Given a chart on screen, When the application turns dark
        ChartView view;
        view.showHorizontalBars({ChartItem{QStringLiteral("gpt-4o"), 5'000'000'000, {}}}, QStringLiteral("Cost (USD)"), false);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        view.setPalette(dark);
        // Then the chart's background and text follow it
        QCOMPARE(chartOf(view)->backgroundBrush().color(), QColor(0x18, 0x18, 0x1c));
        for (const QAbstractAxis *axis : chartOf(view)->axes())
            QCOMPARE(axis->labelsBrush().color(), QColor(0xee, 0xee, 0xee));
    }

    void paletteHasDistinctColours()
    {
        const QList<QColor> colours = ChartView::seriesColours();
        QVERIFY(colours.size() >= 8);
        for (const QColor &c : colours) {
            // Mid-tones: neither near-white nor near-black, so they read on both palettes.
            QVERIFY(c.lightness() > 70 && c.lightness() < 215);
        }
    }
};

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
