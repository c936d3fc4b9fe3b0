// Platform caps over tenant caps: which platform cap governs a tenant cap, how limits of
// different periods compare, and what a refused cap is told.
#include "budgets/caphierarchy.h"

#include <QTest>

using namespace costline;

namespace {

constexpr qint64 kUsd = 1'000'000'000;

Budget cap(const QString &name, Budget::ManagedBy who, Budget::Period period, qint64 limitUsd,
           QMap<Dimension, QString> scope = {})
{
    static qint64 nextId = 1;
    Budget b;
    b.id = nextId++;
    b.name = name;
    b.managedBy = who;
    b.period = period;
    b.limitNano = limitUsd * kUsd;
    b.scope = std::move(scope);
    return b;
}

Budget platform(const QString &name, Budget::Period period, qint64 limitUsd, QMap<Dimension, QString> scope = {})
{
    return cap(name, Budget::ManagedBy::Platform, period, limitUsd, std::move(scope));
}

Budget tenant(const QString &name, Budget::Period period, qint64 limitUsd, QMap<Dimension, QString> extra = {})
{
    extra.insert(Dimension::Tenant, QStringLiteral("acme"));
    return cap(name, Budget::ManagedBy::Tenant, period, limitUsd, std::move(extra));
}

const QMap<Dimension, QString> kAcme{{Dimension::Tenant, QStringLiteral("acme")}};
const QMap<Dimension, QString> kGlobex{{Dimension::Tenant, QStringLiteral("globex")}};
const QMap<Dimension, QString> kKey7{{Dimension::ApiKey, QStringLiteral("key-7")}};

} // namespace

class TestCapHierarchy final : public QObject
{
    Q_OBJECT

private slots:
    void governs_data()
    {
        QTest::addColumn<QVariantMap>("platformScope");
        QTest::addColumn<bool>("platformEnabled");
        QTest::addColumn<bool>("expected");
        const auto map = [](const QMap<Dimension, QString> &scope) {
            QVariantMap m;
            for (auto it = scope.cbegin(); it != scope.cend(); ++it)
                m.insert(dimensionName(it.key()), it.value());
            return m;
        };
        QTest::newRow("all spend governs every tenant cap") << QVariantMap{} << true << true;
        QTest::newRow("the same tenant") << map(kAcme) << true << true;
        QTest::newRow("another tenant") << map(kGlobex) << true << false;
        QTest::newRow("an API key the tenant cap does not name") << map(kKey7) << true << false;
        QTest::newRow("disabled") << QVariantMap{} << false << false;
    }

    void governs()
    {
        QFETCH(QVariantMap, platformScope);
        QFETCH(bool, platformEnabled);
        QFETCH(bool, expected);
        QMap<Dimension, QString> scope;
        for (auto it = platformScope.cbegin(); it != platformScope.cend(); ++it)
            scope.insert(*dimensionFromName(it.key()), it.value().toString());
        Budget p = platform(QStringLiteral("p"), Budget::Period::Monthly, 100, scope);
        p.enabled = platformEnabled;
        QCOMPARE(costline::governs(p, tenant(QStringLiteral("t"), Budget::Period::Daily, 1)), expected);
    }

    void governsNarrowerScopesOnly()
    {
        const Budget acmeWide = platform(QStringLiteral("acme"), Budget::Period::Monthly, 100, kAcme);
        const Budget keyWide = platform(QStringLiteral("key-7"), Budget::Period::Monthly, 100, kKey7);
        const Budget acmeKey = tenant(QStringLiteral("acme-key-7"), Budget::Period::Daily, 1, kKey7);
        const Budget acmeAll = tenant(QStringLiteral("acme-all"), Budget::Period::Daily, 1);
        // All spend of acme's key-7 counts against a cap on acme and against a cap on key-7
        QVERIFY(costline::governs(acmeWide, acmeKey));
        QVERIFY(costline::governs(keyWide, acmeKey));
        // A cap on key-7 does not see the rest of acme's spend: it does not govern acme's own cap
        QVERIFY(!costline::governs(keyWide, acmeAll));
        // A tenant cap never governs another
        QVERIFY(!costline::governs(acmeAll, acmeKey));
    }

