// A cap's soft and hard crossings are notified once per cap, period and level, and the
// workspace remembers it across restarts.
#include "budgets/budgetalerts.h"
#include "budgets/budgetstore.h"
#include "core/utctime.h"
#include "dailyusage.h"
#include "workspacefixture.h"

#include <QTest>

using namespace costline;

namespace {

constexpr qint64 kUsd = 1'000'000'000;

qint64 day(const char *date)
{
    return *utc::parseDate(date);
}

// $10 a day for tenant acme from `first` to `last`.
void fillDays(test::WorkspaceFixture &f, qint64 first, qint64 last)
{
    QString error;
    QVERIFY2(test::ingestDailyCost(f.workspace(), first, last, 10 * kUsd,
                                   [](qint64, UsageEvent &e) { e.dim(Dimension::Tenant) = "acme"; }, &error),
             qPrintable(error));
}

void saveCap(test::WorkspaceFixture &f, const QString &name, qint64 limitUsd, Budget::Period period,
             Budget::ManagedBy who = Budget::ManagedBy::Platform)
{
    Budget b;
    b.name = name;
    b.limitNano = limitUsd * kUsd;
    b.period = period;
    b.softPct = 50;
    b.managedBy = who;
    if (who == Budget::ManagedBy::Tenant)
        b.scope.insert(Dimension::Tenant, QStringLiteral("acme"));
    QString error;
    QVERIFY2(BudgetStore(f.workspace()).save(b, &error), qPrintable(error));
}

// name:level of each crossing claimed on `asOf`.
QStringList claim(Workspace &ws, qint64 asOf)
{
    const QList<BudgetStatus> statuses = BudgetEvaluator(ws).evaluate(BudgetStore(ws).list(), asOf);
    QList<BudgetAlert> alerts;
    QString error;
    if (!BudgetAlertStore(ws).claimNew(statuses, asOf * kMsPerDay, &alerts, &error))
        return {QStringLiteral("error: ") + error};
    QStringList out;
    for (const BudgetAlert &a : alerts)
        out << a.status.budget.name + QLatin1Char(':') + stateName(a.level);
    return out;
}

} // namespace

class TestBudgetAlerts final : public QObject
{
    Q_OBJECT

private slots:
    void oncePerPeriodAndLevel()
    {
        // Given $10 a day through March and a weekly cap of $40 (soft at $20)
        test::WorkspaceFixture f;
        fillDays(f, day("2026-03-02"), day("2026-03-31"));
        saveCap(f, QStringLiteral("weekly"), 40, Budget::Period::Weekly);
        // Monday: $10, under the soft limit
        QCOMPARE(claim(f.workspace(), day("2026-03-02")), QStringList());
        // Tuesday: $20, the soft limit, once
        QCOMPARE(claim(f.workspace(), day("2026-03-03")), QStringList{QStringLiteral("weekly:soft")});
        QCOMPARE(claim(f.workspace(), day("2026-03-03")), QStringList());
        QCOMPARE(claim(f.workspace(), day("2026-03-04")), QStringList());
        // Thursday: $40, the limit, once
        QCOMPARE(claim(f.workspace(), day("2026-03-05")), QStringList{QStringLiteral("weekly:hard")});
        QCOMPARE(claim(f.workspace(), day("2026-03-06")), QStringList());
        // A restart reads what was notified from the workspace
        f.reopen();
        QCOMPARE(claim(f.workspace(), day("2026-03-06")), QStringList());
        // The next week is a new period: its soft crossing is new
        QCOMPARE(claim(f.workspace(), day("2026-03-10")), QStringList{QStringLiteral("weekly:soft")});
    }

    void pastBothLimitsAtOnceNotifiesTheHardOne()
    {
        test::WorkspaceFixture f;
        fillDays(f, day("2026-03-01"), day("2026-03-31"));
        saveCap(f, QStringLiteral("tiny"), 5, Budget::Period::Monthly);
        saveCap(f, QStringLiteral("acme"), 5, Budget::Period::Daily, Budget::ManagedBy::Tenant);
        QCOMPARE(claim(f.workspace(), day("2026-03-10")), (QStringList{QStringLiteral("acme:hard"), QStringLiteral("tiny:hard")}));
        QCOMPARE(claim(f.workspace(), day("2026-03-10")), QStringList());
        // The daily tenant cap crosses again the next day; the monthly one does not
        QCOMPARE(claim(f.workspace(), day("2026-03-11")), QStringList{QStringLiteral("acme:hard")});
    }

    void disabledCapsAreNotWatched()
    {
        test::WorkspaceFixture f;
        fillDays(f, day("2026-03-01"), day("2026-03-31"));
        saveCap(f, QStringLiteral("tiny"), 5, Budget::Period::Monthly);
        Budget b = *BudgetStore(f.workspace()).find(QStringLiteral("tiny"));
        b.enabled = false;
        QString error;
        QVERIFY(BudgetStore(f.workspace()).save(b, &error));
        QCOMPARE(claim(f.workspace(), day("2026-03-10")), QStringList());
    }

    void theNotificationNamesCapPeriodAndGovernor()
    {
        test::WorkspaceFixture f;
        fillDays(f, day("2026-03-01"), day("2026-03-31"));
        saveCap(f, QStringLiteral("all-spend"), 100, Budget::Period::Monthly);
        saveCap(f, QStringLiteral("acme-daily"), 15, Budget::Period::Daily, Budget::ManagedBy::Tenant);
        const QList<BudgetStatus> statuses =
            BudgetEvaluator(f.workspace()).evaluate(BudgetStore(f.workspace()).list(), day("2026-03-12"));
        QList<BudgetAlert> alerts;
        QString error;
        QVERIFY(BudgetAlertStore(f.workspace()).claimNew(statuses, 0, &alerts, &error));
        QCOMPARE(alerts.size(), 2);
        // The daily tenant cap is past its soft limit, but the monthly platform cap ($120 of $100) governs
        const BudgetAlert &tenant = alerts.at(0);
        QCOMPARE(budgetAlertTitle(tenant), QStringLiteral("Tenant cap acme-daily passed its soft limit"));
        QCOMPARE(budgetAlertText(tenant),
                 QStringLiteral("$10.00 spent of $15.00 (67 %), daily period 2026-03-12 to 2026-03-12 (UTC). Cap all-spend "
                                "governs this spend: it has less left. See Cost signals."));
        QCOMPARE(budgetAlertTitle(alerts.at(1)), QStringLiteral("Platform cap all-spend is over its limit"));
    }
};

QTEST_GUILESS_MAIN(TestBudgetAlerts)
#include "tst_budgetalerts.moc"
