#include "importers/usagecsvimporter.h"
#include "workspace/pricingstore.h"
#include "workspace/quarantinestore.h"
#include "workspacefixture.h"

#include <QTest>

using namespace costline;

namespace {

const QByteArray kHeader =
    "timestamp,event_id,provider,model,team,input_tokens,cached_input_tokens,output_tokens,requests,cost_usd,label.env\n";

QByteArray validRows()
{
    return kHeader
           + "2026-09-01T10:00:00Z,e1,openai,gpt-4o,search,1000,200,100,1,0.012345678,prod\n"
             "2026-09-01T11:00:00+02:00,e2,openai,gpt-4o,search,500,0,50,2,,\n"
             "1756724400000,e3,anthropic,claude,\"support, tier 2\",10,0,5,1,1.000000001,dev\n";
}

ImportResult importCsv(test::WorkspaceFixture &f, const QString &path, bool strict = false)
{
    ImportOptions options;
    options.strict = strict;
    return UsageCsvImporter(f.workspace()).importFile(path, options);
}

void priceGpt4o(test::WorkspaceFixture &f)
{
    PriceEntry e;
    e.provider = QStringLiteral("openai");
    e.modelPattern = QStringLiteral("gpt-4o");
    e.inputPerMTok = 2'500'000'000;
    e.cachedInputPerMTok = 1'250'000'000;
    e.outputPerMTok = 10'000'000'000;
    QString error;
    QVERIFY(PricingStore(f.workspace()).upsert(e, &error));
}

} // namespace

class tst_UsageCsvImporter final : public QObject
{
    Q_OBJECT

private slots:
    void importsAndPrices();
    void sameFileTwiceIsIdempotent();
    void revisionMovesTotalsByTheDelta();
    void quarantinesBadRows_data();
    void quarantinesBadRows();
    void strictImportsNothing();
    void missingRequiredColumnImportsNothing();
    void acceptsBomAndCrlf();
};

