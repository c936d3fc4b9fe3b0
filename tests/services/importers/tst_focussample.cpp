// The FinOps Foundation's real multi-cloud FOCUS 1.0 export (AWS, Azure, Oracle; see
// tests/data/focus/SOURCES.md), imported as an analyst would, checked against the file itself.
#include "core/csvreader.h"
#include "core/money.h"
#include "importers/focusimporter.h"
#include "workspace/costbasisswitch.h"
#include "workspace/dimensioncatalog.h"
#include "workspace/eventquery.h"
#include "workspace/quarantinestore.h"
#include "workspace/summaryquery.h"
#include "workspacefixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace costline;

namespace {

__extension__ typedef __int128 Wide;
constexpr int kDigits = 18;

QString samplePath()
{
    return qEnvironmentVariable("COSTLINE_TEST_DATA") + QStringLiteral("/focus/v1.0/focus_sample_1000.csv");
}

// "-0.00000000603" → value × 10^18, by hand and apart from the importer's own parser.
Wide scaled(const QByteArray &text)
{
    const bool negative = text.startsWith('-');
    const QByteArray body = negative ? text.mid(1) : text;
    const qsizetype dot = body.indexOf('.');
    Wide value = 0;
    for (const char c : body.left(dot < 0 ? body.size() : dot))
        value = value * 10 + (c - '0');
    QByteArray fraction = dot < 0 ? QByteArray() : body.mid(dot + 1);
    fraction = fraction.leftJustified(kDigits, '0');
    for (const char c : fraction)
        value = value * 10 + (c - '0');
    return negative ? -value : value;
}

// The file's own sum of `column` over the rows where `where` (if set) is `value`, rounded once
// to nano-dollars, half away from zero, as exact decimal text.
QString fileSum(const QByteArray &column, const QByteArray &where = {}, const QByteArray &value = {})
{
    QFile file(samplePath());
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the sample");
    CsvReader reader(&file);
    reader.next();
    const QList<QByteArrayView> header = reader.fields();
    const qsizetype c = header.indexOf(QByteArrayView(column));
    const qsizetype w = where.isEmpty() ? -1 : header.indexOf(QByteArrayView(where));
    Wide sum = 0;
    while (reader.next()) {
        const QByteArray cell = reader.fields().at(c).toByteArray();
        if (cell != "NULL" && (w < 0 || reader.fields().at(w) == value))
            sum += scaled(cell);
    }
    const Wide half = Wide(500'000'000);
    const Wide nano = sum >= 0 ? (sum + half) / 1'000'000'000 : -((-sum + half) / 1'000'000'000);
    return Money::fromNano(qint64(nano)).toDecimalString();
}

QString cost(const UsageTotals &t)
{
    return Money::fromNano(t.costNano).toDecimalString();
}

EventFilter september(QMap<Dimension, QStringList> where = {})
{
    EventFilter f;
    f.fromDay = 19'967; // 2024-09-01
    f.toDay = 19'996;   // 2024-09-30
    f.where = where;
    return f;
}

} // namespace

