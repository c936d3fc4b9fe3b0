// Each plan opens exactly its tabs; a locked tab names the plan that includes it; the demo
// workspace opens everything; the readiness set is the licence's entitlements.
#include "tabavailability.h"

#include <QTest>

using namespace costline;

namespace {

Entitlements entitlementsOf(Plan plan, const QString &role = QStringLiteral("analyst"))
{
    LicenceStatus status;
    status.state = LicenceStatus::State::Valid;
    status.licence.licensee = QStringLiteral("Acme Corp");
    status.licence.plan = plan;
    status.licence.entitlements = planEntitlements(plan);
    status.licence.role = role;
    return Entitlements(status, false);
}

QSet<Tab> openTabs(const TabAvailability &availability)
{
    QSet<Tab> open;
    for (int i = 0; i < int(Tab::Count); ++i) {
        if (availability.isAvailable(Tab(i)))
            open.insert(Tab(i));
    }
    return open;
}

} // namespace

class TestTabAvailability final : public QObject
{
    Q_OBJECT

private slots:
    void eachPlanOpensExactlyItsTabs_data()
    {
        QTest::addColumn<int>("plan");
        QTest::addColumn<QList<int>>("tabs");
        const QList<int> free{int(Tab::Overview), int(Tab::CostDrivers), int(Tab::UsageEvents), int(Tab::DataHealth),
                              int(Tab::Reports)};
        const QList<int> team = free + QList<int>{int(Tab::CostSignals), int(Tab::Allocation)};
        const QList<int> business = team + QList<int>{int(Tab::Forecast), int(Tab::UnitEconomics)};
        QTest::newRow("free") << int(Plan::Free) << free;
        QTest::newRow("team") << int(Plan::Team) << team;
        QTest::newRow("business") << int(Plan::Business) << business;
        QTest::newRow("enterprise") << int(Plan::Enterprise) << business;
    }

    void eachPlanOpensExactlyItsTabs()
    {
        QFETCH(int, plan);
        QFETCH(QList<int>, tabs);
        TabAvailability availability;
        availability.setEntitlements(entitlementsOf(Plan(plan)));
        QSet<Tab> expected;
        for (int t : tabs)
            expected.insert(Tab(t));
        QCOMPARE(openTabs(availability), expected);
    }

    void lockedTabNamesThePlanThatIncludesIt()
    {
        TabAvailability availability;
        availability.setEntitlements(entitlementsOf(Plan::Team));
        const QString reason = availability.lockedReason(Tab::Forecast);
        QVERIFY(reason.contains(QStringLiteral("Business plan")));
        QVERIFY(reason.contains(QStringLiteral("Team plan")));
        QVERIFY(availability.lockedReason(Tab::Allocation).isEmpty());
    }

    void noLicenceIsFreeAndDemoIsEverything()
    {
        TabAvailability availability;
        QCOMPARE(openTabs(availability).size(), 5);
        availability.setEntitlements(Entitlements(LicenceStatus{}, true));
        QCOMPARE(openTabs(availability).size(), int(Tab::Count));
    }

    void capabilitiesInsideTabsFollowThePlan()
    {
        TabAvailability business;
        business.setEntitlements(entitlementsOf(Plan::Business));
        QVERIFY(business.allows(QStringLiteral("pdf_reports")));
        QVERIFY(!business.allows(QStringLiteral("chargeback_pack")));
        QVERIFY(business.lockedCapabilityReason(QStringLiteral("chargeback_pack")).contains(QStringLiteral("Enterprise")));
        const Entitlements viewer = entitlementsOf(Plan::Enterprise, QStringLiteral("viewer"));
        QVERIFY(!viewer.canExportPack(QStringLiteral("chargeback_pack")));
    }

    void readinessSetIsTheLicencesEntitlements()
    {
        // Health scores only what the plan includes: a Free workspace passes its entitlements,
        // which leave forecast and allocation out rather than failing them.
        const Entitlements free = entitlementsOf(Plan::Free);
        QVERIFY(free.names().contains(QStringLiteral("data_health")));
        QVERIFY(!free.names().contains(QStringLiteral("forecast")));
        QVERIFY(entitlementsOf(Plan::Business).names().contains(QStringLiteral("unit_economics")));
    }
};

QTEST_GUILESS_MAIN(TestTabAvailability)
#include "tst_tabavailability.moc"