    void allowedOverTheTenantPeriod_data()
    {
        QTest::addColumn<int>("platformPeriod");
        QTest::addColumn<qint64>("platformLimitNano");
        QTest::addColumn<int>("tenantPeriod");
        QTest::addColumn<qint64>("allowedNano");
        const int d = int(Budget::Period::Daily), w = int(Budget::Period::Weekly), m = int(Budget::Period::Monthly);
        QTest::newRow("same period") << m << 100 * kUsd << m << 100 * kUsd;
        QTest::newRow("daily under monthly: a day may not allow more than the month") << m << 100 * kUsd << d << 100 * kUsd;
        QTest::newRow("weekly under monthly") << m << 100 * kUsd << w << 100 * kUsd;
        QTest::newRow("monthly under daily: 31 days at the daily rate") << d << 10 * kUsd << m << 310 * kUsd;
        QTest::newRow("weekly under daily: 7 days") << d << 10 * kUsd << w << 70 * kUsd;
        QTest::newRow("monthly under weekly: 31/7 weeks, rounded down") << w << 100 * kUsd << m << 442'857'142'857LL;
        QTest::newRow("scaling never overflows") << d << std::numeric_limits<qint64>::max() << m
                                                 << std::numeric_limits<qint64>::max();
    }

    void allowedOverTheTenantPeriod()
    {
        QFETCH(int, platformPeriod);
        QFETCH(qint64, platformLimitNano);
        QFETCH(int, tenantPeriod);
        QFETCH(qint64, allowedNano);
        Budget p = platform(QStringLiteral("p"), Budget::Period(platformPeriod), 1);
        p.limitNano = platformLimitNano;
        QCOMPARE(allowedUnder(p, Budget::Period(tenantPeriod)), allowedNano);
    }

    void tenantCapAtOrBelowItsCeiling_data()
    {
        QTest::addColumn<int>("tenantPeriod");
        QTest::addColumn<qint64>("tenantLimitUsd");
        QTest::addColumn<QString>("refusedBy");
        // Platform caps: all-spend $1000 monthly, acme-platform $400 monthly, acme-daily $20 daily,
        // globex $5 monthly (another tenant), paused $1 monthly (disabled).
        const int d = int(Budget::Period::Daily), m = int(Budget::Period::Monthly);
        QTest::newRow("at the tightest monthly ceiling") << m << qint64(400) << QString();
        QTest::newRow("above the tenant's own platform cap") << m << qint64(401) << QStringLiteral("acme-platform");
        QTest::newRow("daily at the daily platform cap") << d << qint64(20) << QString();
        QTest::newRow("daily above the daily platform cap") << d << qint64(21) << QStringLiteral("acme-daily");
        QTest::newRow("weekly: the daily cap allows 140") << int(Budget::Period::Weekly) << qint64(141)
                                                           << QStringLiteral("acme-daily");
    }

    void tenantCapAtOrBelowItsCeiling()
    {
        QFETCH(int, tenantPeriod);
        QFETCH(qint64, tenantLimitUsd);
        QFETCH(QString, refusedBy);
        // Given the workspace's platform caps
        Budget paused = platform(QStringLiteral("paused"), Budget::Period::Monthly, 1);
        paused.enabled = false;
        const QList<Budget> stored{platform(QStringLiteral("all-spend"), Budget::Period::Monthly, 1000),
                                   platform(QStringLiteral("acme-platform"), Budget::Period::Monthly, 400, kAcme),
                                   platform(QStringLiteral("acme-daily"), Budget::Period::Daily, 20, kAcme),
                                   platform(QStringLiteral("globex"), Budget::Period::Monthly, 5, kGlobex), paused};
        // When a tenant cap is checked against them
        const auto conflict =
            findCapConflict(tenant(QStringLiteral("mine"), Budget::Period(tenantPeriod), tenantLimitUsd), stored);
        // Then only a limit above the tightest governing, enabled platform cap is refused, naming it
        QCOMPARE(conflict.has_value(), !refusedBy.isEmpty());
        if (conflict) {
            QCOMPARE(conflict->ceiling.platformCap.name, refusedBy);
            QVERIFY(!conflict->platformEdited);
        }
    }

