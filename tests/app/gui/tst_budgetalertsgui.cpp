// The workbench raises a desktop notification when a budget cap crosses its soft or hard
// limit, once per cap, period and level, across restarts, only on a plan with budgets; the
// crossing has its line in Cost signals.
#include "budgets/budgetstore.h"
#include "core/utctime.h"
#include "licencefor.h"
#include "mainwindow.h"
#include "models/budgetalertwatcher.h"
#include "models/signalsmodel.h"
#include "widgets/budgets/budgetnotifier.h"
#include "widgets/signalstab.h"
#include "dailyusage.h"
#include "workspacefixture.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>

using namespace costline;

namespace {

constexpr int kWaitMs = 60'000;
constexpr qint64 kUsd = 1'000'000'000;


// What the window would show on the desktop, kept for the test to read.
class RecordingNotifier final : public BudgetNotifier
{
public:
    void notify(const QList<BudgetAlert> &alerts) override
    {
        for (const BudgetAlert &alert : alerts)
            titles << budgetAlertTitle(alert);
    }
    QStringList titles;
};

// The analyst's own workspace (not the demo, which opens every plan): $10 a day for tenant
// acme through November 2026, a platform cap of $500 a month and acme's own $5 a day.
void fillWorkspace(test::WorkspaceFixture &f)
{
    QString error;
    QVERIFY2(test::ingestDailyCost(f.workspace(), *utc::parseDate("2026-11-01"), *utc::parseDate("2026-11-24"), 10 * kUsd,
                                   [](qint64, UsageEvent &e) { e.dim(Dimension::Tenant) = "acme"; }, &error),
             qPrintable(error));
    Budget platform;
    platform.name = QStringLiteral("all-spend");
    platform.limitNano = 500 * kUsd;
    Budget tenant;
    tenant.name = QStringLiteral("acme-daily");
    tenant.managedBy = Budget::ManagedBy::Tenant;
    tenant.scope.insert(Dimension::Tenant, QStringLiteral("acme"));
    tenant.period = Budget::Period::Daily;
    tenant.limitNano = 5 * kUsd;
    for (const Budget &b : {platform, tenant})
        QVERIFY2(BudgetStore(f.workspace()).save(b, &error), qPrintable(error));
}

// Runs one more check, as after a sync, an import or a budget edit, and waits for it.
void checkAgain(MainWindow &window)
{
    QSignalSpy finished(window.budgetAlerts(), &BudgetAlertWatcher::checkFinished);
    window.checkBudgetAlerts();
    QVERIFY(finished.wait(kWaitMs));
}

} // namespace

