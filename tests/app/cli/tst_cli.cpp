#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kCsv = "timestamp,event_id,provider,model,team,input_tokens,output_tokens,cost_usd\n"
                        "2026-09-01T10:00:00Z,e1,openai,gpt-4o,search,100,10,0.100000000\n"
                        "2026-09-02T10:00:00Z,e2,openai,gpt-4o,growth,200,20,0.200000001\n"
                        "2026-09-30T23:59:59Z,e3,anthropic,claude,search,300,30,1.5\n";

} // namespace

class tst_Cli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void runtimeErrorsExitOne();
    void importThenSummaryIsExact();
    void summaryBySource();
    void revisedImportMovesTotals();
    void quarantineAndStrict();
    void eventsPageWithACursor();
    void demoThenSummaryShowsTheLatestMonth();
    void pricingChangesMoveTheTotals();
    void budgetsAndSignals();
    void signalsThresholdAsInPreferences();

private:
    QString writeCsv(const QString &name, const QByteArray &text);
    QTemporaryDir m_dir;
    QString m_ws;
};

void tst_Cli::init()
{
    QVERIFY(m_dir.isValid());
    m_ws = m_dir.filePath(QStringLiteral("w%1.costline").arg(QTest::currentTestFunction()));
}

QString tst_Cli::writeCsv(const QString &name, const QByteArray &text)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text);
    return f.fileName();
}

void tst_Cli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << "Usage: costline-cli COMMAND [OPTIONS]";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "costline-cli: unknown command 'frobnicate'";
    QTest::newRow("unknown option") << QStringList{"summary", "--bogus"} << "costline-cli summary: Unknown option 'bogus'.";
    QTest::newRow("bad --by") << QStringList{"summary", "--by", "colour"}
                              << "costline-cli summary: --by 'colour' is not a dimension; use one of source, provider";
    QTest::newRow("too many --by") << QStringList{"summary", "--by", "model,team,tenant,day"}
                                   << "costline-cli summary: --by takes at most 3 dimensions";
    QTest::newRow("bad format") << QStringList{"summary", "--format", "xml"}
                                << "costline-cli summary: unknown format 'xml'; use table, json or csv";
    QTest::newRow("import kind") << QStringList{"import", "xlsx", "f.xlsx"}
                                 << "costline-cli import: unknown import kind 'xlsx'; supported: csv";
    QTest::newRow("demo without --out") << QStringList{"demo"} << "costline-cli demo: --out FILE is required";
    QTest::newRow("events bad limit") << QStringList{"events", "--limit", "0"}
                                      << "costline-cli events: --limit must be a number from 1 to 100000";
}

void tst_Cli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void tst_Cli::runtimeErrorsExitOne()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.costline"));
    CliRun r = cli({"summary", "--workspace", missing});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("costline-cli summary: cannot open workspace %1: the file does not exist").arg(missing)),
             qPrintable(r.err));
    const QString noColumn = writeCsv(QStringLiteral("nocol.csv"), "timestamp,provider,model\n2026-09-01T10:00:00Z,openai,x\n");
    r = cli({"import", "csv", noColumn, "--workspace", m_ws});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("missing required column 'event_id'")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    r = cli({"summary", "--workspace", m_ws, "--format", "json"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("totals").toObject().value("events").toInt(), 0);
}

