// Importing a file again quarantines its bad rows again, never twice.
#include "importers/focusimporter.h"
#include "importers/outcomesimporter.h"
#include "importers/usagecsvimporter.h"
#include "workspace/quarantinestore.h"
#include "workspacefixture.h"

#include <QTest>

using namespace costline;

namespace {

struct Kind
{
    QByteArray bad;   // a file with one good row and two bad ones
    QByteArray fixed; // the same file after the analyst fixed one bad row
};

Kind fileOf(const QString &kind)
{
    if (kind == QLatin1String("focus"))
        return {"BilledCost,ChargePeriodStart,ProviderName,ServiceName\n1.50,2024-09-18 22:00:00,AWS,S3\n"
                "oops,2024-09-18 22:00:00,AWS,S3\n2.00,not a date,AWS,S3\n",
                "BilledCost,ChargePeriodStart,ProviderName,ServiceName\n1.50,2024-09-18 22:00:00,AWS,S3\n"
                "0.50,2024-09-18 22:00:00,AWS,S3\n2.00,not a date,AWS,S3\n"};
    if (kind == QLatin1String("outcomes"))
        return {"timestamp,outcome_id,kind,trace_id,feature,customer,value_usd\n2026-09-01T10:00:00Z,o1,sale,,f,c,1\n"
                "yesterday,o2,sale,,f,c,1\n2026-09-01T10:00:00Z,o3,sale,,f,c,lots\n",
                "timestamp,outcome_id,kind,trace_id,feature,customer,value_usd\n2026-09-01T10:00:00Z,o1,sale,,f,c,1\n"
                "2026-09-01T11:00:00Z,o2,sale,,f,c,1\n2026-09-01T10:00:00Z,o3,sale,,f,c,lots\n"};
    return {"timestamp,event_id,provider,model,cost_usd\n2026-09-01T10:00:00Z,e1,openai,gpt-4o,1\n"
            "yesterday,e2,openai,gpt-4o,1\n2026-09-01T10:00:00Z,e3,openai,gpt-4o,lots\n",
            "timestamp,event_id,provider,model,cost_usd\n2026-09-01T10:00:00Z,e1,openai,gpt-4o,1\n"
            "2026-09-01T11:00:00Z,e2,openai,gpt-4o,1\n2026-09-01T10:00:00Z,e3,openai,gpt-4o,lots\n"};
}

ImportResult importAs(test::WorkspaceFixture &f, const QString &kind, const QString &path)
{
    if (kind == QLatin1String("focus"))
        return FocusImporter(f.workspace()).importFile(path, {});
    if (kind == QLatin1String("outcomes"))
        return OutcomesImporter(f.workspace()).importFile(path, {});
    return UsageCsvImporter(f.workspace()).importFile(path, {});
}

} // namespace

class tst_QuarantineReimport final : public QObject
{
    Q_OBJECT

private slots:
    void refusedRowsAreKeptOnce_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("usage CSV") << QStringLiteral("csv");
        QTest::newRow("FOCUS") << QStringLiteral("focus");
        QTest::newRow("outcomes") << QStringLiteral("outcomes");
    }

    void refusedRowsAreKeptOnce()
    {
        QFETCH(QString, kind);
        // Given a file with two bad rows, imported once
        test::WorkspaceFixture f;
        const QString path = f.writeFile(QStringLiteral("file.csv"), fileOf(kind).bad);
        QCOMPARE(importAs(f, kind, path).quarantined, 2);
        QCOMPARE(QuarantineStore(f.workspace()).count(), 2);
        // When the same file is imported again, its bad rows are still the file's two
        QCOMPARE(importAs(f, kind, path).quarantined, 2);
        QCOMPARE(QuarantineStore(f.workspace()).count(), 2);
        // And once one row is fixed, only the row still bad stays quarantined
        f.writeFile(QStringLiteral("file.csv"), fileOf(kind).fixed);
        QCOMPARE(importAs(f, kind, path).quarantined, 1);
        const QList<QuarantinedRow> rows = QuarantineStore(f.workspace()).list(10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().line, 4);
    }

    void anotherFileKeepsItsOwn()
    {
        // Quarantined rows of one file are not forgotten by importing another
        test::WorkspaceFixture f;
        QCOMPARE(importAs(f, QStringLiteral("csv"), f.writeFile(QStringLiteral("a.csv"), fileOf(QStringLiteral("csv")).bad)).quarantined, 2);
        QCOMPARE(importAs(f, QStringLiteral("csv"), f.writeFile(QStringLiteral("b.csv"), fileOf(QStringLiteral("csv")).bad)).quarantined, 2);
        QCOMPARE(QuarantineStore(f.workspace()).count(), 4);
    }
};

QTEST_GUILESS_MAIN(tst_QuarantineReimport)
#include "tst_quarantinereimport.moc"