class TestBudgetAlertsGui final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void notifiesEachCrossingOnceAcrossRestarts()
    {
        // Given a workspace where acme's daily cap is over its limit ($10 of $5) and the
        // platform's monthly cap past its soft limit ($240 of $500 is under 80 %: not yet)
        test::WorkspaceFixture f;
        fillWorkspace(f);
        RecordingNotifier notifier;
        {
            MainWindow window;
            window.setPersistSettings(false);
            window.setBudgetNotifier(&notifier);
            window.setLicence(test::licenceFor(Plan::Team));
            // Cost signals reads when it is on screen
            window.setCurrentTab(Tab::CostSignals);
            window.show();
            // When the workspace opens
            window.openWorkspace(f.path());
            // Then the crossing is notified once, with its line in Cost signals
            QTRY_COMPARE_WITH_TIMEOUT(notifier.titles, QStringList{QStringLiteral("Tenant cap acme-daily is over its limit")},
                                      kWaitMs);
            auto *signalsTab = qobject_cast<SignalsTab *>(window.page(Tab::CostSignals));
            QVERIFY(signalsTab);
            const auto budgetLine = [signalsTab] {
                for (int row = 0; row < signalsTab->model()->rowCount(); ++row) {
                    const Signal &s = signalsTab->model()->signalAt(row);
                    if (s.kind == Signal::Kind::Budget && s.scope.value(QStringLiteral("budget")) == QLatin1String("acme-daily"))
                        return s.explanation;
                }
                return QString();
            };
            QTRY_VERIFY_WITH_TIMEOUT(!budgetLine().isEmpty(), kWaitMs);
            QVERIFY2(budgetLine().startsWith(QStringLiteral("Tenant cap acme-daily is over its limit: $10.00 spent of $5.00")),
                     qPrintable(budgetLine()));
            // And a later check (after a sync, an import or an edit) does not notify it again
            checkAgain(window);
            QCOMPARE(notifier.titles.size(), 1);
        }
        // When the platform cap is lowered under what was spent, then the app starts again
        Budget platform = *BudgetStore(f.workspace()).find(QStringLiteral("all-spend"));
        platform.limitNano = 200 * kUsd;
        QString error;
        QVERIFY2(BudgetStore(f.workspace()).save(platform, &error), qPrintable(error));
        RecordingNotifier afterRestart;
        MainWindow window;
        window.setPersistSettings(false);
        window.setBudgetNotifier(&afterRestart);
        window.setLicence(test::licenceFor(Plan::Team));
        window.openWorkspace(f.path());
        // Then only the new crossing is notified: acme's was already, in this period
        QTRY_COMPARE_WITH_TIMEOUT(afterRestart.titles, QStringList{QStringLiteral("Platform cap all-spend is over its limit")},
                                  kWaitMs);
        checkAgain(window);
        QCOMPARE(afterRestart.titles.size(), 1);
    }

    void onlyOnAPlanWithBudgets()
    {
        test::WorkspaceFixture f;
        fillWorkspace(f);
        RecordingNotifier notifier;
        MainWindow window;
        window.setPersistSettings(false);
        window.setBudgetNotifier(&notifier);
        window.setLicence(test::licenceFor(Plan::Free));
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.openWorkspace(f.path());
        QVERIFY(opened.wait(kWaitMs));
        // On Free nothing watches the caps
        QVERIFY(!window.budgetAlerts()->isActive());
        // A Team licence starts the watch at once
        window.setLicence(test::licenceFor(Plan::Team));
        QVERIFY(window.budgetAlerts()->isActive());
        QTRY_COMPARE_WITH_TIMEOUT(notifier.titles.size(), 1, kWaitMs);
    }

    void theTrayNotifierFallsBackWithoutATray()
    {
        // The offscreen platform, like a desktop without a tray, has no system tray
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        QString shown;
        TrayBudgetNotifier tray([&shown](const QString &text) { shown = text; }, [] {});
        BudgetAlert alert;
        alert.level = BudgetStatus::State::Soft;
        alert.status.budget.name = QStringLiteral("all-spend");
        alert.status.budget.limitNano = 100 * kUsd;
        alert.status.spendNano = 85 * kUsd;
        alert.status.utilisationPct = 85;
        alert.status.periodStart = *utc::parseDate("2026-11-01");
        alert.status.periodEnd = *utc::parseDate("2026-11-30");
        alert.status.governingCap = QStringLiteral("all-spend");
        tray.notify({alert});
        QCOMPARE(shown, QStringLiteral("Platform cap all-spend passed its soft limit: $85.00 spent of $100.00 (85 %), monthly "
                                       "period 2026-11-01 to 2026-11-30 (UTC). See Cost signals."));
        // Several crossings at once: one line, hard ones first
        BudgetAlert hard = alert;
        hard.level = BudgetStatus::State::Hard;
        hard.status.budget.name = QStringLiteral("acme-daily");
        hard.status.budget.managedBy = Budget::ManagedBy::Tenant;
        hard.status.budget.period = Budget::Period::Daily;
        hard.status.budget.limitNano = 5 * kUsd;
        hard.status.spendNano = 6 * kUsd;
        tray.notify({alert, hard});
        QCOMPARE(shown, QStringLiteral("2 budget caps crossed a limit: Tenant cap acme-daily is over its limit: $6.00 of $5.00 "
                                       "daily; Platform cap all-spend passed its soft limit: $85.00 of $100.00 monthly; "
                                       "See Cost signals."));
        QVERIFY(!tray.findChild<QSystemTrayIcon *>());
    }
};

QTEST_MAIN(TestBudgetAlertsGui)
#include "tst_budgetalertsgui.moc"
