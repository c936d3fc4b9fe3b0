// The main window without a mouse: shortcuts, the actions they drive, and what a screen
// reader is told about the charts and KPI cards.
#include "demofixture.h"
#include "mainwindow.h"
#include "analysis/driverscsv.h"
#include "core/money.h"
#include "models/driversmodel.h"
#include "widgets/chartview.h"
#include "widgets/driverstab.h"
#include "widgets/eventstab.h"
#include "widgets/filterbar.h"
#include "widgets/kpicard.h"
#include "widgets/multiselectpicker.h"
#include "widgets/overviewtab.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace costline;
using namespace costline::test;

namespace {

constexpr int kWaitMs = 60'000;

} // namespace

class TestKeyboard final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoFixture> m_demo;
    std::unique_ptr<MainWindow> m_window;

    void showTab(Tab tab)
    {
        m_window->setCurrentTab(tab);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isCurrentTabLoaded(), kWaitMs);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_demo = std::make_unique<DemoFixture>();
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setPersistSettings(false);
        m_window->resize(1440, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
        QSignalSpy failed(m_window.get(), &MainWindow::workspaceFailed);
        m_window->openWorkspace(m_demo->path());
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !failed.isEmpty(), kWaitMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    }

    void cleanup() { m_window.reset(); }

    void ctrlDigitSwitchesTabs()
    {
        // Given the window on the Reports tab
        m_window->setCurrentTab(Tab::Reports);
        for (int i = 0; i < int(Tab::Count); ++i) {
            // When Ctrl+1..Ctrl+9 is pressed
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            // Then the i-th tab is on screen
            QCOMPARE(m_window->currentTab(), Tab(i));
        }
    }

    void exportFollowsTheTab()
    {
        // Overview has no export: Ctrl+E is disabled there
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(!m_window->exportAction()->isEnabled());
        // Usage events and Cost drivers export, and the menu entry names the tab
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        QVERIFY(m_window->exportAction()->isEnabled());
        QCOMPARE(m_window->exportAction()->text(), QStringLiteral("&Export Usage events…"));
        QCOMPARE(m_window->exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QVERIFY(m_window->exportAction()->isEnabled());
        QCOMPARE(m_window->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
        // Reports exports the chosen report as CSV (the demo workspace opens every plan)
        QTest::keyClick(m_window.get(), Qt::Key_9, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->exportAction()->isEnabled(), kWaitMs);
        QCOMPARE(m_window->printAction()->text(), QStringLiteral("&Print Reports…"));
    }

    void ctrlFGoesToTheFilter()
    {
        // On Usage events, Ctrl+F lands in the tab's own search field
        showTab(Tab::UsageEvents);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(field);
        QCOMPARE(field->accessibleName(), QStringLiteral("Filter usage events"));
        // Elsewhere it lands on the filter bar's first picker
        showTab(Tab::Overview);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *picker = qobject_cast<MultiSelectPicker *>(QApplication::focusWidget());
        QVERIFY(picker);
        QCOMPARE(picker->accessibleName(), QStringLiteral("Provider filter"));
    }

    void chartsAndCardsSpeak()
    {
        // Given the Overview with its data
        showTab(Tab::Overview);
        // Then every chart has a name and a description that sums up its series
        const QList<ChartView *> charts = m_window->overview()->findChildren<ChartView *>();
        QCOMPARE(charts.size(), 3);
        for (const ChartView *chart : charts) {
            QVERIFY2(!chart->accessibleName().isEmpty(), "a chart without an accessible name");
            QVERIFY2(chart->accessibleDescription().contains(QLatin1Char('$')), qPrintable(chart->accessibleDescription()));
            QVERIFY(chart->tableModel()->rowCount() > 0);
        }
        // And every KPI card is named by its title and reads its value
        const QList<KpiCard *> cards = m_window->overview()->findChildren<KpiCard *>();
        QCOMPARE(cards.size(), 5);
        QStringList names;
        for (const KpiCard *card : cards) {
            names << card->accessibleName();
            QVERIFY2(card->accessibleDescription().startsWith(card->valueText()), qPrintable(card->accessibleDescription()));
        }
        QVERIFY(names.contains(QStringLiteral("Total cost")));
        QVERIFY(names.contains(QStringLiteral("Requests")));
    }

    void chartTableHoldsTheProviderTotals()
    {
        // Given the Overview's cost-by-provider ring
        showTab(Tab::Overview);
        const OverviewData &data = m_window->overview()->data();
        ChartView *providers = nullptr;
        for (ChartView *chart : m_window->overview()->findChildren<ChartView *>()) {
            if (chart->accessibleName() == QStringLiteral("Cost by provider"))
                providers = chart;
        }
        QVERIFY(providers);
        // Then its table lists each provider's cost to the nano-dollar
        QAbstractItemModel *table = providers->tableModel();
        QCOMPARE(table->rowCount(), int(data.byProvider.size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            QCOMPARE(table->index(row, 0).data(RecordTableModel::RawValueRole).toString(), data.byProvider.at(row).key.first());
            QCOMPARE(table->index(row, 1).data(RecordTableModel::RawValueRole).toLongLong(), data.byProvider.at(row).totals.costNano);
        }
    }

    void driversExportIsTheCliCsv()
    {
        // Given Cost drivers by provider
        m_window->drivers()->setDimension(Dimension::Provider);
        showTab(Tab::CostDrivers);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->drivers()->model()->result().dim, Dimension::Provider, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isCurrentTabLoaded(), kWaitMs);
        // When the table is exported
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drivers.csv"));
        QSignalSpy finished(m_window->drivers(), &DriversTab::exportFinished);
        m_window->drivers()->exportCsv(path);
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        // Then the file holds the exact amounts of the model, one line per row after the header
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        const DriversResult &result = m_window->drivers()->model()->result();
        QCOMPARE(lines.first().trimmed(), QByteArray("provider,current,previous,delta,delta_pct,share_pct,requests,tokens"));
        QCOMPARE(lines.size(), int(result.rows.size()) + 2); // header, rows, empty after the last line end
        const QList<QByteArray> first = lines.at(1).trimmed().split(',');
        QCOMPARE(first.at(0), result.rows.first().value.toUtf8());
        QCOMPARE(first.at(1), Money::fromNano(result.rows.first().current.costNano).toDecimalString().toUtf8());
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
