#include "budgets/budgetevaluator.h"
#include "budgets/budgetstore.h"
#include "core/utctime.h"
#include "dailyusage.h"
#include "workspacefixture.h"

#include <QTest>

using namespace costline;

namespace {

qint64 day(const char *date)
{
    return *utc::parseDate(date);
}

// One event a day with a reported cost of $10, team "search" on even days, "growth" on odd.
void fillDays(test::WorkspaceFixture &f, qint64 first, qint64 last)
{
    QString error;
    QVERIFY2(test::ingestDailyCost(f.workspace(), first, last, 10'000'000'000,
                                   [](qint64 d, UsageEvent &e) { e.dim(Dimension::Team) = d % 2 == 0 ? "search" : "growth"; },
                                   &error),
             qPrintable(error));
}

Budget budget(Budget::Period period, qint64 limitUsd, QMap<Dimension, QString> scope = {})
{
    Budget b;
    b.name = QStringLiteral("b");
    b.period = period;
    b.limitNano = limitUsd * 1'000'000'000;
    b.scope = scope;
    return b;
}

} // namespace

class tst_BudgetEvaluator final : public QObject
{
    Q_OBJECT

private slots:
    void periodBounds_data();
    void periodBounds();
    void statusAcrossBoundaries_data();
    void statusAcrossBoundaries();
    void scopeAndTightestWins();
    void governingCapIsTheOneWithLeastLeft();
    void storeRoundTrip();
};

void tst_BudgetEvaluator::periodBounds_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<QString>("on");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::newRow("daily") << int(Budget::Period::Daily) << "2026-03-01" << "2026-03-01" << "2026-03-01";
    QTest::newRow("week from Monday, on Sunday") << int(Budget::Period::Weekly) << "2026-03-01" << "2026-02-23" << "2026-03-01";
    QTest::newRow("week from Monday, on Monday") << int(Budget::Period::Weekly) << "2026-03-02" << "2026-03-02" << "2026-03-08";
    QTest::newRow("week across a year") << int(Budget::Period::Weekly) << "2026-01-01" << "2025-12-29" << "2026-01-04";
    QTest::newRow("February") << int(Budget::Period::Monthly) << "2026-02-14" << "2026-02-01" << "2026-02-28";
    QTest::newRow("leap February") << int(Budget::Period::Monthly) << "2028-02-29" << "2028-02-01" << "2028-02-29";
    QTest::newRow("last day of a month") << int(Budget::Period::Monthly) << "2026-01-31" << "2026-01-01" << "2026-01-31";
}

void tst_BudgetEvaluator::periodBounds()
{
    QFETCH(int, period);
    QFETCH(QString, on);
    QFETCH(QString, start);
    QFETCH(QString, end);
    const Budget b = budget(Budget::Period(period), 1);
    const qint64 d = *utc::parseDate(on.toLatin1());
    QCOMPARE(utc::formatDate(b.periodStart(d)), start);
    QCOMPARE(utc::formatDate(b.periodEnd(d)), end);
}

void tst_BudgetEvaluator::statusAcrossBoundaries_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<qint64>("limitUsd");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<qint64>("spendUsd");
    QTest::addColumn<qint64>("projectedUsd");
    QTest::addColumn<QString>("state");
    // $10 a day from 2026-01-20 to 2026-03-10.
    QTest::newRow("month, first day") << int(Budget::Period::Monthly) << qint64(310) << "2026-02-01" << qint64(10) << qint64(280) << "ok";
    QTest::newRow("month, soft at 80%") << int(Budget::Period::Monthly) << qint64(250) << "2026-02-20" << qint64(200) << qint64(280) << "soft";
    QTest::newRow("month, just under soft") << int(Budget::Period::Monthly) << qint64(250) << "2026-02-19" << qint64(190) << qint64(280) << "ok";
    QTest::newRow("month, hard at the limit") << int(Budget::Period::Monthly) << qint64(250) << "2026-02-25" << qint64(250) << qint64(280) << "hard";
    QTest::newRow("month data starts mid-month") << int(Budget::Period::Monthly) << qint64(1000) << "2026-01-31" << qint64(120) << qint64(120) << "ok";
    QTest::newRow("week across months") << int(Budget::Period::Weekly) << qint64(100) << "2026-03-01" << qint64(70) << qint64(70) << "ok";
    QTest::newRow("week, Tuesday") << int(Budget::Period::Weekly) << qint64(15) << "2026-03-03" << qint64(20) << qint64(70) << "hard";
    QTest::newRow("day") << int(Budget::Period::Daily) << qint64(12) << "2026-03-03" << qint64(10) << qint64(10) << "soft";
}

