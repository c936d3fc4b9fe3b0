// Preferences (kept in the user's settings and applied to the window) and the empty state
// of a workspace without usage.
#include "demofixture.h"
#include "emptyworkspacebanner.h"
#include "mainwindow.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "synccontroller.h"
#include "models/moneyformat.h"
#include "widgets/kpicard.h"
#include "widgets/overviewtab.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace costline;
using namespace costline::test;

namespace {

constexpr int kWaitMs = 60'000;

void openIn(MainWindow &window, const QString &path)
{
    QSignalSpy opened(&window, &MainWindow::workspaceOpened);
    window.openWorkspace(path);
    QVERIFY(opened.wait(kWaitMs));
}

} // namespace

class TestPolish final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CostlineTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings().clear();
    }

    void preferencesRoundTripThroughTheUserSettings()
    {
        // Given every preference changed from its default
        Preferences chosen;
        chosen.defaultWorkspace = QStringLiteral("/data/finance.costline");
        chosen.language = QStringLiteral("de");
        chosen.autoSyncMinutes = 60;
        chosen.anomalyThresholdPct = 250;
        chosen.moneyDecimals = 4;
        chosen.theme = Preferences::Theme::Dark;
        // When saved and read back
        chosen.save();
        // Then nothing is lost
        QCOMPARE(Preferences::load(), chosen);
        QCOMPARE(QSettings().value(QStringLiteral("preferences/theme")).toString(), QStringLiteral("dark"));
    }

    void dialogReturnsWhatWasChosen()
    {
        Preferences current;
        current.autoSyncMinutes = 15;
        PreferencesDialog dialog(current);
        // The dialog starts on the current choices
        QCOMPARE(dialog.preferences(), current);
        // When the analyst picks four decimals and a 300 % threshold
        auto boxes = dialog.findChildren<QComboBox *>();
        for (QComboBox *box : boxes) {
            if (box->findData(4) >= 0 && box->findData(2) >= 0)
                box->setCurrentIndex(box->findData(4));
        }
        dialog.findChild<QSpinBox *>()->setValue(300);
        // Then the dialog hands them back, the rest unchanged
        const Preferences chosen = dialog.preferences();
        QCOMPARE(chosen.moneyDecimals, 4);
        QCOMPARE(chosen.anomalyThresholdPct, 300.0);
        QCOMPARE(chosen.autoSyncMinutes, 15);
    }

    void precisionReachesTheOverview()
    {
        // Given the Overview of the demo workspace
        DemoFixture demo;
        MainWindow window;
        window.setPersistSettings(false);
        window.show();
        openIn(window, demo.path());
        QTRY_VERIFY_WITH_TIMEOUT(window.isCurrentTabLoaded(), kWaitMs);
        const qint64 cost = window.overview()->data().currentTotals.costNano;
        // When Preferences switch to four decimals
        Preferences four;
        four.moneyDecimals = 4;
        window.applyPreferences(four);
        // Then the total cost card reads to a hundredth of a cent once the tab has read again
        QTRY_VERIFY_WITH_TIMEOUT(window.isCurrentTabLoaded(), kWaitMs);
        KpiCard *total = nullptr;
        for (KpiCard *card : window.overview()->findChildren<KpiCard *>())
            total = card->accessibleName() == QStringLiteral("Total cost") ? card : total;
        QVERIFY(total);
        QCOMPARE(total->valueText(), formatMoney(cost));
        QCOMPARE(total->valueText().section(QLatin1Char('.'), 1).size(), 4);
        window.applyPreferences(Preferences{});
        QCOMPARE(moneyDisplayDecimals(), 2);
    }

    void autoSyncRunsTheSyncAction()
    {
        // Given a workspace without sources and auto-sync every 15 minutes
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nosources.costline"));
        QString error;
        QVERIFY2(Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error), qPrintable(error));
        SyncController sync;
        sync.setWorkspace(path);
        sync.setIntervalMinutes(15);
        QCOMPARE(sync.intervalMinutes(), 15);
        QCOMPARE(sync.action()->shortcut(), QKeySequence(Qt::Key_F5));
        // When the sync action runs, Then it finishes off the UI thread and says what to do
        QSignalSpy finished(&sync, &SyncController::syncFinished);
        QSignalSpy messages(&sync, &SyncController::messageChanged);
        sync.action()->trigger();
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.first().at(1).toBool(), false); // nothing written: the tabs need not read again
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("Settings → Sources & provider keys…")));
        // And switching auto-sync off stops the timer
        sync.setIntervalMinutes(0);
        QCOMPARE(sync.intervalMinutes(), 0);
    }

    void emptyWorkspaceSaysWhatToDo()
    {
        // Given a workspace without any usage
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.costline"));
        QString error;
        QVERIFY2(Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error), qPrintable(error));
        MainWindow window;
        window.setPersistSettings(false);
        window.show();
        openIn(window, path);
        // Then every tab sits under a banner that names both ways to get data in
        QVERIFY(window.emptyBanner()->isVisible());
        QVERIFY(window.emptyBanner()->accessibleDescription().contains(QStringLiteral("File → Import usage CSV…")));
        QVERIFY(window.emptyBanner()->accessibleDescription().contains(QStringLiteral("Settings → Sources & provider keys…")));
    }
};

QTEST_MAIN(TestPolish)
#include "tst_polish.moc"