    void refusalNamesThePlatformCapAndItsLimit()
    {
        const Budget p = platform(QStringLiteral("all-spend"), Budget::Period::Monthly, 1000);
        const auto same = findCapConflict(tenant(QStringLiteral("acme-monthly"), Budget::Period::Monthly, 1500), {p});
        QVERIFY(same);
        QCOMPARE(capConflictMessage(*same),
                 QStringLiteral("Tenant cap acme-monthly ($1500.00 monthly) is above platform cap all-spend ($1000.00 "
                                "monthly), which governs it: a tenant cap must sit at or below the tightest enabled "
                                "platform cap whose scope contains its own. Lower it to $1000.00 or less, or raise the "
                                "platform cap first."));
        const Budget daily = platform(QStringLiteral("acme-daily"), Budget::Period::Daily, 10, kAcme);
        const auto scaled = findCapConflict(tenant(QStringLiteral("acme-month"), Budget::Period::Monthly, 400), {daily});
        QVERIFY(scaled);
        QVERIFY2(capConflictMessage(*scaled).contains(QStringLiteral(
                     "Lower it to $310.00 (the platform cap's rate over a monthly period) or less")),
                 qPrintable(capConflictMessage(*scaled)));
    }

    void platformEditThatWouldUndercutATenantCap()
    {
        // Given an enabled tenant cap of $300 and a disabled one of $900 under all-spend
        Budget allSpend = platform(QStringLiteral("all-spend"), Budget::Period::Monthly, 1000);
        Budget high = tenant(QStringLiteral("acme-high"), Budget::Period::Monthly, 900);
        high.enabled = false;
        const QList<Budget> stored{allSpend, tenant(QStringLiteral("acme-300"), Budget::Period::Monthly, 300), high};
        // When the platform cap is lowered to $500: the disabled cap is checked when it is enabled again
        allSpend.limitNano = 500 * kUsd;
        QVERIFY(!findCapConflict(allSpend, stored));
        // When it is lowered to $200: refused, naming the tenant cap it would undercut
        allSpend.limitNano = 200 * kUsd;
        const auto conflict = findCapConflict(allSpend, stored);
        QVERIFY(conflict);
        QVERIFY(conflict->platformEdited);
        QCOMPARE(conflict->tenantCap.name, QStringLiteral("acme-300"));
        QVERIFY2(capConflictMessage(*conflict).startsWith(QStringLiteral(
                     "Platform cap all-spend ($200.00 monthly) would sit below tenant cap acme-300 ($300.00 monthly)")),
                 qPrintable(capConflictMessage(*conflict)));
        // And switching it off, or scoping it to another tenant, undercuts nothing
        allSpend.enabled = false;
        QVERIFY(!findCapConflict(allSpend, stored));
        allSpend.enabled = true;
        allSpend.scope = kGlobex;
        QVERIFY(!findCapConflict(allSpend, stored));
    }

    void aTenantCapIsNotItsOwnCeiling()
    {
        // Given a stored platform cap that is being turned into a tenant cap
        Budget edited = platform(QStringLiteral("acme"), Budget::Period::Monthly, 100, kAcme);
        const QList<Budget> stored{edited};
        edited.managedBy = Budget::ManagedBy::Tenant;
        edited.limitNano = 200 * kUsd;
        // Then its old self does not govern it
        QVERIFY(!capCeiling(edited, stored));
        QVERIFY(!findCapConflict(edited, stored));
    }
};

QTEST_GUILESS_MAIN(TestCapHierarchy)
#include "tst_caphierarchy.moc"
