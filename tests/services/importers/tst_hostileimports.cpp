// Files with values no real export carries: each row is an input the fuzzers (fuzz/) found
// overflowing the ingest. The row is quarantined with a reason the analyst can act on, the
// sound rows land, and the rollups still add up to the events.
#include "importers/usagecsvimporter.h"
#include "workspace/quarantinestore.h"
#include "workspacefixture.h"

#include <QTest>

using namespace costline;

class TestHostileImports final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void absurdRowsAreQuarantined_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<qint64>("inserted");
        QTest::addColumn<QString>("reason");

        // Dollars where micro-dollars were meant: two rows would overflow the day's total.
        QTest::newRow("two nine-billion-dollar rows")
            << QByteArray("2025-01-01T00:00:00Z,a,openai,gpt-4o,,,9000000000\n"
                          "2025-01-01T00:00:00Z,b,openai,gpt-4o,,,9000000000\n")
            << qint64(0)
            << "cost 9000000000.000000000 is beyond the $100,000,000 one event may carry; check the column's unit";
        QTest::newRow("negative cost beyond the limit")
            << QByteArray("2025-01-01T00:00:00Z,a,openai,gpt-4o,,,-100000000.000000001\n") << qint64(0)
            << "cost -100000000.000000001 is beyond the $100,000,000 one event may carry; check the column's unit";
        QTest::newRow("a cost at the limit lands")
            << QByteArray("2025-01-01T00:00:00Z,a,openai,gpt-4o,,,100000000\n") << qint64(1) << QString();
        QTest::newRow("input tokens beyond 10^15")
            << QByteArray("2025-01-01T00:00:00Z,a,openai,gpt-4o,1000000000000001,0,\n"
                          "2025-01-01T00:00:00Z,b,openai,gpt-4o,10,5,\n")
            << qint64(1) << "token and request counts above 10^15 are not one event's usage; check the column's unit";
        QTest::newRow("output tokens beyond 10^15")
            << QByteArray("2025-01-01T00:00:00Z,a,openai,gpt-4o,0,999999999999999999,\n") << qint64(0)
            << "token and request counts above 10^15 are not one event's usage; check the column's unit";
    }

    void absurdRowsAreQuarantined()
    {
        QFETCH(QByteArray, rows);
        QFETCH(qint64, inserted);
        QFETCH(QString, reason);
        // Given a usage CSV with absurd values
        test::WorkspaceFixture f;
        const QString path = f.writeFile(QStringLiteral("absurd.csv"),
                                         "timestamp,event_id,provider,model,input_tokens,output_tokens,cost_usd\n" + rows);
        // When it is imported
        const ImportResult r = UsageCsvImporter(f.workspace()).importFile(path, {});
        // Then the absurd rows are quarantined with the reason and the rest lands
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inserted, inserted);
        const QList<QuarantinedRow> refused = QuarantineStore(f.workspace()).list(10);
        QCOMPARE(refused.isEmpty() ? QString() : refused.first().reason, reason);
        QCOMPARE(f.rollupDayTotals(), f.rawEventTotals());
    }
};

QTEST_GUILESS_MAIN(TestHostileImports)
#include "tst_hostileimports.moc"
