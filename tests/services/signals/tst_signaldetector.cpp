#include "demo/demogenerator.h"
#include "importers/usagecsvimporter.h"
#include "signals/anomalythresholds.h"
#include "signals/signaldetector.h"
#include "signals/triagestore.h"
#include "workspacefixture.h"

#include <QTest>

using namespace costline;

class tst_SignalDetector final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsTheDemoAnomaliesFirst();
    void triageSurvivesARerun();
    void analystThresholdReplacesTheWorkspaceOne();
    void tenantModelSpikeHiddenInLargerTotals();
    void tenantThresholdsAreKeptInTheWorkspace();

private:
    test::WorkspaceFixture m_fixture;
    DemoOptions m_demo;
};

void tst_SignalDetector::initTestCase()
{
    m_demo.events = 60'000;
    m_demo.days = 90;
    m_demo.seed = 42;
    m_demo.endDay = *utc::parseDate("2026-11-24");
    QVERIFY(DemoGenerator(m_fixture.workspace()).generate(m_demo).ok);
}

void tst_SignalDetector::findsTheDemoAnomaliesFirst()
{
    const QList<Signal> found = SignalDetector(m_fixture.workspace()).detect(m_demo.endDay, 1000);
    QVERIFY(found.size() >= 4);
    const qint64 first = m_demo.endDay - m_demo.days + 1;
    const qint64 spike = first + DemoGenerator::spikeStartIndex(m_demo.days);
    const qint64 switchDay = first + DemoGenerator::switchIndex(m_demo.days);
    // The tenant spike and the feature's model switch are both anomalies, listed before
    // every other kind, with money at stake.
    bool sawSpike = false, sawSwitch = false, sawMix = false;
    int lastAnomaly = -1;
    for (int i = 0; i < found.size(); ++i) {
        const Signal &s = found.at(i);
        if (s.kind == Signal::Kind::Anomaly) {
            lastAnomaly = i;
            QVERIFY(s.moneyAtStakeNano > 0);
        }
        if (s.kind == Signal::Kind::Anomaly && s.scope.value(QStringLiteral("tenant")) == QLatin1String(DemoGenerator::kSpikeTenant)) {
            sawSpike = true;
            QCOMPARE(s.day, spike);
            QCOMPARE(s.lastDay, spike + 1);
        }
        if (s.kind == Signal::Kind::Anomaly && s.scope.value(QStringLiteral("feature")) == QLatin1String(DemoGenerator::kSwitchFeature)) {
            sawSwitch = true;
            QCOMPARE(s.day, switchDay);
        }
        if (s.kind == Signal::Kind::MixShift) {
            sawMix = true;
            QCOMPARE(s.scope.value(QStringLiteral("feature")), QLatin1String(DemoGenerator::kSwitchFeature));
            QCOMPARE(s.scope.value(QStringLiteral("model")), QStringLiteral("gpt-4o"));
            QCOMPARE(s.day, switchDay);
        }
    }
    QVERIFY(sawSpike);
    QVERIFY(sawSwitch);
    QVERIFY(sawMix);
    QCOMPARE(found.first().kind, Signal::Kind::Anomaly);
    for (int i = lastAnomaly + 1; i < found.size(); ++i)
        QVERIFY(found.at(i).kind != Signal::Kind::Anomaly);
    int gaps = 0;
    for (const Signal &s : found)
        gaps += s.kind == Signal::Kind::PricingGap ? 1 : 0;
    QCOMPARE(gaps, 2);
}

void tst_SignalDetector::triageSurvivesARerun()
{
    SignalDetector detector(m_fixture.workspace());
    const QList<Signal> firstRun = detector.detect(m_demo.endDay, 5000);
    const Signal target = firstRun.first();
    QString error;
    QVERIFY(TriageStore(m_fixture.workspace()).setState(target.id, Signal::State::Dismissed, QStringLiteral("planned load test"), 6000, &error));
    const QList<Signal> secondRun = detector.detect(m_demo.endDay, 9000);
    bool found = false;
    for (const Signal &s : secondRun) {
        if (s.id != target.id)
            continue;
        found = true;
        QCOMPARE(s.state, Signal::State::Dismissed);
        QCOMPARE(s.note, QStringLiteral("planned load test"));
        QCOMPARE(s.detectedAtMs, target.detectedAtMs); // first detection is kept
    }
    QVERIFY(found);
}

void tst_SignalDetector::analystThresholdReplacesTheWorkspaceOne()
{
    // Given the workspace's threshold, When the analyst's own threshold is given instead
    SignalDetector detector(m_fixture.workspace());
    QCOMPARE(detector.anomalySettings().thresholdPct, 100.0);
    detector.setThresholdPct(250);
    // Then the anomaly detector runs with it, and 0 goes back to the workspace's
    QCOMPARE(detector.anomalySettings().thresholdPct, 250.0);
    detector.setThresholdPct(0);
    QCOMPARE(detector.anomalySettings().thresholdPct, 100.0);
    // And a threshold no demo spike reaches leaves no anomaly at all
    detector.setThresholdPct(1'000'000);
    for (const Signal &s : detector.detect(m_demo.endDay, 1000))
        QVERIFY(s.kind != Signal::Kind::Anomaly);
}

