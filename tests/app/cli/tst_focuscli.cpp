#include "clirun.h"
#include "workspacefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// `costline-cli import focus` and `source set --cost-basis` as an analyst runs them: an
// import that fell short fails loudly, and a FOCUS source counts the cost column chosen.
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

    void theCostBasisIsChosenPerSourceAndNamedInTheSummary()
    {
        // Given the FinOps Foundation's FOCUS sample, counted as billed
        const QString sample = qEnvironmentVariable("COSTLINE_TEST_DATA") + QStringLiteral("/focus/v1.0/focus_sample_1000.csv");
        QCOMPARE(cli({"import", "focus", sample, "--source", "clouds", "--workspace", m_ws}).exitCode, 0);
        QCOMPARE(totalCost(), QStringLiteral("20.520226729"));
        // When the analyst chooses the amortised view
        CliRun r = cli({"source", "set", "clouds", "--cost-basis", "effective", "--workspace", m_ws});
        QCOMPARE(r.exitCode, 0);
        // 620 rows whose two costs differ, and 21 whose last nano-dollar moves with the carried remainder
        QCOMPARE(r.out, QStringLiteral("source 'clouds' now counts EffectiveCost: 641 of 1000 events moved\n"));
        // Then the total is the file's own EffectiveCost sum, and the summary says which basis it counts
        QCOMPARE(totalCost(), QStringLiteral("14.976514186"));
        r = cli({"summary", "--by", "provider", "--from", "2024-09-01", "--to", "2024-09-30", "--workspace", m_ws});
        QVERIFY2(r.out.endsWith(QStringLiteral("cost basis: clouds: EffectiveCost\n")), qPrintable(r.out));
        r = cli({"summary", "--format", "json", "--workspace", m_ws});
        const QJsonArray basis = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("cost_basis")).toArray();
        QCOMPARE(basis.size(), 1);
        QCOMPARE(basis.first().toObject().value(QStringLiteral("column")).toString(), QStringLiteral("EffectiveCost"));
        // And a basis that does not exist is a usage error naming the ones that do
        r = cli({"source", "set", "clouds", "--cost-basis", "amortized", "--workspace", m_ws});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("use one of billed, effective, list, contracted")), qPrintable(r.err));
    }

private:
    QString write(const char *name, const QByteArray &text) { return m_files->writeFile(QString::fromLatin1(name), text); }

    QString totalCost()
    {
        const CliRun r = cli({"summary", "--from", "2024-09-01", "--to", "2024-09-30", "--format", "json", "--workspace", m_ws});
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        return summary.value(QStringLiteral("totals")).toObject().value(QStringLiteral("cost")).toString();
    }

    std::unique_ptr<costline::test::WorkspaceFixture> m_files;
    QString m_ws;
};

QTEST_GUILESS_MAIN(tst_FocusCli)
#include "tst_focuscli.moc"
