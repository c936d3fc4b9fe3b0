// costline-cli audit list and verify through the executable: changes made with the CLI are
// in the trail in order with the user and the object before and after; verify passes on the
// untouched file and fails, exit 1, naming the entry someone edited with sqlite3.
#include "clirun.h"
#include "core/osuser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace {

const QString kSample = QStringLiteral(COSTLINE_ACCESS_LOG_SAMPLE);

QJsonArray entries(const QString &ws, const QStringList &extra = {})
{
    const CliRun r = cli(QStringList{"audit", "list", "--workspace", ws, "--format", "json"} + extra);
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value("entries").toArray();
}

bool execOn(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    const bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK
                    && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestAuditCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ws;

private slots:
    void initTestCase()
    {
        // A demo workspace (every capability), then a change of every kind through the CLI
        m_ws = m_dir.filePath(QStringLiteral("demo.costline"));
        QCOMPARE(cli({"demo", "--out", m_ws, "--events", "3000", "--days", "30", "--end", "2026-11-24"}).exitCode, 0);
        const QList<QStringList> changes = {
            {"budget", "add", "--name", "all-ai", "--limit", "900"},
            {"budget", "add", "--name", "all-ai", "--limit", "950"},
            {"pricing", "add", "--model", "house-model", "--input", "1.25", "--output", "5"},
            {"allocation", "add-rule", "--field", "feature", "--pattern", "search*", "--owner", "team:search"},
            {"allocation", "apply"},
            {"source", "add", "gateway", "--name", "edge", "--base-url", "https://gw.example.com"},
            {"signals", "triage", "anomaly:demo", "--state", "acknowledged", "--note", "launch"},
            {"report", "chargeback", "--from", "2026-11-01", "--to", "2026-11-24", "--format", "csv", "--out", m_dir.filePath("cb.csv")},
            {"import", "audit-log", kSample},
        };
        for (const QStringList &change : changes) {
            const CliRun r = cli(change + QStringList{"--workspace", m_ws});
            QVERIFY2(r.exitCode == 0, qPrintable(change.join(' ') + ": " + r.err));
        }
    }

    void listShowsEveryChangeInOrder()
    {
        const QJsonArray all = entries(m_ws);
        QStringList actions;
        for (const QJsonValue &v : all)
            actions << v.toObject().value("action").toString();
        // The demo's own set-up first, then the changes above, one entry each
        const QStringList expected = {"budget.add", "budget.change", "pricing.add", "allocation.rule.add", "allocation.rules.apply",
                                      "source.add", "signal.triage", "report.run", "source.add"};
        QCOMPARE(actions.mid(actions.size() - expected.size()), expected);
        QCOMPARE(actions.first(), QStringLiteral("pricing.import"));
        const QJsonObject change = all.at(actions.size() - expected.size() + 1).toObject();
        QCOMPARE(change.value("object").toString(), QStringLiteral("budget:all-ai"));
        QCOMPARE(change.value("before").toObject().value("limit").toString(), QStringLiteral("900.000000000"));
        QCOMPARE(change.value("after").toObject().value("limit").toString(), QStringLiteral("950.000000000"));
        QCOMPARE(change.value("user").toString(), costline::osUserName());
        QCOMPARE(change.value("hash").toString().size(), 64);
        QCOMPARE(all.last().toObject().value("object").toString(), QStringLiteral("source:audit-log"));
    }

    void listReadsADateWindowAndCsv()
    {
        QCOMPARE(entries(m_ws, {"--from", "2000-01-01", "--to", "2000-01-31"}).size(), 0);
        QCOMPARE(entries(m_ws, {"--from", "2000-01-01"}).size(), entries(m_ws).size());
        const CliRun csv = cli({"audit", "list", "--workspace", m_ws, "--format", "csv"});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("seq,at,user,action,object,before,after,prev_hash,hash\r\n"));
        QCOMPARE(cli({"audit", "list", "--workspace", m_ws, "--from", "2026-13-01"}).exitCode, 2);
    }

    void verifyPassesOnTheUntouchedTrail()
    {
        const CliRun r = cli({"audit", "verify", "--workspace", m_ws});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("audit trail intact: %1 entries").arg(entries(m_ws).size())), qPrintable(r.out));
    }

    void verifyNamesTheEditedEntry()
    {
        // Given a copy whose budget change was edited to read 9,500 dollars
        const QString copy = m_dir.filePath(QStringLiteral("edited.costline"));
        QVERIFY(QFile::copy(m_ws, copy));
        const QJsonArray all = entries(copy);
        qint64 seq = 0;
        for (const QJsonValue &v : all)
            seq = v.toObject().value("action").toString() == QLatin1String("budget.change") ? v.toObject().value("seq").toInteger() : seq;
        QVERIFY(seq > 0);
        const QByteArray sql = "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET after_json = replace(after_json, '950.', '9500.')"
                               " WHERE seq = " + QByteArray::number(seq);
        QVERIFY(execOn(copy, sql.constData()));
        // When it is verified
        const CliRun r = cli({"audit", "verify", "--workspace", copy});
        // Then it fails naming that entry; the JSON says the same
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("broken at entry %1: entry %1 does not match its hash").arg(seq)), qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(cli({"audit", "verify", "--workspace", copy, "--format", "json"}).out.toUtf8()).object();
        QCOMPARE(json.value("intact").toBool(), false);
        QCOMPARE(json.value("broken_entry").toInteger(), seq);
    }

    void verifyNamesADeletedEntry()
    {
        const QString copy = m_dir.filePath(QStringLiteral("deleted.costline"));
        QVERIFY(QFile::copy(m_ws, copy));
        QVERIFY(execOn(copy, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 3"));
        const CliRun r = cli({"audit", "verify", "--workspace", copy});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("broken at entry 3: entry 3 is missing"), qPrintable(r.err));
    }

    void deletingAReportIsRecorded()
    {
        // Given the chargeback written above, listed with its id
        const QString copy = m_dir.filePath(QStringLiteral("delete.costline"));
        QVERIFY(QFile::copy(m_ws, copy));
        const QJsonArray runs = QJsonDocument::fromJson(cli({"report", "runs", "--workspace", copy, "--format", "json"}).out.toUtf8())
                                    .object().value("runs").toArray();
        QCOMPARE(runs.size(), 1);
        const QString id = QString::number(runs.first().toObject().value("id").toInteger());
        QVERIFY(QFile::exists(m_dir.filePath("cb.csv")));
        // When it is deleted
        const CliRun r = cli({"report", "delete", id, "--workspace", copy});
        // Then its file is gone, the list is empty, and the trail says who deleted what
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath("cb.csv")));
        QCOMPARE(cli({"report", "runs", "--workspace", copy, "--format", "csv"}).out.count('\n'), 1);
        const QJsonObject last = entries(copy).last().toObject();
        QCOMPARE(last.value("action").toString(), QStringLiteral("report.delete"));
        QCOMPARE(last.value("before").toObject().value("file_deleted").toBool(), true);
        QCOMPARE(cli({"audit", "verify", "--workspace", copy}).exitCode, 0);
        // And an id that is not there says so
        const CliRun missing = cli({"report", "delete", "999", "--workspace", copy});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("no written report has id 999"), qPrintable(missing.err));
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
