// Charts in reports: money ticks, bars proportional to the amounts, and in the PDF a drawing
// that is really there (rasterised pages hold the bar colour only when a section has a
// chart) and stays inside the page margins on A4 and Letter.
#include "core/money.h"
#include "core/utctime.h"
#include "reports/chargebackreport.h"
#include "reports/reportchart.h"
#include "reports/reportrenderer.h"
#include "reporttesting.h"
#include "workspacefixture.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace costline;

namespace {

const QColor kPrimary(0x2f, 0x66, 0x90); // the chart's primary series colour

bool isPrimary(QRgb pixel)
{
    return qAbs(qRed(pixel) - kPrimary.red()) <= 6 && qAbs(qGreen(pixel) - kPrimary.green()) <= 6
           && qAbs(qBlue(pixel) - kPrimary.blue()) <= 6;
}

ReportSection daySection(const QList<qint64> &dollars)
{
    ReportSection s;
    s.heading = QStringLiteral("Daily");
    s.columns = {{QStringLiteral("Day"), ColumnKind::Text}, {QStringLiteral("Cost (USD)"), ColumnKind::Money}};
    for (qsizetype i = 0; i < dollars.size(); ++i)
        s.rows << QVariantList{utc::formatDate(*utc::parseDate("2026-11-01") + i), dollars.at(i) * Money::kNanoPerUsd};
    s.chart = ReportChart{ChartKind::Columns, 0, {{1, SeriesStyle::Primary}}, QStringLiteral("Day"), QStringLiteral("Cost (USD)")};
    return s;
}

// Height in pixels of each primary-coloured bar, left to right.
QList<int> barHeights(const QImage &image)
{
    QList<int> heights;
    bool inBar = false;
    for (int x = 0; x < image.width(); ++x) {
        int run = 0;
        for (int y = 0; y < image.height(); ++y)
            run += isPrimary(image.pixel(x, y)) ? 1 : 0;
        if (run > 0 && !inBar)
            heights << run;
        else if (run > 0)
            heights.last() = qMax(heights.last(), run);
        inBar = run > 0;
    }
    return heights;
}

struct PrimaryPixels
{
    qint64 count = 0;
    QRect bounds;
    QSize page;
};

// Rasterises every page and finds the primary-coloured pixels.
PrimaryPixels primaryPixels(const QString &pdf, const QString &prefix)
{
    QProcess p;
    p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), pdf, prefix});
    p.waitForFinished(60'000);
    PrimaryPixels found;
    const QFileInfo info(prefix);
    for (const QString &name : QDir(info.path()).entryList({info.fileName() + QStringLiteral("*.png")})) {
        const QImage page(info.path() + QLatin1Char('/') + name);
        found.page = page.size();
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                if (isPrimary(page.pixel(x, y))) {
                    ++found.count;
                    found.bounds |= QRect(x, y, 1, 1);
                }
            }
        }
    }
    return found;
}

} // namespace

