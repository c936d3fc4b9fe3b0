// A gateway's audit/access log in JSON lines: the constructed real-format sample, every kind
// of bad line quarantined with its reason, secrets kept out, and a file of which nothing
// could be read failing loudly.
#include "importers/accesslogimporter.h"
#include "core/utctime.h"
#include "workspace/accesseventstore.h"
#include "workspace/quarantinestore.h"
#include "workspacefixture.h"

#include <QTest>

#include <limits>

using namespace costline;

namespace {

const QString kSample = QStringLiteral(COSTLINE_ACCESS_LOG_SAMPLE);
constexpr qint64 kAllTime = std::numeric_limits<qint64>::max();

QByteArray goodLine(const QByteArray &id, const QByteArray &extra = {})
{
    // Plain literals: moc reads a raw string with an odd number of quotes as an open string.
    return "{\"request_id\":\"" + id + "\",\"timestamp\":\"2026-11-02T10:00:00Z\",\"action\":\"chat\",\"decision\":\"allow\"" + extra + "}";
}

} // namespace

class TestAccessLogImporter final : public QObject
{
    Q_OBJECT

private slots:
    void importsTheRealFormatSample()
    {
        // Given the sample built from Kong's and LiteLLM's documented log records
        test::WorkspaceFixture f;
        // When it is imported twice
        const ImportResult first = AccessLogImporter(f.workspace()).importFile(kSample, {});
        const ImportResult again = AccessLogImporter(f.workspace()).importFile(kSample, {});
        // Then every line is an event, and the second import replaces instead of doubling
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.inserted, 8);
        QCOMPARE(first.quarantined, 0);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 8);
        const QList<AccessEvent> events = AccessEventStore(f.workspace()).events(0, kAllTime);
        QCOMPARE(events.size(), 8);
        // Epoch milliseconds and ISO times both read exactly
        QCOMPARE(events.first().requestId, QStringLiteral("2f6946328ffc4946b8c9120704a4a155"));
        QCOMPARE(events.first().timestampMs, 1726783839538);
        QCOMPARE(events.at(1).timestampMs, *utc::parseTimestamp("2024-09-19T22:10:41.719Z"));
        const auto denied = std::count_if(events.cbegin(), events.cend(), [](const AccessEvent &e) { return !e.allowed; });
        QCOMPARE(denied, 2);
        const AccessEvent &blocked = events.at(4);
        QCOMPARE(blocked.policy, QStringLiteral("presidio-pii"));
        QCOMPARE(blocked.tenant, QStringLiteral("acme-eu"));
        QCOMPARE(blocked.dataRegion, QStringLiteral("eu-west-1"));
        QCOMPARE(blocked.status, 400);
        QCOMPARE(events.last().dataRegion, QString());
        QCOMPARE(AccessEventStore(f.workspace()).events(0, kAllTime, QStringLiteral("acme-us")).size(), 2);
    }

    void badLinesAreQuarantined_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("request_id=1") << "not JSON";
        QTest::newRow("an array") << QByteArray("[1,2]") << "not a JSON object";
        QTest::newRow("no request id") << QByteArray(R"({"timestamp":1,"action":"chat","decision":"allow"})") << "request_id is missing";
        QTest::newRow("no action") << QByteArray(R"({"request_id":"r","timestamp":1,"decision":"allow"})") << "action is missing";
        QTest::newRow("no timestamp") << QByteArray(R"({"request_id":"r","action":"chat","decision":"allow"})") << "timestamp is missing";
        QTest::newRow("a time without a zone") << QByteArray(R"({"request_id":"r","timestamp":"2026-11-02T10:00:00","action":"chat","decision":"allow"})")
                                              << "timestamp is neither";
        QTest::newRow("a fractional epoch") << QByteArray(R"({"request_id":"r","timestamp":1.5,"action":"chat","decision":"allow"})")
                                           << "timestamp is neither";
        QTest::newRow("a time past 2109") << QByteArray(R"({"request_id":"r","timestamp":"2200-01-01T00:00:00Z","action":"chat","decision":"allow"})")
                                         << "outside 1970–2109";
        QTest::newRow("no decision") << QByteArray(R"({"request_id":"r","timestamp":1,"action":"chat"})") << "decision is missing";
        QTest::newRow("an unknown decision") << QByteArray(R"({"request_id":"r","timestamp":1,"action":"chat","decision":"maybe"})")
                                            << "decision 'maybe' is neither allow nor deny";
        QTest::newRow("a numeric tenant") << QByteArray(R"({"request_id":"r","timestamp":1,"action":"chat","decision":"allow","tenant":7})")
                                         << "tenant must be a string";
        QTest::newRow("a status out of range") << QByteArray(R"({"request_id":"r","timestamp":1,"action":"chat","decision":"allow","status":42})")
                                              << "status must be an HTTP status code";
        QTest::newRow("an overlong principal") << goodLine("r", ",\"principal\":\"" + QByteArray(600, 'p') + "\"")
                                              << "principal is longer than 512 characters";
        QTest::newRow("a line over 1 MiB") << goodLine("r", ",\"reason\":\"" + QByteArray(1100 * 1000, 'x') + "\"")
                                          << "the line is longer than 1 MiB";
    }

    void badLinesAreQuarantined()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reason);
        // Given a good line, the bad one on line 3 after a blank line, and another good line
        test::WorkspaceFixture f;
        const QString path = f.writeFile(QStringLiteral("log.jsonl"), goodLine("a") + "\r\n\r\n" + line + "\n" + goodLine("b") + "\n");
        // When it is imported
        const ImportResult r = AccessLogImporter(f.workspace()).importFile(path, {});
        // Then the good lines are in and the bad one is kept with file, line and reason
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inserted, 2);
        QCOMPARE(r.quarantined, 1);
        const QList<QuarantinedRow> rows = QuarantineStore(f.workspace()).list(10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().file, path);
        QCOMPARE(rows.first().line, 3);
        QCOMPARE(rows.first().source, QStringLiteral("audit-log"));
        QVERIFY2(rows.first().reason.contains(reason), qPrintable(rows.first().reason));
        QVERIFY(rows.first().raw.size() <= 4096);
    }

    void aSecretInTheKeyIdIsMasked()
    {
        test::WorkspaceFixture f;
        const QString path = f.writeFile(QStringLiteral("log.jsonl"), goodLine("a", R"(,"key_id":"sk-proj-abcdefghijklmnopqrstuv9876")") + "\n");
        QVERIFY(AccessLogImporter(f.workspace()).importFile(path, {}).ok);
        QCOMPARE(AccessEventStore(f.workspace()).events(0, kAllTime).first().keyId, QStringLiteral("sk-...9876"));
    }

    void strictRefusesTheWholeFile()
    {
        test::WorkspaceFixture f;
        const QString path = f.writeFile(QStringLiteral("log.jsonl"), goodLine("a") + "\n{\"request_id\":\"b\"}\n");
        ImportOptions strict;
        strict.strict = true;
        const ImportResult r = AccessLogImporter(f.workspace()).importFile(path, strict);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("line 2")) && r.error.contains(QLatin1String("nothing was imported")), qPrintable(r.error));
        QCOMPARE(AccessEventStore(f.workspace()).count(), 0);
        QCOMPARE(QuarantineStore(f.workspace()).count(), 0);
    }

    void aFileWithNoGoodLineFails()
    {
        // Given a non-empty file in another format
        test::WorkspaceFixture f;
        const QString path = f.writeFile(QStringLiteral("spend.csv"), "request_id,spend\nr1,0.2\nr2,0.3\n");
        // When it is imported
        const ImportResult r = AccessLogImporter(f.workspace()).importFile(path, {});
        // Then the import fails naming the count and the first reasons, and keeps the lines
        QVERIFY(!r.ok);
        QCOMPARE(r.quarantined, 3);
        QVERIFY2(r.error.contains(QLatin1String("no line is a gateway access record (3 quarantined; line 1: not JSON")), qPrintable(r.error));
        QCOMPARE(QuarantineStore(f.workspace()).count(), 3);
    }

    void anEmptyFileImportsNothingQuietly()
    {
        test::WorkspaceFixture f;
        const ImportResult r = AccessLogImporter(f.workspace()).importFile(f.writeFile(QStringLiteral("empty.jsonl"), "\n\n"), {});
        QVERIFY(r.ok);
        QCOMPARE(r.inserted, 0);
    }

    void aMissingFileSaysWhere()
    {
        test::WorkspaceFixture f;
        const ImportResult r = AccessLogImporter(f.workspace()).importFile(f.filePath(QStringLiteral("nope.jsonl")), {});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("cannot read")) && r.error.contains(QLatin1String("nope.jsonl")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestAccessLogImporter)
#include "tst_accesslogimporter.moc"