void tst_BudgetEvaluator::statusAcrossBoundaries()
{
    QFETCH(int, period);
    QFETCH(qint64, limitUsd);
    QFETCH(QString, asOf);
    QFETCH(qint64, spendUsd);
    QFETCH(qint64, projectedUsd);
    QFETCH(QString, state);
    test::WorkspaceFixture f;
    fillDays(f, day("2026-01-20"), day("2026-03-10"));
    const BudgetStatus s = BudgetEvaluator(f.workspace()).evaluate(budget(Budget::Period(period), limitUsd),
                                                                  *utc::parseDate(asOf.toLatin1()));
    QCOMPARE(s.spendNano, spendUsd * 1'000'000'000);
    QCOMPARE(s.projectedNano, projectedUsd * 1'000'000'000);
    QCOMPARE(s.remainingNano, (limitUsd - spendUsd) * 1'000'000'000);
    QCOMPARE(stateName(s.state), state);
}

void tst_BudgetEvaluator::scopeAndTightestWins()
{
    test::WorkspaceFixture f;
    fillDays(f, day("2026-02-01"), day("2026-02-10"));
    Budget global = budget(Budget::Period::Monthly, 1000);
    global.name = QStringLiteral("global");
    Budget search = budget(Budget::Period::Monthly, 60, {{Dimension::Team, QStringLiteral("search")}});
    search.name = QStringLiteral("search");
    Budget growthOff = budget(Budget::Period::Monthly, 1, {{Dimension::Team, QStringLiteral("growth")}});
    growthOff.name = QStringLiteral("growth");
    growthOff.enabled = false;
    const QList<BudgetStatus> all = BudgetEvaluator(f.workspace()).evaluate({global, search, growthOff}, day("2026-02-10"));
    QCOMPARE(all.at(0).spendNano, qint64(100'000'000'000));
    QCOMPARE(all.at(1).spendNano, qint64(50'000'000'000)); // even days only
    // Spend of team search falls under both; search is nearer its limit.
    const auto tightest = BudgetEvaluator::tightest(all, {{Dimension::Team, QStringLiteral("search")}});
    QVERIFY(tightest);
    QCOMPARE(tightest->budget.name, QStringLiteral("search"));
    // Team growth: its own budget is disabled, so the global one governs.
    QCOMPARE(BudgetEvaluator::tightest(all, {{Dimension::Team, QStringLiteral("growth")}})->budget.name, QStringLiteral("global"));
}

void tst_BudgetEvaluator::governingCapIsTheOneWithLeastLeft()
{
    // Given $100 spent in February so far, $50 of it by team search
    test::WorkspaceFixture f;
    fillDays(f, day("2026-02-01"), day("2026-02-10"));
    Budget global = budget(Budget::Period::Monthly, 110);
    global.name = QStringLiteral("global");
    Budget search = budget(Budget::Period::Monthly, 58, {{Dimension::Team, QStringLiteral("search")}});
    search.name = QStringLiteral("search");
    Budget growth = budget(Budget::Period::Daily, 1000, {{Dimension::Team, QStringLiteral("growth")}});
    growth.name = QStringLiteral("growth");
    // When every cap is evaluated
    const QList<BudgetStatus> all = BudgetEvaluator(f.workspace()).evaluate({global, growth, search}, day("2026-02-10"));
    // Then search, 86 % used with $8 left, governs its spend over global, 91 % used with $10 left:
    // the next $9 of search's spend stops at its own cap first
    QVERIFY(all.at(2).utilisationPct < all.at(0).utilisationPct);
    QCOMPARE(all.at(2).governingCap, QStringLiteral("search"));
    // Team growth's own daily cap has $1000 left: global, with $10, governs it
    QCOMPARE(all.at(1).governingCap, QStringLiteral("global"));
    // A cap wider than every other governs itself
    QCOMPARE(all.at(0).governingCap, QStringLiteral("global"));
    QCOMPARE(BudgetEvaluator::find(all, QStringLiteral("search")), &all.at(2));
    QVERIFY(!BudgetEvaluator::find(all, QStringLiteral("none")));
}

void tst_BudgetEvaluator::storeRoundTrip()
{
    test::WorkspaceFixture f;
    Budget b = budget(Budget::Period::Weekly, 42, {{Dimension::Tenant, QStringLiteral("acme")}, {Dimension::Project, QStringLiteral("x")}});
    b.softPct = 65;
    QString error;
    QVERIFY(BudgetStore(f.workspace()).save(b, &error, &b));
    b.limitNano = 7;
    QVERIFY(BudgetStore(f.workspace()).save(b, &error));
    const QList<Budget> stored = BudgetStore(f.workspace()).list();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().limitNano, qint64(7));
    QCOMPARE(stored.first().softPct, 65);
    QCOMPARE(stored.first().scope, b.scope);
    QCOMPARE(stored.first().period, Budget::Period::Weekly);
    QVERIFY(BudgetStore(f.workspace()).remove(b.name));
    QVERIFY(!BudgetStore(f.workspace()).remove(b.name));
}

QTEST_GUILESS_MAIN(tst_BudgetEvaluator)
#include "tst_budgetevaluator.moc"