namespace {

// acme spends $1000 a day on "big" and $10 on "small"; initech $1000 a day on "small". On
// the last day acme's "small" costs $40: +300 % for acme on small, but +3 % for acme and
// for small. Sixty days to 2026-11-24.
void importHiddenSpike(test::WorkspaceFixture &fixture)
{
    QByteArray csv = "timestamp,event_id,provider,model,tenant,cost_usd\n";
    const qint64 last = *utc::parseDate("2026-11-24");
    int id = 0;
    for (qint64 day = last - 59; day <= last; ++day) {
        const QByteArray ts = utc::formatDate(day).toLatin1() + "T12:00:00Z,e";
        csv += ts + QByteArray::number(++id) + ",p,big,acme,1000\n";
        csv += ts + QByteArray::number(++id) + ",p,small,acme," + (day == last ? "40" : "10") + "\n";
        csv += ts + QByteArray::number(++id) + ",p,small,initech,1000\n";
    }
    const ImportResult r = UsageCsvImporter(fixture.workspace()).importFile(fixture.writeFile(QStringLiteral("u.csv"), csv), {});
    QVERIFY2(r.ok, qPrintable(r.error));
}

QList<Signal> anomaliesOf(QList<Signal> found)
{
    found.removeIf([](const Signal &s) { return s.kind != Signal::Kind::Anomaly; });
    return found;
}

} // namespace

void tst_SignalDetector::tenantModelSpikeHiddenInLargerTotals()
{
    // Given a tenant's spike on one model that its tenant and model totals hide
    test::WorkspaceFixture fixture;
    importHiddenSpike(fixture);
    const qint64 last = *utc::parseDate("2026-11-24");
    // When the signals are detected
    const QList<Signal> found = anomaliesOf(SignalDetector(fixture.workspace()).detect(last, 1000));
    // Then the one anomaly is acme on small, that day, with $30 at stake
    QCOMPARE(found.size(), 1);
    const Signal &s = found.first();
    QCOMPARE(s.scope, (QMap<QString, QString>{{"tenant", "acme"}, {"model", "small"}}));
    QCOMPARE(s.day, last);
    QCOMPARE(s.lastDay, last);
    QCOMPARE(s.currentNano, 40'000'000'000);
    QCOMPARE(s.baselineNano, 10'000'000'000);
    QCOMPARE(s.moneyAtStakeNano, 30'000'000'000);
    QCOMPARE(s.explanation.left(40), QStringLiteral("tenant acme, model small spent $40.00 on"));
    // And acme's own threshold above +300 % applies to its models too
    QString error;
    QVERIFY2(AnomalyThresholds(fixture.workspace()).setTenantPct(QStringLiteral("acme"), 400, &error), qPrintable(error));
    QVERIFY(anomaliesOf(SignalDetector(fixture.workspace()).detect(last, 1000)).isEmpty());
}

void tst_SignalDetector::tenantThresholdsAreKeptInTheWorkspace()
{
    test::WorkspaceFixture fixture;
    importHiddenSpike(fixture);
    AnomalyThresholds thresholds(fixture.workspace());
    QString error;
    // Given thresholds set for the workspace and one tenant
    QVERIFY2(thresholds.setWorkspacePct(150, &error), qPrintable(error));
    QVERIFY2(thresholds.setTenantPct(QStringLiteral("initech"), 250.5, &error), qPrintable(error));
    // Then another connection to the file reads them, and the detector runs with them
    fixture.reopen();
    AnomalyThresholds reread(fixture.workspace());
    QCOMPARE(reread.workspacePct(), std::optional<double>(150));
    QCOMPARE(reread.tenants().size(), 1);
    QCOMPARE(reread.tenants().first().tenant, QStringLiteral("initech"));
    QCOMPARE(reread.tenants().first().pct, 250.5);
    const AnomalySettings settings = SignalDetector(fixture.workspace()).anomalySettings();
    QCOMPARE(settings.thresholdPct, 150.0);
    QCOMPARE(settings.tenantThresholdPct.value(QStringLiteral("initech")), 250.5);
    // A mistyped tenant, a threshold out of range and a clear with nothing to clear all say why
    QVERIFY(!reread.setTenantPct(QStringLiteral("initek"), 200, &error));
    QCOMPARE(error, QStringLiteral("tenant 'initek' has no usage in this workspace; check the name against the tenants the "
                                   "workspace knows (costline-cli summary --by tenant)"));
    QVERIFY(!reread.setTenantPct(QStringLiteral("acme"), 0, &error));
    QVERIFY(error.startsWith(QStringLiteral("a threshold is a percentage above the baseline")));
    QVERIFY(!reread.clearTenantPct(QStringLiteral("acme"), &error));
    QVERIFY(error.contains(QStringLiteral("no threshold of its own")));
    // And clearing goes back to the workspace's and the default
    QVERIFY2(reread.clearTenantPct(QStringLiteral("initech"), &error), qPrintable(error));
    QVERIFY2(reread.clearWorkspacePct(&error), qPrintable(error));
    QVERIFY(reread.tenants().isEmpty());
    QVERIFY(!reread.workspacePct());
    QCOMPARE(SignalDetector(fixture.workspace()).anomalySettings().thresholdPct, AnomalyThresholds::kDefaultPct);
}

QTEST_GUILESS_MAIN(tst_SignalDetector)
#include "tst_signaldetector.moc"
