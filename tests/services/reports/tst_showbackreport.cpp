// Showback on a demo month with a rule and a cost pool: the PDF's text holds every section
// and the Allocator's totals to the cent; the CSV's owner table is the Allocator's showback
// to the nano-dollar, sums exactly, and reconciles to the summary's spend plus the pools.
#include "allocation/allocationstore.h"
#include "allocation/allocator.h"
#include "core/csvreader.h"
#include "core/money.h"
#include "reports/reportrenderer.h"
#include "reports/reportrunstore.h"
#include "reports/showbackreport.h"
#include "workspace/summaryquery.h"
#include "reporttesting.h"
#include "workspacefixture.h"

#include <QBuffer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace costline;

namespace {

// Rows of the CSV by section: each row's cells by column title.
QMap<QString, QList<QMap<QString, QString>>> csvSections(QByteArray csv)
{
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QMap<QString, QList<QMap<QString, QString>>> sections;
    QStringList header;
    while (reader.next()) {
        QStringList fields;
        for (const QByteArrayView f : reader.fields())
            fields << QString::fromUtf8(f);
        if (fields.size() < 2)
            continue; // the blank line between sections
        if (fields.first() == QLatin1String("section")) {
            header = fields;
            continue;
        }
        QMap<QString, QString> row;
        for (qsizetype i = 1; i < fields.size(); ++i)
            row.insert(header.value(i), fields.at(i));
        sections[fields.first()] << row;
    }
    return sections;
}

qint64 nano(const QString &text)
{
    return Money::parse(text.toUtf8())->nano();
}

} // namespace