void tst_UsageCsvImporter::importsAndPrices()
{
    test::WorkspaceFixture f;
    priceGpt4o(f);
    const ImportResult r = importCsv(f, f.writeFile(QStringLiteral("u.csv"), validRows()));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.summaryLine(), QStringLiteral("imported 3 new, 0 updated, 0 quarantined"));
    const UsageTotals t = f.rawEventTotals();
    // e1 reported 0.012345678; e2 priced: 500×2.5e9/1e6 + 50×1e10/1e6 = 1 250 000 + 500 000 nano;
    // e3 reported 1.000000001 (its model has no price, but the row carries money).
    QCOMPARE(t.costNano, qint64(12'345'678 + 1'750'000 + 1'000'000'001));
    QCOMPARE(t.unpricedEvents, qint64(0));
    QCOMPARE(t.requests, qint64(4));
    QCOMPARE(t.inputTokens, qint64(1510));
    QCOMPARE(f.rollupDayTotals(), t);
}

void tst_UsageCsvImporter::sameFileTwiceIsIdempotent()
{
    test::WorkspaceFixture f;
    priceGpt4o(f);
    const QString path = f.writeFile(QStringLiteral("u.csv"), validRows());
    QVERIFY(importCsv(f, path).ok);
    const UsageTotals once = f.rawEventTotals();
    const ImportResult again = importCsv(f, path);
    QCOMPARE(again.summaryLine(), QStringLiteral("imported 0 new, 3 updated, 0 quarantined"));
    QCOMPARE(f.rawEventTotals(), once);
    QCOMPARE(f.rollupDayTotals(), once);
    QCOMPARE(f.rollupAllTotals(), once);
    QCOMPARE(f.eventCount(), qint64(3));
}

void tst_UsageCsvImporter::revisionMovesTotalsByTheDelta()
{
    test::WorkspaceFixture f;
    QVERIFY(importCsv(f, f.writeFile(QStringLiteral("u.csv"), validRows())).ok);
    // Given a revision of e1 (new cost, new day, new team) and e3 (new tokens)
    const QByteArray revised = kHeader
                               + "2026-09-02T09:00:00Z,e1,openai,gpt-4o,growth,1000,200,100,1,0.500000000,prod\n"
                                 "1756724400000,e3,anthropic,claude,support,20,0,5,1,1.000000001,dev\n";
    const ImportResult r = importCsv(f, f.writeFile(QStringLiteral("rev.csv"), revised));
    QCOMPARE(r.summaryLine(), QStringLiteral("imported 0 new, 2 updated, 0 quarantined"));
    // Then totals equal the revised rows' sum exactly (e2 is unpriced: no gpt-4o price here)
    const UsageTotals t = f.rawEventTotals();
    QCOMPARE(t.costNano, qint64(500'000'000 + 1'000'000'001));
    QCOMPARE(t.unpricedEvents, qint64(1));
    QCOMPARE(t.unpricedTokens, qint64(550));
    QCOMPARE(t.inputTokens, qint64(1520));
    QCOMPARE(f.rollupDayTotals(), t);
    QCOMPARE(f.rollupAllTotals(), t);
    QCOMPARE(f.eventCount(), qint64(3));
}

void tst_UsageCsvImporter::quarantinesBadRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("reason");
    QTest::newRow("bad time") << QByteArray("yesterday,b1,openai,gpt-4o,,1,0,1,1,,")
                              << QStringLiteral("timestamp 'yesterday' is not ISO 8601 with a zone (Z or +hh:mm) or epoch milliseconds");
    QTest::newRow("time without zone") << QByteArray("2026-09-01T10:00:00,b1,openai,gpt-4o,,1,0,1,1,,")
                                       << QStringLiteral("timestamp '2026-09-01T10:00:00' is not ISO 8601 with a zone (Z or +hh:mm) or epoch milliseconds");
    QTest::newRow("negative tokens") << QByteArray("2026-09-01T10:00:00Z,b1,openai,gpt-4o,,-5,0,1,1,,")
                                     << QStringLiteral("input_tokens '-5' is not a whole number of 0 or more");
    QTest::newRow("fractional tokens") << QByteArray("2026-09-01T10:00:00Z,b1,openai,gpt-4o,,1.5,0,1,1,,")
                                       << QStringLiteral("input_tokens '1.5' is not a whole number of 0 or more");
    QTest::newRow("bad money") << QByteArray("2026-09-01T10:00:00Z,b1,openai,gpt-4o,,1,0,1,1,12.3456789012,")
                               << QStringLiteral("cost_usd: '12.3456789012' has more than 9 fractional digits");
    QTest::newRow("money overflow") << QByteArray("2026-09-01T10:00:00Z,b1,openai,gpt-4o,,1,0,1,1,99999999999,")
                                    << QStringLiteral("cost_usd: '99999999999' is too large");
    QTest::newRow("missing event_id") << QByteArray("2026-09-01T10:00:00Z,,openai,gpt-4o,,1,0,1,1,,")
                                      << QStringLiteral("event_id is empty");
    QTest::newRow("too few fields") << QByteArray("2026-09-01T10:00:00Z,b1,openai")
                                    << QStringLiteral("the row has 3 fields, the header has 11");
    QTest::newRow("too many fields") << QByteArray("2026-09-01T10:00:00Z,b1,openai,gpt-4o,,1,0,1,1,,,extra")
                                     << QStringLiteral("the row has 12 fields, the header has 11");
    QTest::newRow("cached over input") << QByteArray("2026-09-01T10:00:00Z,b1,openai,gpt-4o,,10,20,1,1,,")
                                       << QStringLiteral("cached_input_tokens + cache_write_tokens (20) exceed input_tokens (10); input_tokens counts all input");
    QTest::newRow("unclosed quote") << QByteArray("2026-09-01T10:00:00Z,b1,openai,\"gpt-4o,,1,0,1,1,,")
                                    << QStringLiteral("a quoted field opened on line 5 is never closed");
}

void tst_UsageCsvImporter::quarantinesBadRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, reason);
    // Given three good rows and one bad row on line 5
    test::WorkspaceFixture f;
    const QString path = f.writeFile(QStringLiteral("bad.csv"), validRows() + row + '\n');
    const ImportResult r = importCsv(f, path);
    // Then the good rows land and the bad one is quarantined with file, line and reason
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.summaryLine(), QStringLiteral("imported 3 new, 0 updated, 1 quarantined"));
    QCOMPARE(f.eventCount(), qint64(3));
    const QList<QuarantinedRow> rows = QuarantineStore(f.workspace()).list(10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().file, path);
    QCOMPARE(rows.first().line, qint64(5));
    QCOMPARE(rows.first().reason, reason);
    QCOMPARE(rows.first().raw.toUtf8(), row);
}

void tst_UsageCsvImporter::strictImportsNothing()
{
    test::WorkspaceFixture f;
    const QString path = f.writeFile(QStringLiteral("bad.csv"), validRows() + "2026-09-01T10:00:00Z,,openai,gpt-4o,,1,0,1,1,,\n");
    const ImportResult r = importCsv(f, path, true);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("%1 line 5: event_id is empty; --strict: nothing was imported").arg(path));
    QCOMPARE(f.eventCount(), qint64(0));
    QCOMPARE(QuarantineStore(f.workspace()).count(), qint64(0));
    QCOMPARE(f.rollupDayTotals(), UsageTotals{});
}

void tst_UsageCsvImporter::missingRequiredColumnImportsNothing()
{
    test::WorkspaceFixture f;
    const QString path = f.writeFile(QStringLiteral("nocol.csv"), "timestamp,provider,model\n2026-09-01T10:00:00Z,openai,gpt-4o\n");
    const ImportResult r = importCsv(f, path);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("%1: missing required column 'event_id' (the header has: timestamp, provider, model); "
                                     "nothing was imported").arg(path));
    QCOMPARE(f.eventCount(), qint64(0));
}

void tst_UsageCsvImporter::acceptsBomAndCrlf()
{
    test::WorkspaceFixture f;
    QByteArray text = "\xEF\xBB\xBF" + validRows();
    text.replace("\n", "\r\n");
    const ImportResult r = importCsv(f, f.writeFile(QStringLiteral("bom.csv"), text));
    QCOMPARE(r.summaryLine(), QStringLiteral("imported 3 new, 0 updated, 0 quarantined"));
}

QTEST_GUILESS_MAIN(tst_UsageCsvImporter)
#include "tst_usagecsvimporter.moc"
