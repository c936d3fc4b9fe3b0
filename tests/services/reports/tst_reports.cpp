// The chargeback pack on a demo month: the PDF's text holds every section and the same
// total as SummaryQuery to the cent; the CSV's tables sum exactly to it; runs are recorded.
#include "core/money.h"
#include "core/utctime.h"
#include "reports/chargebackreport.h"
#include "reports/reportrenderer.h"
#include "reports/reportrunstore.h"
#include "signals/signaldetector.h"
#include "workspace/summaryquery.h"
#include "reporttesting.h"
#include "workspacefixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace costline;

namespace {

const QStringList kHeadings{QStringLiteral("Tenant summary"), QStringLiteral("API key summary"),
                            QStringLiteral("Model summary"), QStringLiteral("Provider summary"),
                            QStringLiteral("Daily breakdown"), QStringLiteral("Forecasts"), QStringLiteral("Anomalies")};

QList<QStringList> csvRows(const QByteArray &csv)
{
    QList<QStringList> rows;
    for (const QByteArray &line : csv.split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty())
            rows << text.split(QLatin1Char(',')); // the demo's names hold no commas
    }
    return rows;
}

} // namespace

class TestReports final : public QObject
{
    Q_OBJECT

private:
    test::WorkspaceFixture m_fixture;
    ReportRequest m_request;
    qint64 m_totalNano = 0;

private slots:
    void initTestCase()
    {
        const auto request = test::demoMonth(m_fixture.workspace(), QStringLiteral("chargeback"), 20'000, 60);
        QVERIFY(request);
        m_request = *request;
        EventFilter filter;
        filter.fromDay = m_request.fromDay;
        filter.toDay = m_request.toDay;
        m_totalNano = SummaryQuery(m_fixture.workspace()).run(filter, {}).totals.costNano;
        QVERIFY(m_totalNano > 0);
    }

    void pdfTextHasEverySectionAndTheTotal()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        // Given a chargeback pack for the month to date
        const QString pdf = m_fixture.filePath(QStringLiteral("chargeback.pdf"));
        QString error;
        const auto run = runReport(m_fixture.workspace(), m_request, ReportFormat::Pdf, pdf, QPageSize::A4, &error);
        QVERIFY2(run, qPrintable(error));
        // When its text is extracted
        const QString text = test::pdfText(pdf);
        // Then every section and the period total are in it, with page numbers
        // (once in the contents, once above the section itself)
        for (const QString &heading : kHeadings)
            QVERIFY2(text.count(heading) >= 2, qPrintable(heading));
        QVERIFY2(text.contains(test::expectedCents(m_totalNano)), qPrintable(test::expectedCents(m_totalNano)));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
        QVERIFY(text.contains(QStringLiteral("2026-11-01 – 2026-11-24")));
    }