class TestShowbackReport final : public QObject
{
    Q_OBJECT

private:
    test::WorkspaceFixture m_fixture;
    ReportRequest m_request;
    EventFilter m_filter;
    Showback m_showback;
    qint64 m_usageNano = 0;

private slots:
    void initTestCase()
    {
        const auto request = test::demoMonth(m_fixture.workspace(), QStringLiteral("showback"), 20'000, 45);
        QVERIFY(request);
        m_request = *request;
        // A rule that takes the doc-* features, and a pool split over everyone by tokens.
        AllocationStore store(m_fixture.workspace());
        QString error;
        AllocationRule rule;
        rule.field = QStringLiteral("feature");
        rule.pattern = QStringLiteral("doc-*");
        rule.owner = QStringLiteral("product:knowledge-base");
        QVERIFY2(store.addRule(rule, &error) > 0, qPrintable(error));
        QCOMPARE(store.applyRules(), 1);
        CostPool pool;
        pool.name = QStringLiteral("platform-gpu");
        pool.monthlyNano = 300 * Money::kNanoPerUsd;
        QVERIFY2(store.addPool(pool, &error) > 0, qPrintable(error));
        m_filter.fromDay = m_request.fromDay;
        m_filter.toDay = m_request.toDay;
        m_showback = Allocator(m_fixture.workspace()).showback(m_filter);
        m_usageNano = SummaryQuery(m_fixture.workspace()).run(m_filter, {}).totals.costNano;
        QVERIFY(m_showback.unallocatedNano > 0);
        QCOMPARE(m_showback.totalNano, m_usageNano + 240 * Money::kNanoPerUsd); // 24 of November's 30 days
    }

    void pdfTextHasEverySectionAndTheTotals()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = m_fixture.filePath(QStringLiteral("showback.pdf"));
        QString error;
        QVERIFY2(runReport(m_fixture.workspace(), m_request, ReportFormat::Pdf, pdf, QPageSize::Letter, &error), qPrintable(error));
        const QString text = test::pdfText(pdf);
        for (const char *heading : {"Owners", "Confidence mix", "Cost pools", "Reconciliation to the period's spend"})
            QVERIFY2(text.contains(heading), qPrintable(heading));
        for (const qint64 amount : {m_showback.totalNano, m_showback.allocatedNano, m_showback.unallocatedNano, m_usageNano})
            QVERIFY2(text.contains(test::expectedCents(amount)), qPrintable(test::expectedCents(amount)));
        QVERIFY(text.contains(QStringLiteral("product:knowledge-base")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
    }

    void ownersAreTheAllocatorsShowbackToTheNano()
    {
        const auto sections = csvSections(renderCsv(buildShowback(m_fixture.workspace(), m_request)));
        const QList<QMap<QString, QString>> owners = sections.value(QStringLiteral("Owners"));
        QCOMPARE(owners.size(), m_showback.owners.size() + 2); // the owners, Unallocated, Total
        for (qsizetype i = 0; i < m_showback.owners.size(); ++i) {
            const OwnerCost &o = m_showback.owners.at(i);
            QCOMPARE(owners.at(i).value("Owner"), o.owner);
            QCOMPARE(nano(owners.at(i).value("Direct (USD)")), o.directNano);
            QCOMPARE(nano(owners.at(i).value("Rule (USD)")), o.ruleNano);
            QCOMPARE(nano(owners.at(i).value("Driver split (USD)")), o.driverSplitNano);
            QCOMPARE(nano(owners.at(i).value("Total (USD)")), o.totalNano());
        }
        QCOMPARE(owners.at(owners.size() - 2).value("Owner"), QStringLiteral("Unallocated"));
        QCOMPARE(nano(owners.at(owners.size() - 2).value("Total (USD)")), m_showback.unallocatedNano);
    }

    void everyTableSumsExactlyToTheTotal()
    {
        const auto sections = csvSections(renderCsv(buildShowback(m_fixture.workspace(), m_request)));
        const QStringList columns{"Direct (USD)", "Rule (USD)", "Driver split (USD)", "Unallocated (USD)", "Total (USD)"};
        QMap<QString, qint64> sums;
        const QList<QMap<QString, QString>> owners = sections.value(QStringLiteral("Owners"));
        for (const QMap<QString, QString> &row : owners.mid(0, owners.size() - 1)) {
            qint64 parts = 0;
            for (const QString &column : columns) {
                QCOMPARE(row.value(column).section(QLatin1Char('.'), 1).size(), 9);
                sums[column] += nano(row.value(column));
                parts += column == QLatin1String("Total (USD)") ? 0 : nano(row.value(column));
            }
            QCOMPARE(parts, nano(row.value("Total (USD)")));
        }
        for (const QString &column : columns)
            QCOMPARE(sums.value(column), nano(owners.last().value(column)));
        QCOMPARE(sums.value("Total (USD)"), m_showback.totalNano);
        QVERIFY(sums.value("Rule (USD)") > 0);
        QVERIFY(sums.value("Driver split (USD)") > 0);

        qint64 mix = 0;
        for (const auto &row : sections.value(QStringLiteral("Confidence mix")).mid(0, 4))
            mix += nano(row.value("Amount (USD)"));
        QCOMPARE(mix, m_showback.totalNano);

        qint64 pools = 0;
        for (const auto &row : sections.value(QStringLiteral("Cost pools")))
            pools += row.value("Owner").isEmpty() ? 0 : nano(row.value("Amount (USD)"));
        QCOMPARE(pools, 240 * Money::kNanoPerUsd);

        const auto reconciliation = sections.value(QStringLiteral("Reconciliation to the period's spend"));
        QCOMPARE(nano(reconciliation.at(0).value("Amount (USD)")), m_usageNano);
        QCOMPARE(nano(reconciliation.last().value("Amount (USD)")), m_showback.totalNano);
    }

    void oneTenant()
    {
        ReportRequest request = m_request;
        request.tenant = QStringLiteral("globex");
        EventFilter filter = m_filter;
        filter.where.insert(Dimension::Tenant, {QStringLiteral("globex")});
        const Report report = buildShowback(m_fixture.workspace(), request);
        QCOMPARE(report.sections.first().totals.at(5).toLongLong(), Allocator(m_fixture.workspace()).showback(filter).totalNano);
        QCOMPARE(report.filters, QStringList{QStringLiteral("tenant = globex")});
    }
};

QTEST_MAIN(TestShowbackReport)
#include "tst_showbackreport.moc"
