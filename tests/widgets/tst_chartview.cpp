#include "widgets/chartview.h"

#include <QAbstractAxis>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
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
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void stackedColumnsHaveLabelledAxes()
    {
        // Given two providers over three days
        ChartView view;
        view.showStackedColumns({QStringLiteral("Nov 1"), QStringLiteral("Nov 2"), QStringLiteral("Nov 3")},
                                {MoneySeries{QStringLiteral("openai"), {1'000'000'000, 2'000'000'000, 0}},
                                 MoneySeries{QStringLiteral("anthropic"), {500'000'000, 0, 3'000'000'000}}},
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

    void stackedTableHoldsTheExactValues()
    {
        // Given a table of the chart checked by the model tester
        ChartView view;
        view.setTitle(QStringLiteral("Daily cost by provider"));
        QAbstractItemModelTester tester(view.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(view.tableModel(), &QAbstractItemModel::modelReset);
        // When two providers over two days are drawn
        view.showStackedColumns({QStringLiteral("Nov 1"), QStringLiteral("Nov 2")},
                                {MoneySeries{QStringLiteral("openai"), {1'000'000'001, 2}},
                                 MoneySeries{QStringLiteral("anthropic"), {500'000'000, 0}}},
                                QStringLiteral("Day (UTC)"), QStringLiteral("Cost (USD)"));
        // Then the table has a row per day, a column per provider and a total, to the nano-dollar
        QCOMPARE(reset.count(), 1);
        QAbstractItemModel *table = view.tableModel();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->columnCount(), 4);
        QCOMPARE(table->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Day (UTC)"));
        QCOMPARE(table->headerData(2, Qt::Horizontal).toString(), QStringLiteral("anthropic"));
        QCOMPARE(table->index(0, 0).data().toString(), QStringLiteral("Nov 1"));
        QCOMPARE(table->index(0, 1).data(RecordTableModel::RawValueRole).toLongLong(), 1'000'000'001);
        QCOMPARE(table->index(1, 1).data(RecordTableModel::RawValueRole).toLongLong(), 2);
        QCOMPARE(table->index(0, 3).data(RecordTableModel::RawValueRole).toLongLong(), 1'500'000'001);
        // And the chart describes itself: its name, and the series by size
        QCOMPARE(view.accessibleName(), QStringLiteral("Daily cost by provider"));
        QVERIFY2(view.accessibleDescription().contains(QStringLiteral("openai $1.00, anthropic $0.50")),
                 qPrintable(view.accessibleDescription()));
    }

    void itemTableKeepsSignsAndKeys()
    {
        ChartView view;
        QAbstractItemModelTester tester(view.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.showHorizontalBars({ChartItem{QStringLiteral("gpt-4o"), 5'000'000'000, QStringLiteral("gpt-4o-2024")},
                                 ChartItem{QStringLiteral("o3-mini"), -2'000'000'000, {}}},
                                QStringLiteral("Change in cost (USD)"), true);
        QAbstractItemModel *table = view.tableModel();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Change in cost (USD)"));
        QCOMPARE(table->index(0, 0).data(RecordTableModel::RawValueRole).toString(), QStringLiteral("gpt-4o-2024"));
        QCOMPARE(table->index(1, 1).data(RecordTableModel::RawValueRole).toLongLong(), -2'000'000'000);
        QCOMPARE(table->index(1, 1).data().toString(), QStringLiteral("\u2212$2.00"));
        // A message empties the table and becomes the description
        view.showMessage(QStringLiteral("Nothing changed."));
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(view.accessibleDescription(), QStringLiteral("Nothing changed."));
    }

    void ctrlTShowsTheTable()
    {
        // Given a donut on screen with the keyboard focus in it
        ChartView view;
        view.showDonut({ChartItem{QStringLiteral("openai"), 3'000'000'000, {}}, ChartItem{QStringLiteral("vertex"), 1'000'000'000, {}}});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.findChild<QChartView *>()->setFocus();
        // When Ctrl+T is pressed, Then the table shows and has the focus; again, the chart
        QTest::keyClick(view.findChild<QChartView *>(), Qt::Key_T, Qt::ControlModifier);
        QVERIFY(view.isTableShown());
        QVERIFY(view.findChild<QTableView *>()->isVisible());
        QCOMPARE(view.tableModel()->index(0, 2).data(RecordTableModel::RawValueRole).toDouble(), 75.0);
        view.setTableShown(false);
        QVERIFY(view.findChild<QChartView *>()->isVisible());
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