    void csvTablesSumExactlyToTheTotal()
    {
        const QString csv = m_fixture.filePath(QStringLiteral("chargeback.csv"));
        QString error;
        QVERIFY2(runReport(m_fixture.workspace(), m_request, ReportFormat::Csv, csv, QPageSize::A4, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QMap<QString, qint64> sums;
        QMap<QString, qint64> totals;
        QMap<QString, int> costColumn;
        for (const QStringList &row : csvRows(file.readAll())) {
            if (row.first() == QLatin1String("section")) {
                costColumn.insert(QString(), int(row.indexOf(QStringLiteral("Cost (USD)"))));
                continue;
            }
            const int col = costColumn.value(QString());
            if (col < 0 || col >= row.size())
                continue;
            if (row.at(col).isEmpty())
                continue; // a group with no priced event: no amount, not $0
            const auto money = Money::parse(row.at(col).toUtf8());
            QVERIFY2(money, qPrintable(row.join(QLatin1Char(','))));
            QCOMPARE(row.at(col).section(QLatin1Char('.'), 1).size(), 9);
            if (row.at(1) == QLatin1String("Total"))
                totals.insert(row.first(), money->nano());
            else
                sums[row.first()] += money->nano();
        }
        for (const QString &heading : kHeadings.mid(0, 5)) {
            QCOMPARE(sums.value(heading), m_totalNano);
            QCOMPARE(totals.value(heading), m_totalNano);
        }
    }

    void tenantPackCoversOneTenant()
    {
        ReportRequest request = m_request;
        request.tenant = QStringLiteral("globex");
        const QByteArray csv = renderCsv(buildChargeback(m_fixture.workspace(), request));
        QVERIFY(csv.contains("globex"));
        QVERIFY(!csv.contains("initech,"));
    }

    void anomalyColumnsAreWhatTheDetectorFound()
    {
        // Given the pack's anomaly table and the detector's own anomalies for the period
        const Report report = buildChargeback(m_fixture.workspace(), m_request);
        const ReportSection &table = report.sections.last();
        QCOMPARE(table.heading, QStringLiteral("Anomalies"));
        QStringList titles;
        for (const ReportColumn &c : table.columns)
            titles << c.title;
        QCOMPARE(titles, (QStringList{"From", "To", "Days", "Scope", "Cost in those days (USD)", "Expected (USD)",
                                      "Above expected", "Excess (USD)", "State"}));
        QList<Signal> anomalies = SignalDetector(m_fixture.workspace()).detect(m_request.toDay, m_request.nowMs);
        anomalies.removeIf([this](const Signal &s) {
            return s.kind != Signal::Kind::Anomaly || s.lastDay < m_request.fromDay || s.day > m_request.toDay;
        });
        // Then each row is one of them, in order, and each column holds what its title says
        QCOMPARE(table.rows.size(), anomalies.size());
        bool sawRun = false, sawTenantModel = false;
        for (int i = 0; i < anomalies.size(); ++i) {
            const Signal &sig = anomalies.at(i);
            const QVariantList &row = table.rows.at(i);
            QCOMPARE(row.at(0).toString(), utc::formatDate(sig.day));
            QCOMPARE(row.at(1).toString(), utc::formatDate(sig.lastDay));
            QCOMPARE(row.at(2).toLongLong(), sig.lastDay - sig.day + 1);
            // the cost is the scope's whole cost over the run's days, as the rollups sum it
            EventFilter scope{sig.day, sig.lastDay, {}};
            for (auto it = sig.scope.cbegin(); it != sig.scope.cend(); ++it)
                scope.where.insert(*dimensionFromName(it.key()), {it.value()});
            const qint64 runCost = SummaryQuery(m_fixture.workspace()).run(scope, {}).totals.costNano;
            QCOMPARE(row.at(4).toLongLong(), runCost);
            QCOMPARE(row.at(4).toLongLong(), sig.currentNano);
            QCOMPARE(row.at(5).toLongLong(), sig.baselineNano);
            QCOMPARE(row.at(6).toDouble(), sig.deviationPct);
            QCOMPARE(row.at(7).toLongLong(), sig.currentNano - sig.baselineNano);
            QCOMPARE(row.at(7).toLongLong(), sig.moneyAtStakeNano);
            if (sig.lastDay > sig.day) {
                // a run of days is not the cost of its last day
                scope.fromDay = sig.lastDay;
                QVERIFY(row.at(4).toLongLong() > SummaryQuery(m_fixture.workspace()).run(scope, {}).totals.costNano);
                sawRun = true;
            }
            sawTenantModel = sawTenantModel || (sig.scope.contains(QStringLiteral("tenant")) && sig.scope.contains(QStringLiteral("model")));
        }
        // The demo's two-day tenant spike is a run, and it shows by tenant × model too
        QVERIFY(sawRun);
        QVERIFY(sawTenantModel);
    }

    void runsAreRecordedWithTheFileHash()
    {
        const QList<ReportRun> runs = ReportRunStore(m_fixture.workspace()).list();
        QVERIFY(!runs.isEmpty());
        for (const ReportRun &run : runs) {
            QFile file(run.file);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(run.sha256, QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
            QCOMPARE(run.parameters, QStringLiteral("from=2026-11-01 to=2026-11-24"));
        }
    }

    void letterPagesToo()
    {
        const QString pdf = m_fixture.filePath(QStringLiteral("drivers-letter.pdf"));
        ReportRequest request = m_request;
        request.kind = QStringLiteral("drivers");
        QString error;
        QVERIFY2(runReport(m_fixture.workspace(), request, ReportFormat::Pdf, pdf, QPageSize::Letter, &error), qPrintable(error));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
