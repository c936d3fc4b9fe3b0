#include "clirun.h"
#include "workspacefixture.h"

#include <QTest>

// `costline-cli import focus` as an analyst runs it: an import that fell short fails loudly.
class tst_FocusCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_files = std::make_unique<costline::test::WorkspaceFixture>();
        m_ws = m_files->filePath(QStringLiteral("cli.costline"));
    }
    void cleanup() { m_files.reset(); }

    void anImportOfNothingFailsWithTheFirstReasons()
    {
        // Given a FOCUS file whose four rows all carry a time no producer writes
        const QString file = write("nothing.csv", "BilledCost,ChargePeriodStart\n"
                                                  "1.00,yesterday\n2.00,today\n3.00,tomorrow\n4.00,soon\n");
        // When it is imported
        CliRun r = cli({"import", "focus", file, "--workspace", m_ws});
        // Then the command fails with the count and the first three reasons, the fourth left out
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QStringLiteral("imported 0 new, 0 updated, 4 quarantined\n"));
        QVERIFY2(r.err.startsWith(QStringLiteral("costline-cli import: %1: nothing was imported: all 4 rows were refused; "
                                                 "first reasons: line 2: ChargePeriodStart 'yesterday' is not a FOCUS "
                                                 "date-time").arg(file)),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("line 4: ChargePeriodStart 'tomorrow'")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("'soon'")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("or pass --allow-partial to accept a partial import")), qPrintable(r.err));
        // And accepted on purpose, it succeeds and still says where the refused rows are
        r = cli({"import", "focus", file, "--allow-partial", "--workspace", m_ws});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("4 bad rows were quarantined")), qPrintable(r.err));
    }

    void anImportRefusingMoreThanHalfFails()
    {
        // Given three bad rows out of five
        const QString file = write("mostly.csv", "BilledCost,ChargePeriodStart\n1.00,2024-09-18 22:00:00\n"
                                                 "x,2024-09-18 22:00:00\n2.00,2024-09-18T22:00:00Z\ny,2024-09-18\nz,2024-09-18\n");
        const CliRun r = cli({"import", "focus", file, "--workspace", m_ws});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("3 of 5 rows were refused, more than half; 2 were imported; first reasons: "
                                               "line 3: BilledCost 'x' is not a decimal amount")),
                 qPrintable(r.err));
        // Half or less is a normal import with quarantined rows
        const QString half = write("half.csv", "BilledCost,ChargePeriodStart\n1.00,2024-09-18\nx,2024-09-18\n");
        QCOMPARE(cli({"import", "focus", half, "--workspace", m_ws}).exitCode, 0);
    }

private:
    QString write(const char *name, const QByteArray &text) { return m_files->writeFile(QString::fromLatin1(name), text); }

    std::unique_ptr<costline::test::WorkspaceFixture> m_files;
    QString m_ws;
};

QTEST_GUILESS_MAIN(tst_FocusCli)
#include "tst_focuscli.moc"
