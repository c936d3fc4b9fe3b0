// costline-cli signals threshold: the workspace's and the tenants' anomaly thresholds are
// set, listed and cleared from the command line, kept in the workspace, and used by the
// next `signals` run; every mistake exits non-zero with what to do.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class tst_SignalsCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tenantThresholdSetListClear();
    void workspaceThreshold();
    void mistakesSayWhatToDo_data();
    void mistakesSayWhatToDo();

private:
    QStringList ws(QStringList args) const { return args << QStringLiteral("--workspace") << m_ws; }
    int anomaliesOfTenant(const QString &tenant) const;
    QJsonObject list() const;

    QTemporaryDir m_dir;
    QString m_ws;
};

void tst_SignalsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = m_dir.filePath(QStringLiteral("demo.costline"));
    QCOMPARE(cli({"demo", "--out", m_ws, "--events", "60000", "--end", "2026-11-24"}).exitCode, 0);
}

int tst_SignalsCli::anomaliesOfTenant(const QString &tenant) const
{
    const CliRun r = cli(ws({"signals", "--format", "json"}));
    int count = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).object().value("signals").toArray()) {
        const QJsonObject s = v.toObject();
        count += s.value("kind").toString() == QLatin1String("anomaly")
                 && s.value("scope").toObject().value("tenant").toString() == tenant;
    }
    return count;
}

QJsonObject tst_SignalsCli::list() const
{
    const CliRun r = cli(ws({"signals", "threshold", "list", "--format", "json"}));
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject();
}

void tst_SignalsCli::tenantThresholdSetListClear()
{
    // Given the demo's spiking tenant, an anomaly by tenant and by tenant × model
    QVERIFY(anomaliesOfTenant(QStringLiteral("globex")) >= 2);
    // When its own threshold is set above any spike
    CliRun r = cli(ws({"signals", "threshold", "set", "--tenant", "globex", "--pct", "100000"}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("anomaly threshold of tenant globex is 100000 % above the baseline\n"));
    // Then the list shows it, the workspace still on the default
    QJsonObject l = list();
    QCOMPARE(l.value("tenants").toArray(),
             QJsonArray({QJsonObject{{"tenant", "globex"}, {"threshold_pct", 100000}}}));
    QVERIFY(l.value("workspace_pct").isNull());
    QCOMPARE(l.value("default_pct").toDouble(), 100.0);
    // And the next signals run has no anomaly of globex, by tenant or by tenant × model
    QCOMPARE(anomaliesOfTenant(QStringLiteral("globex")), 0);
    // When it is cleared, globex is judged by the workspace's threshold again
    r = cli(ws({"signals", "threshold", "clear", "--tenant", "globex"}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("tenant globex follows the workspace's threshold, 100 %\n"));
    QVERIFY(list().value("tenants").toArray().isEmpty());
    QVERIFY(anomaliesOfTenant(QStringLiteral("globex")) >= 2);
}

void tst_SignalsCli::workspaceThreshold()
{
    QCOMPARE(cli(ws({"signals", "threshold", "set", "--pct", "250"})).exitCode, 0);
    QCOMPARE(list().value("workspace_pct").toDouble(), 250.0);
    const CliRun table = cli(ws({"signals", "threshold", "list"}));
    QVERIFY2(table.out.contains(QStringLiteral("workspace")) && table.out.contains(QStringLiteral("250")), qPrintable(table.out));
    QCOMPARE(cli(ws({"signals", "threshold", "clear"})).exitCode, 0);
    QVERIFY(list().value("workspace_pct").isNull());
}

void tst_SignalsCli::mistakesSayWhatToDo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("set without --pct") << QStringList{"set", "--tenant", "globex"} << 2
                                       << "'signals threshold set' needs --pct N, the percentage above the baseline";
    QTest::newRow("zero") << QStringList{"set", "--tenant", "globex", "--pct", "0"} << 2
                          << "--pct '0': a threshold is a percentage above the baseline, more than 0 and at most 100000";
    QTest::newRow("not a number") << QStringList{"set", "--pct", "lots"} << 2
                                  << "--pct 'lots': a threshold is a percentage above the baseline";
    QTest::newRow("unknown tenant") << QStringList{"set", "--tenant", "globx", "--pct", "200"} << 1
                                    << "tenant 'globx' has no usage in this workspace; check the name";
    QTest::newRow("nothing to clear") << QStringList{"clear", "--tenant", "initech"} << 1
                                      << "tenant 'initech' has no threshold of its own to clear";
    QTest::newRow("unknown action") << QStringList{"raise"} << 2 << "expected 'signals threshold list'";
}

void tst_SignalsCli::mistakesSayWhatToDo()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun r = cli(ws(QStringList{"signals", "threshold"} + args));
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(list().value("tenants").toArray().isEmpty()); // nothing was written
}

QTEST_GUILESS_MAIN(tst_SignalsCli)
#include "tst_signalscli.moc"