class TestReportChart final : public QObject
{
    Q_OBJECT

private:
    test::WorkspaceFixture m_fixture;
    Report m_report;

private slots:
    void initTestCase()
    {
        const auto request = test::demoMonth(m_fixture.workspace(), QStringLiteral("chargeback"), 6'000, 40);
        QVERIFY(request);
        m_report = buildChargeback(m_fixture.workspace(), *request);
    }

    void axisMoney_data()
    {
        QTest::addColumn<qint64>("nano");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<QString>("text");
        const qint64 usd = Money::kNanoPerUsd;
        QTest::newRow("zero") << qint64(0) << 10 * usd << "$0";
        QTest::newRow("thousands") << 12'000 * usd << 2'000 * usd << "$12,000";
        QTest::newRow("negative") << -40 * usd << 20 * usd << "−$40";
        QTest::newRow("cents step") << 50'000'000LL << 10'000'000LL << "$0.05";
        QTest::newRow("half-dollar step") << 1'500'000'000LL << 500'000'000LL << "$1.50";
    }

    void axisMoney()
    {
        QFETCH(qint64, nano);
        QFETCH(qint64, step);
        QFETCH(QString, text);
        QCOMPARE(reportformat::axisMoney(nano, step), text);
    }

    void columnsAreProportionalToTheAmounts()
    {
        QImage image(900, 340, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        paintChart(painter, QRectF(0, 0, 900, 340), daySection({10, 20, 5}));
        painter.end();
        const QList<int> heights = barHeights(image);
        QCOMPARE(heights.size(), 3);
        QVERIFY2(qAbs(heights.at(1) - 2 * heights.at(0)) <= 2, qPrintable(QStringLiteral("%1 %2").arg(heights.at(0)).arg(heights.at(1))));
        QVERIFY(qAbs(heights.at(0) - 2 * heights.at(2)) <= 2);
    }

    void aSectionWithoutAChartTakesNoSpace()
    {
        ReportSection s = daySection({10, 20});
        QImage image(10, 10, QImage::Format_RGB32);
        QVERIFY(chartHeight(s, 900, &image) > 0);
        s.chart.kind = ChartKind::None;
        QCOMPARE(chartHeight(s, 900, &image), 0.0);
    }

    void horizontalBarsGrowWithTheirRowsUpToTheLimit()
    {
        ReportSection s = daySection({1, 2, 3});
        s.chart.kind = ChartKind::Bars;
        QImage image(10, 10, QImage::Format_RGB32);
        const double three = chartHeight(s, 900, &image);
        s = daySection(QList<qint64>(40, 1));
        s.chart.kind = ChartKind::Bars;
        const double forty = chartHeight(s, 900, &image);
        QVERIFY(forty > three);
        s = daySection(QList<qint64>(80, 1));
        s.chart.kind = ChartKind::Bars;
        QCOMPARE(chartHeight(s, 900, &image), forty); // both draw kMaxChartBars rows and say so
    }

    void pdfPagesHoldTheChartInsideTheMargins_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("A4") << int(QPageSize::A4);
        QTest::newRow("Letter") << int(QPageSize::Letter);
    }

    void pdfPagesHoldTheChartInsideTheMargins()
    {
        QFETCH(int, pageSize);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed");
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString pdf = m_fixture.filePath(tag + QStringLiteral(".pdf"));
        QString error;
        QVERIFY2(writePdf(m_report, pdf, QPageSize::PageSizeId(pageSize), &error), qPrintable(error));
        const PrimaryPixels found = primaryPixels(pdf, m_fixture.filePath(tag + QStringLiteral("-page")));
        QVERIFY2(found.count > 500, qPrintable(QString::number(found.count)));
        // 16 mm margins at 40 dpi are 25 pixels; the bars stay inside them.
        QVERIFY(found.bounds.left() >= 24);
        QVERIFY(found.bounds.right() <= found.page.width() - 24);

        // The same report with no chart has none of the colour: the pixels are the chart's.
        Report plain = m_report;
        for (ReportSection &s : plain.sections)
            s.chart.kind = ChartKind::None;
        const QString plainPdf = m_fixture.filePath(tag + QStringLiteral("-plain.pdf"));
        QVERIFY(writePdf(plain, plainPdf, QPageSize::PageSizeId(pageSize), &error));
        QCOMPARE(primaryPixels(plainPdf, m_fixture.filePath(tag + QStringLiteral("-plain-page"))).count, qint64(0));
    }

    void axesAreLabelledInThePdfText()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = m_fixture.filePath(QStringLiteral("labels.pdf"));
        QString error;
        QVERIFY(writePdf(m_report, pdf, QPageSize::A4, &error));
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Day (UTC)")));
        QVERIFY(text.contains(QStringLiteral("1 Nov")));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("(^|\\s)\\$0(\\s|$)")))); // the zero tick
    }
};

QTEST_MAIN(TestReportChart)
#include "tst_reportchart.moc"