void tst_Cli::importThenSummaryIsExact()
{
    const QString csv = writeCsv(QStringLiteral("u.csv"), kCsv);
    CliRun r = cli({"import", "csv", csv, "--workspace", m_ws, "--source", "billing-export"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("imported 3 new, 0 updated, 0 quarantined\n"));
    r = cli({"summary", "--workspace", m_ws, "--from", "2026-09-01", "--to", "2026-09-30", "--by", "team", "--format", "json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("from").toString(), QStringLiteral("2026-09-01"));
    QCOMPARE(o.value("to").toString(), QStringLiteral("2026-09-30"));
    QCOMPARE(o.value("currency").toString(), QStringLiteral("USD"));
    QCOMPARE(o.value("totals").toObject().value("cost").toString(), QStringLiteral("1.800000001"));
    QCOMPARE(o.value("totals").toObject().value("requests").toInt(), 3);
    QCOMPARE(o.value("totals").toObject().value("input_tokens").toInt(), 600);
    const QJsonArray groups = o.value("groups").toArray();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).toObject().value("key").toObject().value("team").toString(), QStringLiteral("search"));
    QCOMPARE(groups.at(0).toObject().value("cost").toString(), QStringLiteral("1.600000000"));
    QCOMPARE(groups.at(1).toObject().value("cost").toString(), QStringLiteral("0.200000001"));
    // The same numbers as CSV (groups by cost, largest first), and a day range that leaves e3 out
    r = cli({"summary", "--workspace", m_ws, "--from", "2026-09-01", "--to", "2026-09-29", "--by", "model,day", "--format", "csv"});
    QCOMPARE(r.out, QStringLiteral("model,day,cost,requests,input_tokens,cached_input_tokens,cache_write_tokens,output_tokens,"
                                   "reasoning_tokens,events,unpriced_events,unpriced_tokens,estimated_events,reported_cost,computed_cost\r\n"
                                   "gpt-4o,2026-09-02,0.200000001,1,200,0,0,20,0,1,0,0,0,0.200000001,0.000000000\r\n"
                                   "gpt-4o,2026-09-01,0.100000000,1,100,0,0,10,0,1,0,0,0,0.100000000,0.000000000\r\n"));
    r = cli({"summary", "--workspace", m_ws, "--where", "provider=anthropic", "--where", "team=search", "--format", "json",
             "--from", "2026-09-01", "--to", "2026-09-30"});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("totals").toObject().value("cost").toString(),
             QStringLiteral("1.500000000"));
}

void tst_Cli::summaryBySource()
{
    // Given two sources, the first of them sharing its id with the first provider and model
    QCOMPARE(cli({"import", "csv", writeCsv(QStringLiteral("a.csv"), kCsv), "--workspace", m_ws, "--source", "billing-export"}).exitCode, 0);
    const QByteArray gateway = "timestamp,event_id,provider,model,cost_usd\n2026-09-03T10:00:00Z,g1,openai,gpt-4o,0.25\n";
    QCOMPARE(cli({"import", "csv", writeCsv(QStringLiteral("g.csv"), gateway), "--workspace", m_ws, "--source", "gateway"}).exitCode, 0);
    const QStringList september{"--workspace", m_ws, "--from", "2026-09-01", "--to", "2026-09-30", "--format", "json"};
    // When summarised by source, the groups are the sources
    CliRun r = cli(QStringList{"summary", "--by", "source"} + september);
    QCOMPARE(r.exitCode, 0);
    const QJsonArray groups = QJsonDocument::fromJson(r.out.toUtf8()).object().value("groups").toArray();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).toObject().value("key").toObject().value("source").toString(), QStringLiteral("billing-export"));
    QCOMPARE(groups.at(0).toObject().value("cost").toString(), QStringLiteral("1.800000001"));
    QCOMPARE(groups.at(1).toObject().value("key").toObject().value("source").toString(), QStringLiteral("gateway"));
    // And narrowed to one source, the total is that source's
    r = cli(QStringList{"summary", "--where", "source=gateway"} + september);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("totals").toObject().value("cost").toString(),
             QStringLiteral("0.250000000"));
}

void tst_Cli::revisedImportMovesTotals()
{
    const QString csv = writeCsv(QStringLiteral("u.csv"), kCsv);
    QCOMPARE(cli({"import", "csv", csv, "--workspace", m_ws}).exitCode, 0);
    CliRun r = cli({"import", "csv", csv, "--workspace", m_ws});
    QCOMPARE(r.out, QStringLiteral("imported 0 new, 3 updated, 0 quarantined\n"));
    QByteArray revised = kCsv;
    revised.replace("1.5\n", "2.250000007\n");
    r = cli({"import", "csv", writeCsv(QStringLiteral("rev.csv"), revised), "--workspace", m_ws});
    QCOMPARE(r.out, QStringLiteral("imported 0 new, 3 updated, 0 quarantined\n"));
    r = cli({"summary", "--workspace", m_ws, "--from", "2026-09-01", "--to", "2026-09-30", "--format", "json"});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("totals").toObject().value("cost").toString(),
             QStringLiteral("2.550000008"));
}

