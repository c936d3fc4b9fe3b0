#include "demo/demogenerator.h"
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

QTEST_GUILESS_MAIN(tst_SignalDetector)
#include "tst_signaldetector.moc"