class tst_FocusSample final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::WorkspaceFixture>();
        ImportOptions options;
        options.sourceName = QStringLiteral("focus-sample");
        m_result = FocusImporter(m_fixture->workspace()).importFile(samplePath(), options);
    }
    void cleanup() { m_fixture.reset(); }

    void everyRowImports()
    {
        // Datetimes 'YYYY-MM-DD HH:MM:SS' (UTC), NULL quantities, credits and corrections all land
        QVERIFY2(m_result.ok, qPrintable(m_result.error));
        QCOMPARE(m_result.inserted, 1000);
        QCOMPARE(m_result.quarantined, 0);
        QCOMPARE(QuarantineStore(m_fixture->workspace()).count(), 0);
    }

    void theTotalIsTheFileOwnBilledSum()
    {
        // The file's own sum, by hand above and by Python's decimal module: 20.52022672899
        QCOMPARE(fileSum("BilledCost"), QStringLiteral("20.520226729"));
        const UsageTotals t = SummaryQuery(m_fixture->workspace()).run(september(), {}).totals;
        QCOMPARE(cost(t), fileSum("BilledCost"));
        QCOMPARE(t.events, 1000);
        QCOMPARE(t.unpricedEvents, 0);
        QCOMPARE(m_fixture->rawEventTotals(), m_fixture->rollupDayTotals());
        QCOMPARE(m_fixture->rawEventTotals(), m_fixture->rollupMonthTotals());
    }

    void everyProviderIsItsRowsSum_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<qint64>("rows");
        QTest::newRow("AWS, with its promotional credit") << QStringLiteral("AWS") << 942LL;
        QTest::newRow("Microsoft, with its negative corrections") << QStringLiteral("Microsoft") << 51LL;
        QTest::newRow("Oracle, with its adjustments") << QStringLiteral("Oracle") << 7LL;
    }

    void everyProviderIsItsRowsSum()
    {
        QFETCH(QString, provider);
        QFETCH(qint64, rows);
        const UsageTotals t =
            SummaryQuery(m_fixture->workspace()).run(september({{Dimension::Provider, {provider}}}), {}).totals;
        QCOMPARE(t.events, rows);
        QCOMPARE(cost(t), fileSum("BilledCost", "ProviderName", provider.toUtf8()));
    }

    void theCreditIsNegative()
    {
        // AWS Open Source Promotional Credits: BilledCost -2.61370000000, ConsumedQuantity NULL
        const UsageTotals credits =
            SummaryQuery(m_fixture->workspace()).run(september({{Dimension::Operation, {QStringLiteral("credit")}}}), {}).totals;
        QCOMPARE(credits.events, 1);
        QCOMPARE(credits.costNano, -2'613'700'000);
    }

    void correctionsTakeUsageBack()
    {
        // 12 Azure rows give back usage: negative quantity and negative cost, both kept
        const EventPage page = EventQuery(m_fixture->workspace())
                                   .page(september({{Dimension::Provider, {QStringLiteral("Microsoft")}}}), std::nullopt, 100);
        int negative = 0;
        for (const EventRow &row : page.rows) {
            if (row.quantityNano < 0) {
                ++negative;
                QVERIFY(*row.reportedCostNano <= 0);
            }
        }
        QCOMPARE(negative, 12);
    }

    void nullIsNeverAValue()
    {
        // Given 289 rows whose Tags are NULL and every optional column written as NULL
        const EventPage page = EventQuery(m_fixture->workspace()).page(september(), std::nullopt, 1000);
        QCOMPARE(page.rows.size(), 1000);
        for (const EventRow &row : page.rows) {
            const QJsonObject labels = QJsonDocument::fromJson(row.labelsJson.toUtf8()).object();
            for (auto it = labels.begin(); it != labels.end(); ++it)
                QVERIFY2(it.value().toString().compare(QStringLiteral("NULL"), Qt::CaseInsensitive) != 0, qPrintable(it.key()));
            QVERIFY(row.unit.compare(QStringLiteral("NULL"), Qt::CaseInsensitive) != 0);
        }
        for (int d = 1; d < kDimensionCount; ++d)
            QVERIFY2(!m_fixture->workspace().dimensions().values(Dimension(d)).contains(QStringLiteral("NULL")),
                     qPrintable(dimensionName(Dimension(d))));
    }

    void datetimesWithoutAZoneAreUtc()
    {
        // "2024-09-01 00:00:00" is the first hour of September in UTC, "2024-09-30 22:00:00" the last day
        SummaryQuery summary(m_fixture->workspace());
        QCOMPARE(summary.firstDay(), std::optional<qint64>(19'967));
        QCOMPARE(summary.lastDay(), std::optional<qint64>(19'996));
    }

    void importingAgainReplaces()
    {
        ImportOptions options;
        options.sourceName = QStringLiteral("focus-sample");
        const ImportResult again = FocusImporter(m_fixture->workspace()).importFile(samplePath(), options);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 1000);
        QCOMPARE(cost(SummaryQuery(m_fixture->workspace()).run(september(), {}).totals), fileSum("BilledCost"));
    }

    void theChosenCostBasisIsTheFileOwnSumOfItsColumn_data()
    {
        QTest::addColumn<CostBasis>("basis");
        QTest::addColumn<QByteArray>("column");
        QTest::addColumn<qint64>("rowsWithout");
        QTest::newRow("effective: commitments amortised") << CostBasis::Effective << QByteArray("EffectiveCost") << 0LL;
        QTest::newRow("list") << CostBasis::List << QByteArray("ListCost") << 0LL;
        // Oracle's 7 rows write ContractedCost as NULL: unpriced on that basis, as the column's sum leaves them out
        QTest::newRow("contracted") << CostBasis::Contracted << QByteArray("ContractedCost") << 7LL;
        QTest::newRow("billed again") << CostBasis::Billed << QByteArray("BilledCost") << 0LL;
    }

    void theChosenCostBasisIsTheFileOwnSumOfItsColumn()
    {
        QFETCH(CostBasis, basis);
        QFETCH(QByteArray, column);
        QFETCH(qint64, rowsWithout);
        // Given the sample on another basis first, so every switch moves real amounts
        const CostBasis other = basis == CostBasis::Effective ? CostBasis::List : CostBasis::Effective;
        QVERIFY(switchCostBasis(m_fixture->workspace(), QStringLiteral("focus-sample"), other).ok);
        // When the analyst chooses the basis, without importing again
        const CostBasisChange change = switchCostBasis(m_fixture->workspace(), QStringLiteral("focus-sample"), basis);
        // Then every total is the file's own sum of that column, and the rollups agree with the events
        QVERIFY2(change.ok, qPrintable(change.error));
        QCOMPARE(change.events, 1000);
        QCOMPARE(change.withoutAmount, rowsWithout);
        const UsageTotals t = SummaryQuery(m_fixture->workspace()).run(september(), {}).totals;
        QCOMPARE(cost(t), fileSum(column));
        QCOMPARE(t.unpricedEvents, rowsWithout);
        QCOMPARE(m_fixture->rawEventTotals(), m_fixture->rollupDayTotals());
        QCOMPARE(m_fixture->rawEventTotals(), m_fixture->rollupMonthTotals());
        QCOMPARE(CostBasisStore(m_fixture->workspace()).basisOf(QStringLiteral("focus-sample")), basis);
        const QList<SourceCostBasis> described = CostBasisStore(m_fixture->workspace()).exportSources();
        QCOMPARE(describeCostBases(described), QStringLiteral("focus-sample: ") + QString::fromLatin1(column));
    }

    void theBasisSurvivesImportingTheFileAgain()
    {
        // Given the amortised view chosen
        QVERIFY(switchCostBasis(m_fixture->workspace(), QStringLiteral("focus-sample"), CostBasis::Effective).ok);
        QCOMPARE(fileSum("EffectiveCost"), QStringLiteral("14.976514186"));
        // When the same export is imported again
        ImportOptions options;
        options.sourceName = QStringLiteral("focus-sample");
        QCOMPARE(FocusImporter(m_fixture->workspace()).importFile(samplePath(), options).updated, 1000);
        // Then it still counts its effective cost
        QCOMPARE(cost(SummaryQuery(m_fixture->workspace()).run(september(), {}).totals), fileSum("EffectiveCost"));
        QCOMPARE(m_fixture->rawEventTotals(), m_fixture->rollupDayTotals());
    }

    void aBasisIsRefusedForWhatIsNotAFocusSource()
    {
        const CostBasisChange change = switchCostBasis(m_fixture->workspace(), QStringLiteral("nope"), CostBasis::Effective);
        QVERIFY(!change.ok);
        QCOMPARE(change.error, QStringLiteral("no source named 'nope'; 'costline-cli source list' shows the workspace's sources"));
        QCOMPARE(cost(SummaryQuery(m_fixture->workspace()).run(september(), {}).totals), fileSum("BilledCost"));
    }

private:
    std::unique_ptr<test::WorkspaceFixture> m_fixture;
    ImportResult m_result;
};

QTEST_GUILESS_MAIN(tst_FocusSample)
#include "tst_focussample.moc"
