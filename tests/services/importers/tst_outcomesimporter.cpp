#include "importers/outcomesimporter.h"
#include "workspace/quarantinestore.h"
#include "workspace/sqlitestatement.h"
#include "workspacefixture.h"

#include <QTest>

using namespace costline;

class TestOutcomesImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsLandAndBadOnesAreQuarantined()
    {
        // Given an outcomes CSV with a bad timestamp and a bad value among good rows
        test::WorkspaceFixture f;
        const QString path = f.writeFile(QStringLiteral("outcomes.csv"),
            "timestamp,outcome_id,kind,trace_id,feature,customer,value_usd\n"
            "2026-09-01T10:00:00Z,o1,ticket_resolved,4BF9,support-bot,acme,12.50\n"
            "2026-09-01T11:00:00Z,o2,sale,,checkout,globex,0.000000001\n"
            "yesterday,o3,sale,,checkout,globex,1\n"
            "2026-09-02T11:00:00Z,o4,sale,,checkout,globex,1.0000000001\n");
        // When it is imported
        const ImportResult r = OutcomesImporter(f.workspace()).importFile(path, {});
        // Then the good rows are stored exactly and the bad ones are quarantined with their line
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inserted, 2);
        QCOMPARE(r.quarantined, 2);
        SqliteStatement st(f.workspace().db(), "SELECT count(*), sum(value) FROM outcomes");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), 2);
        QCOMPARE(st.int64(1), 12'500'000'001);
        const QList<QuarantinedRow> bad = QuarantineStore(f.workspace()).list(10);
        QCOMPARE(bad.size(), 2);
        QList<qint64> lines{bad.at(0).line, bad.at(1).line};
        std::sort(lines.begin(), lines.end());
        QCOMPARE(lines, (QList<qint64>{4, 5}));
    }

    void reimportReplacesByOutcomeId()
    {
        test::WorkspaceFixture f;
        const QByteArray csv = "timestamp,outcome_id,kind,value_usd\n2026-09-01T10:00:00Z,o1,sale,3\n";
        QVERIFY(OutcomesImporter(f.workspace()).importFile(f.writeFile(QStringLiteral("a.csv"), csv), {}).ok);
        QVERIFY(OutcomesImporter(f.workspace()).importFile(f.writeFile(QStringLiteral("b.csv"), csv), {}).ok);
        SqliteStatement st(f.workspace().db(), "SELECT count(*), sum(value) FROM outcomes");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), 1);
        QCOMPARE(st.int64(1), 3'000'000'000);
    }

    void missingColumnImportsNothing()
    {
        test::WorkspaceFixture f;
        const ImportResult r = OutcomesImporter(f.workspace()).importFile(f.writeFile(QStringLiteral("x.csv"), "timestamp,kind\n"), {});
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("outcome_id")));
    }
};

QTEST_GUILESS_MAIN(TestOutcomesImporter)
#include "tst_outcomesimporter.moc"
