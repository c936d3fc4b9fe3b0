// costline-cli budget: platform and tenant caps, versions, the governing cap in status and
// signals, and `budget check` exit codes for cron, through the real executable.
#include "clirun.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

// September 2026: acme spends $8 (key k1 $4 on the 29th and $3 on the 30th, k2 $1), globex $10.
const QByteArray kCsv = "timestamp,event_id,provider,model,tenant,api_key_id,cost_usd\n"
                        "2026-09-29T10:00:00Z,e1,openai,gpt-4o,acme,k1,4.00\n"
                        "2026-09-30T10:00:00Z,e2,openai,gpt-4o,acme,k1,3.00\n"
                        "2026-09-30T11:00:00Z,e3,openai,gpt-4o,acme,k2,1.00\n"
                        "2026-09-30T12:00:00Z,e4,openai,gpt-4o,globex,g1,10.00\n";

QJsonObject json(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QJsonObject named(const QJsonArray &caps, const QString &name)
{
    for (const QJsonValue &v : caps) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestBudgetCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ws; // this test's own workspace

    CliRun budget(QStringList args)
    {
        args.prepend(QStringLiteral("budget"));
        args << QStringLiteral("--workspace") << m_ws;
        return cli(args);
    }

private slots:
    void initTestCase()
    {
        QFile csv(m_dir.filePath(QStringLiteral("usage.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(kCsv);
    }

    // Each test starts from the usage above and three caps: the platform's $100 a month over
    // everything, acme's own $8.20 a month (soft at 50 %), and acme's $3.50 a day on key k1.
    void init()
    {
        m_ws = m_dir.filePath(QStringLiteral("%1.costline").arg(QTest::currentTestFunction()));
        QCOMPARE(cli({"import", "csv", m_dir.filePath(QStringLiteral("usage.csv")), "--workspace", m_ws}).exitCode, 0);
        QCOMPARE(budget({"add", "--name", "platform-all", "--limit", "100"}).exitCode, 0);
        QCOMPARE(budget({"add", "--name", "acme-month", "--managed-by", "TENANT", "--tenant", "acme", "--limit", "8.2",
                         "--soft", "50"})
                     .exitCode,
                 0);
        QCOMPARE(budget({"add", "--name", "acme-k1-daily", "--managed-by", "tenant", "--tenant", "acme", "--api-key", "k1",
                         "--period", "daily", "--limit", "3.5"})
                     .exitCode,
                 0);
    }

    void tenantCapsSitUnderThePlatform()
    {
        CliRun r = budget({"add", "--name", "platform-eu", "--limit", "100", "--scope", "environment=eu"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("saved platform cap platform-eu (version 1)\n"));
        // A tenant cap above the platform cap is refused, naming it and its limit
        r = budget({"add", "--name", "acme-big", "--managed-by", "tenant", "--tenant", "acme", "--limit", "150"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Tenant cap acme-big ($150.00 monthly) is above platform cap platform-all "
                                               "($100.00 monthly), which governs it")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Lower it to $100.00 or less")), qPrintable(r.err));
        // A tenant cap names its tenant; who manages a cap is platform or tenant
        r = budget({"add", "--name", "acme-big", "--managed-by", "tenant", "--limit", "10"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("needs its tenant in its scope (tenant=NAME)")), qPrintable(r.err));
        QCOMPARE(budget({"add", "--name", "x", "--limit", "1", "--managed-by", "gateway"}).exitCode, 2);
        // Every edit moves the version on; an unknown cap is a runtime error
        r = budget({"edit", "acme-month", "--limit", "9"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("saved tenant cap acme-month (version 2)\n"));
        QCOMPARE(budget({"edit", "nope", "--limit", "1"}).exitCode, 1);
        QCOMPARE(budget({"edit"}).exitCode, 2);
        // Lowering the platform cap under a tenant cap it governs is refused too
        r = budget({"edit", "platform-all", "--limit", "5"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Platform cap platform-all ($5.00 monthly) would sit below tenant cap "
                                               "acme-month ($9.00 monthly)")),
                 qPrintable(r.err));
        const QJsonArray caps = json(budget({"list", "--format", "json"})).value(QStringLiteral("budgets")).toArray();
        QCOMPARE(caps.size(), 4);
        const QJsonObject month = named(caps, QStringLiteral("acme-month"));
        QCOMPARE(month.value(QStringLiteral("managed_by")).toString(), QStringLiteral("tenant"));
        QCOMPARE(month.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(month.value(QStringLiteral("limit")).toString(), QStringLiteral("9.000000000"));
        QCOMPARE(named(caps, QStringLiteral("platform-all")).value(QStringLiteral("version")).toInt(), 1);
    }

    void statusNamesTheGoverningCap()
    {
        const CliRun r = budget({"status", "--as-of", "2026-09-30", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray caps = json(r).value(QStringLiteral("budgets")).toArray();
        // The daily key cap: $3 of $3.50, but acme-month has less left ($0.20) and governs that spend
        const QJsonObject k1 = named(caps, QStringLiteral("acme-k1-daily"));
        for (const char *field : {"name", "scope", "period", "period_start", "period_end", "spend", "limit",
                                  "utilisation_pct", "remaining", "projected", "state", "managed_by", "version", "governing_cap"})
            QVERIFY2(k1.contains(QLatin1String(field)), field);
        QCOMPARE(k1.value(QStringLiteral("scope")).toObject(),
                 (QJsonObject{{QStringLiteral("api_key"), QStringLiteral("k1")}, {QStringLiteral("tenant"), QStringLiteral("acme")}}));
        QCOMPARE(k1.value(QStringLiteral("period_start")).toString(), QStringLiteral("2026-09-30"));
        QCOMPARE(k1.value(QStringLiteral("period_end")).toString(), QStringLiteral("2026-09-30"));
        QCOMPARE(k1.value(QStringLiteral("spend")).toString(), QStringLiteral("3.000000000"));
        QCOMPARE(k1.value(QStringLiteral("remaining")).toString(), QStringLiteral("0.500000000"));
        QCOMPARE(k1.value(QStringLiteral("state")).toString(), QStringLiteral("soft"));
        const QJsonObject governing = k1.value(QStringLiteral("governing_cap")).toObject();
        QCOMPARE(governing.value(QStringLiteral("name")).toString(), QStringLiteral("acme-month"));
        QCOMPARE(governing.value(QStringLiteral("managed_by")).toString(), QStringLiteral("tenant"));
        QCOMPARE(governing.value(QStringLiteral("spend")).toString(), QStringLiteral("8.000000000"));
        QCOMPARE(governing.value(QStringLiteral("remaining")).toString(), QStringLiteral("0.200000000"));
        QCOMPARE(governing.value(QStringLiteral("period_start")).toString(), QStringLiteral("2026-09-01"));
        QCOMPARE(named(caps, QStringLiteral("platform-all")).value(QStringLiteral("governing_cap")).toObject()
                     .value(QStringLiteral("name")).toString(),
                 QStringLiteral("platform-all"));
        // --for: the caps that apply to a tenant's key and the one that governs it
        const QJsonObject forKey =
            json(budget({"status", "--as-of", "2026-09-30", "--format", "json", "--for", "tenant=acme", "--for", "api_key=k1"}));
        QCOMPARE(forKey.value(QStringLiteral("budgets")).toArray().size(), 3);
        QCOMPARE(forKey.value(QStringLiteral("governing")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("acme-month"));
        const QJsonObject forGlobex = json(budget({"status", "--as-of", "2026-09-30", "--format", "json", "--for", "tenant=globex"}));
        QCOMPARE(forGlobex.value(QStringLiteral("budgets")).toArray().size(), 1);
        QCOMPARE(forGlobex.value(QStringLiteral("governing")).toObject().value(QStringLiteral("spend")).toString(),
                 QStringLiteral("18.000000000"));
        QCOMPARE(budget({"status", "--for", "colour=blue"}).exitCode, 2);
    }

    void signalsNameTheGoverningCap()
    {
        const CliRun r = cli({"signals", "--workspace", m_ws, "--as-of", "2026-09-30", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        QJsonObject k1;
        for (const QJsonValue &v : json(r).value(QStringLiteral("signals")).toArray()) {
            if (v.toObject().value(QStringLiteral("scope")).toObject().value(QStringLiteral("budget")) == QStringLiteral("acme-k1-daily"))
                k1 = v.toObject();
        }
        QCOMPARE(k1.value(QStringLiteral("kind")).toString(), QStringLiteral("budget"));
        const QJsonObject scope = k1.value(QStringLiteral("scope")).toObject();
        QCOMPARE(scope.value(QStringLiteral("governing_cap")).toString(), QStringLiteral("acme-month"));
        QCOMPARE(scope.value(QStringLiteral("tenant")).toString(), QStringLiteral("acme"));
        QCOMPARE(scope.value(QStringLiteral("api_key")).toString(), QStringLiteral("k1"));
        const QString explanation = k1.value(QStringLiteral("explanation")).toString();
        QVERIFY2(explanation.startsWith(QStringLiteral("Tenant cap acme-k1-daily passed its 80% soft limit: $3.00 spent of $3.50")),
                 qPrintable(explanation));
        QVERIFY2(explanation.endsWith(QStringLiteral("Tenant cap acme-month governs its spend: $0.20 left of $8.20 monthly.")),
                 qPrintable(explanation));
    }

    void checkExitsForCron()
    {
        // Soft limits crossed (acme-month, acme-k1-daily), no hard one: 3
        CliRun r = budget({"check", "--as-of", "2026-09-30"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains(QStringLiteral("soft: 2 of 3 caps past a limit as of 2026-09-30 (data through 2026-09-30)")),
                 qPrintable(r.out));
        // A hard limit crossed: 4, with what crossed in the JSON
        QCOMPARE(budget({"edit", "acme-k1-daily", "--limit", "2.5"}).exitCode, 0);
        r = budget({"check", "--as-of", "2026-09-30", "--format", "json"});
        QCOMPARE(r.exitCode, 4);
        QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("result")).toString(), QStringLiteral("hard"));
        QCOMPARE(o.value(QStringLiteral("exit_code")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("checked")).toInt(), 3);
        const QJsonArray crossed = o.value(QStringLiteral("crossed")).toArray();
        QCOMPARE(crossed.size(), 2);
        QCOMPARE(named(crossed, QStringLiteral("acme-k1-daily")).value(QStringLiteral("state")).toString(), QStringLiteral("hard"));
        // Only the caps that apply to globex: the platform cap, $18 of $100
        QCOMPARE(budget({"check", "--as-of", "2026-09-30", "--for", "tenant=globex"}).exitCode, 0);
        // A disabled cap is not checked
        QCOMPARE(budget({"edit", "acme-k1-daily", "--disable"}).exitCode, 0);
        QCOMPARE(budget({"check", "--as-of", "2026-09-30"}).exitCode, 3);
        QCOMPARE(budget({"edit", "acme-month", "--limit", "50"}).exitCode, 0);
        r = budget({"check", "--as-of", "2026-09-30"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("ok: 0 of 3 caps past a limit")), qPrintable(r.out));
        // Without --as-of, today's periods (UTC): no spend yet in this workspace
        o = json(budget({"check", "--format", "json"}));
        QCOMPARE(o.value(QStringLiteral("as_of")).toString(), QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
        QCOMPARE(o.value(QStringLiteral("data_through")).toString(), QStringLiteral("2026-09-30"));
        // Usage errors keep 2, an unreadable workspace 1
        QCOMPARE(budget({"check", "--as-of", "30/09/2026"}).exitCode, 2);
        QCOMPARE(cli({"budget", "check", "--workspace", m_dir.filePath(QStringLiteral("missing.costline"))}).exitCode, 1);
    }

    void helpDocumentsTheRuleAndTheCodes()
    {
        const CliRun r = cli({"budget", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("A platform cap governs a\ntenant cap when its scope contains the tenant cap's scope")));
        QVERIFY(r.out.contains(QStringLiteral("3 when a soft limit is crossed and no\nhard one, 4 when a hard limit is crossed")));
    }
};

QTEST_GUILESS_MAIN(TestBudgetCli)
#include "tst_budgetcli.moc"
