// costline-cli report showback and report focus on a demo month, through the executable:
// the showback's owners and totals are `allocation showback`'s to the nano-dollar, the
// FOCUS file sums to `summary` and imports back to the same summary, and a FOCUS PDF is a
// usage error that says what to do instead.
#include "core/csvreader.h"
#include "core/money.h"

#include <QFile>
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace costline;

namespace {

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    QList<QStringList> rows;
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    CsvReader reader(&file);
    while (reader.next()) {
        QStringList fields;
        for (const QByteArrayView f : reader.fields())
            fields << QString::fromUtf8(f);
        rows << fields;
    }
    return rows;
}

const QStringList kPeriod{QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-24")};

} // namespace

class TestReportCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ws;

    QJsonObject json(const QStringList &command)
    {
        const CliRun r = cli(command + QStringList{QStringLiteral("--workspace"), m_ws, QStringLiteral("--format"), QStringLiteral("json")} + kPeriod);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("demo.costline"));
        QCOMPARE(cli({"demo", "--out", m_ws, "--events", "20000", "--days", "45", "--end", "2026-11-24"}).exitCode, 0);
        QCOMPARE(cli({"allocation", "add-rule", "--workspace", m_ws, "--field", "feature", "--pattern", "doc-*", "--owner",
                      "product:knowledge-base"}).exitCode, 0);
        QCOMPARE(cli({"allocation", "apply", "--workspace", m_ws}).exitCode, 0);
        QCOMPARE(cli({"allocation", "add-pool", "--workspace", m_ws, "--name", "gpu", "--amount", "100", "--driver", "requests"}).exitCode, 0);
    }

    void showbackCsvIsTheAllocationShowback()
    {
        const QString out = m_dir.filePath(QStringLiteral("showback.csv"));
        const CliRun r = cli(QStringList{"report", "showback", "--workspace", m_ws, "--format", "csv", "--out", out} + kPeriod);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject expected = json({"allocation", "showback"});
        QMap<QString, QString> owners;
        for (const QJsonValue &o : expected.value("owners").toArray())
            owners.insert(o.toObject().value("owner").toString(), o.toObject().value("cost").toString());
        QMap<QString, QString> written;
        QString total;
        for (const QStringList &row : readCsv(out)) {
            if (row.first() != QLatin1String("Owners"))
                continue;
            if (row.at(1) == QLatin1String("Total"))
                total = row.at(6);
            else if (row.at(1) == QLatin1String("Unallocated"))
                QCOMPARE(row.at(6), expected.value("unallocated").toString());
            else
                written.insert(row.at(1), row.at(6));
        }
        QCOMPARE(written, owners);
        QCOMPARE(total, expected.value("total").toString());
        QVERIFY(owners.contains(QStringLiteral("product:knowledge-base")));
    }

    void showbackPdfHasEveryHeading()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString out = m_dir.filePath(QStringLiteral("showback.pdf"));
        const CliRun r = cli(QStringList{"report", "showback", "--workspace", m_ws, "--out", out, "--page", "letter"} + kPeriod);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("(pdf, sha256 ")));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), out, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60'000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        for (const char *heading : {"Showback by owner", "Owners", "Confidence mix", "Cost pools", "Reconciliation to the period's spend"})
            QVERIFY2(text.contains(QLatin1String(heading)), heading);
        // The total to the cent, from the CLI's exact decimal.
        const qint64 nano = Money::parse(json({"allocation", "showback"}).value("total").toString().toUtf8())->nano();
        const qint64 cents = (nano + 5'000'000) / 10'000'000;
        QVERIFY(text.contains(QStringLiteral("$%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'))));
    }

    void focusCsvSumsToTheSummaryAndImportsBack()
    {
        // Given the FOCUS export, CSV without asking
        const QString out = m_dir.filePath(QStringLiteral("focus.csv"));
        const CliRun r = cli(QStringList{"report", "focus", "--workspace", m_ws, "--out", out} + kPeriod);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("(csv, sha256 ")));
        // Then its BilledCost sums to the summary exactly
        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows.first().first(), QStringLiteral("BilledCost"));
        QVERIFY(rows.first().contains(QStringLiteral("x_CostState")));
        qint64 billed = 0;
        for (const QStringList &row : rows.mid(1))
            billed += Money::parse(row.first().toUtf8())->nano();
        const QJsonObject summary = json({"summary"}).value("totals").toObject();
        QCOMPARE(Money::fromNano(billed).toDecimalString(), summary.value("cost").toString());
        // And imported into another workspace it gives the same summary
        const QString other = m_dir.filePath(QStringLiteral("other.costline"));
        const CliRun imported = cli({"import", "focus", out, "--workspace", other});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const CliRun again = cli(QStringList{"summary", "--workspace", other, "--format", "json"} + kPeriod);
        const QJsonObject back = QJsonDocument::fromJson(again.out.toUtf8()).object().value("totals").toObject();
        for (const char *field : {"cost", "requests", "input_tokens", "cached_input_tokens", "output_tokens", "reasoning_tokens"})
            QCOMPARE(back.value(QLatin1String(field)), summary.value(QLatin1String(field)));
    }

    void focusAsPdfIsAUsageError()
    {
        const QString out = m_dir.filePath(QStringLiteral("focus.pdf"));
        const CliRun r = cli(QStringList{"report", "focus", "--workspace", m_ws, "--format", "pdf", "--out", out} + kPeriod);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("the FOCUS export is a CSV file for other FinOps tools and has no PDF; use --format csv")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