void tst_Cli::quarantineAndStrict()
{
    const QString bad = writeCsv(QStringLiteral("bad.csv"), kCsv + "2026-09-03T10:00:00Z,e4,openai,gpt-4o,search,-1,0,\n");
    CliRun r = cli({"import", "csv", bad, "--workspace", m_ws, "--strict"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QStringLiteral("costline-cli import: %1 line 5: input_tokens '-1' is not a whole number of 0 or more; "
                                   "--strict: nothing was imported\n").arg(bad));
    r = cli({"import", "csv", bad, "--workspace", m_ws});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("imported 3 new, 0 updated, 1 quarantined\n"));
    r = cli({"quarantine", "list", "--workspace", m_ws, "--format", "json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("total").toInt(), 1);
    const QJsonObject row = o.value("rows").toArray().at(0).toObject();
    QCOMPARE(row.value("file").toString(), bad);
    QCOMPARE(row.value("line").toInt(), 5);
    QCOMPARE(row.value("reason").toString(), QStringLiteral("input_tokens '-1' is not a whole number of 0 or more"));
}

void tst_Cli::eventsPageWithACursor()
{
    QCOMPARE(cli({"import", "csv", writeCsv(QStringLiteral("u.csv"), kCsv), "--workspace", m_ws}).exitCode, 0);
    CliRun r = cli({"events", "--workspace", m_ws, "--limit", "2", "--format", "json"});
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QJsonArray events = o.value("events").toArray();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).toObject().value("event_id").toString(), QStringLiteral("e3"));
    QCOMPARE(events.at(0).toObject().value("cost").toString(), QStringLiteral("1.500000000"));
    QCOMPARE(events.at(1).toObject().value("event_id").toString(), QStringLiteral("e2"));
    const QString cursor = o.value("next_cursor").toString();
    QVERIFY(!cursor.isEmpty());
    r = cli({"events", "--workspace", m_ws, "--limit", "2", "--format", "json", "--before", cursor});
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    events = o.value("events").toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).toObject().value("event_id").toString(), QStringLiteral("e1"));
    QVERIFY(o.value("next_cursor").isNull());
}

void tst_Cli::demoThenSummaryShowsTheLatestMonth()
{
    CliRun r = cli({"demo", "--out", m_ws, "--events", "20000", "--days", "45", "--end", "2026-10-14", "--seed", "3"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("created %1: 20000 events from 2026-08-31 to 2026-10-14").arg(m_ws)), qPrintable(r.out));
    r = cli({"demo", "--out", m_ws});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("already exists")));
    r = cli({"summary", "--workspace", m_ws, "--by", "provider", "--format", "json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("from").toString(), QStringLiteral("2026-10-01"));
    QCOMPARE(o.value("to").toString(), QStringLiteral("2026-10-14"));
    QVERIFY(o.value("groups").toArray().size() >= 4);
    QVERIFY(o.value("unpriced_events").toInt() > 0);
    QVERIFY(o.value("totals").toObject().value("cost").toString().toDouble() > 0);
}

void tst_Cli::pricingChangesMoveTheTotals()
{
    // Given e1 without a reported cost: unpriced until a price arrives
    QByteArray csv = kCsv;
    csv.replace("0.100000000\n", "\n");
    QCOMPARE(cli({"import", "csv", writeCsv(QStringLiteral("u.csv"), csv), "--workspace", m_ws}).exitCode, 0);
    const QStringList summary{"summary", "--workspace", m_ws, "--from", "2026-09-01", "--to", "2026-09-30", "--format", "json"};
    QJsonObject o = QJsonDocument::fromJson(cli(summary).out.toUtf8()).object();
    QCOMPARE(o.value("unpriced_events").toInt(), 1);
    QCOMPARE(o.value("unpriced_tokens").toInt(), 110);
    CliRun r = cli({"pricing", "gaps", "--workspace", m_ws, "--format", "json"});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("gaps").toArray().at(0).toObject().value("model").toString(),
             QStringLiteral("gpt-4o"));
    // When a negotiated price is added: $2.50 in, $10 out per million tokens
    r = cli({"pricing", "add", "--workspace", m_ws, "--model", "gpt-4o", "--provider", "openai", "--input", "2.50", "--output", "10"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("re-priced 3 events")), qPrintable(r.out));
    // Then e1 costs 100 × 2.5e3 + 10 × 1e4 nano = 0.00035 USD and nothing is unpriced
    o = QJsonDocument::fromJson(cli(summary).out.toUtf8()).object();
    QCOMPARE(o.value("unpriced_events").toInt(), 0);
    QCOMPARE(o.value("totals").toObject().value("cost").toString(), QStringLiteral("1.700350001"));
    r = cli({"pricing", "list", "--workspace", m_ws, "--format", "json"});
    const QJsonObject entry = QJsonDocument::fromJson(r.out.toUtf8()).object().value("entries").toArray().at(0).toObject();
    QCOMPARE(entry.value("input_per_mtok").toString(), QStringLiteral("2.500000000"));
    QCOMPARE(entry.value("origin").toString(), QStringLiteral("user"));
    r = cli({"pricing", "remove", "99", "--workspace", m_ws});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("no price entry has id 99")));
    QCOMPARE(cli({"pricing", "add", "--workspace", m_ws, "--model", "x", "--input", "1.5e-6"}).exitCode, 2);
}

void tst_Cli::budgetsAndSignals()
{
    QCOMPARE(cli({"import", "csv", writeCsv(QStringLiteral("u.csv"), kCsv), "--workspace", m_ws}).exitCode, 0);
    CliRun r = cli({"budget", "add", "--workspace", m_ws, "--name", "search", "--limit", "1.75", "--scope", "team=search"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(cli({"budget", "add", "--workspace", m_ws, "--name", "x", "--limit", "-1"}).exitCode, 2);
    QCOMPARE(cli({"budget", "add", "--workspace", m_ws, "--name", "x", "--limit", "1", "--period", "yearly"}).exitCode, 2);
    r = cli({"budget", "status", "--workspace", m_ws, "--as-of", "2026-09-30", "--format", "json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject b = QJsonDocument::fromJson(r.out.toUtf8()).object().value("budgets").toArray().at(0).toObject();
    QCOMPARE(b.value("spend").toString(), QStringLiteral("1.600000000"));
    QCOMPARE(b.value("limit").toString(), QStringLiteral("1.750000000"));
    QCOMPARE(b.value("remaining").toString(), QStringLiteral("0.150000000"));
    QCOMPARE(b.value("period_start").toString(), QStringLiteral("2026-09-01"));
    QCOMPARE(b.value("period_end").toString(), QStringLiteral("2026-09-30"));
    QCOMPARE(b.value("state").toString(), QStringLiteral("soft"));
    QCOMPARE(b.value("scope").toObject().value("team").toString(), QStringLiteral("search"));
    r = cli({"signals", "--workspace", m_ws, "--as-of", "2026-09-30", "--format", "json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).object().value("signals").toArray();
    QVERIFY(!found.isEmpty());
    const QJsonObject budget = found.at(0).toObject();
    QCOMPARE(budget.value("kind").toString(), QStringLiteral("budget"));
    QCOMPARE(budget.value("state").toString(), QStringLiteral("new"));
    for (const char *field : {"id", "scope", "day", "current", "baseline", "deviation_pct", "money_at_stake", "detected_at",
                              "explanation", "next_action"})
        QVERIFY2(budget.contains(QLatin1String(field)), field);
    const QString id = budget.value("id").toString();
    QCOMPARE(cli({"signals", "triage", id, "--state", "dismissed", "--workspace", m_ws}).exitCode, 2); // needs a note
    QCOMPARE(cli({"signals", "triage", id, "--state", "dismissed", "--note", "planned", "--workspace", m_ws}).exitCode, 0);
    r = cli({"signals", "--workspace", m_ws, "--as-of", "2026-09-30", "--format", "json", "--state", "dismissed"});
    const QJsonObject dismissed = QJsonDocument::fromJson(r.out.toUtf8()).object().value("signals").toArray().at(0).toObject();
    QCOMPARE(dismissed.value("id").toString(), id);
    QCOMPARE(dismissed.value("note").toString(), QStringLiteral("planned"));
}

// The desktop Preferences' anomaly threshold has its CLI twin, so the tab's list can be printed.
void tst_Cli::signalsThresholdAsInPreferences()
{
    QCOMPARE(cli({"demo", "--out", m_ws, "--events", "20000", "--end", "2026-11-24"}).exitCode, 0);
    const auto anomalies = [this](const QStringList &extra) {
        const CliRun r = cli(QStringList{"signals", "--workspace", m_ws, "--format", "json"} + extra);
        int count = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).object().value("signals").toArray())
            count += v.toObject().value("kind").toString() == QLatin1String("anomaly");
        return count;
    };
    const int byDefault = anomalies({});
    QVERIFY(byDefault > 0);
    QVERIFY(anomalies({"--threshold", "50"}) >= byDefault);
    QCOMPARE(anomalies({"--threshold", "1000000"}), 0);
    const CliRun bad = cli({"signals", "--workspace", m_ws, "--threshold", "0"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("--threshold must be a percentage above 0, e.g. 150")), qPrintable(bad.err));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
