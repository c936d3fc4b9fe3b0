#include "analysis/driversquery.h"
#include "workspace/eventquery.h"
#include "workspace/ingestsession.h"
#include "workspace/summaryquery.h"
#include "workspacefixture.h"

#include <QTest>

using namespace costline;

namespace {

constexpr qint64 kDay = 20'400; // 2025-11-08
constexpr qint64 kMsPerDay = 86'400'000;

// Events of one source, each with its own provider and model, so that the first source
// ids (1, 2) are also the ids of interned provider and model values.
void addSource(test::WorkspaceFixture &f, const QString &source, const QByteArray &provider, const QByteArray &model,
               qint64 costNano, int events)
{
    IngestSession session(f.workspace(), source, QStringLiteral("csv"));
    QString error;
    QVERIFY2(session.begin(&error), qPrintable(error));
    for (int i = 0; i < events; ++i) {
        UsageEvent e;
        e.eventId = source.toUtf8() + QByteArray::number(i);
        e.timestampMs = kDay * kMsPerDay + i * 60'000;
        e.dim(Dimension::Provider) = provider;
        e.dim(Dimension::Model) = model;
        e.reportedCostNano = costNano;
        QString reason;
        QCOMPARE(session.add(e, &reason), IngestSession::Outcome::Inserted);
    }
    QVERIFY2(session.commit(&error), qPrintable(error));
}

EventFilter theDay()
{
    EventFilter filter;
    filter.fromDay = kDay;
    filter.toDay = kDay;
    return filter;
}

EventFilter theDayOf(const QString &source)
{
    EventFilter filter = theDay();
    filter.where.insert(Dimension::Source, {source});
    return filter;
}

} // namespace

class tst_SourceDimension final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::WorkspaceFixture>();
        // Given two sources whose ids are also the ids of other dimensions' values
        addSource(*m_fixture, QStringLiteral("billing-export"), "AWS", "gpt-5", 1'500'000'000, 2);
        addSource(*m_fixture, QStringLiteral("gateway"), "openai", "gpt-4o", 250'000'000, 4);
    }
    void cleanup() { m_fixture.reset(); }

    void summaryGroupsBySourceName()
    {
        // When the day is summarised by source
        const SummaryResult r =
            SummaryQuery(m_fixture->workspace()).run(theDay(), {Grouping{GroupKey::Dim, Dimension::Source}});
        // Then each group is named after its source, with that source's cost
        QCOMPARE(r.groups.size(), 2);
        QCOMPARE(r.groups.at(0).key, QStringList{QStringLiteral("billing-export")});
        QCOMPARE(r.groups.at(0).totals.costNano, 3'000'000'000);
        QCOMPARE(r.groups.at(1).key, QStringList{QStringLiteral("gateway")});
        QCOMPARE(r.groups.at(1).totals.costNano, 1'000'000'000);
    }

    void whereSourceKeepsThatSourceOnly_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<qint64>("events");
        QTest::addColumn<qint64>("costNano");
        QTest::newRow("first source") << QStringLiteral("billing-export") << 2LL << 3'000'000'000LL;
        QTest::newRow("second source") << QStringLiteral("gateway") << 4LL << 1'000'000'000LL;
        QTest::newRow("unknown source") << QStringLiteral("nowhere") << 0LL << 0LL;
        // A provider's name is not a source's: nothing matches.
        QTest::newRow("a provider name") << QStringLiteral("AWS") << 0LL << 0LL;
    }

    void whereSourceKeepsThatSourceOnly()
    {
        QFETCH(QString, source);
        QFETCH(qint64, events);
        QFETCH(qint64, costNano);
        // When the summary, with and without a grouping, and the events page are narrowed to a source
        SummaryQuery summary(m_fixture->workspace());
        const UsageTotals plain = summary.run(theDayOf(source), {}).totals;
        const UsageTotals grouped = summary.run(theDayOf(source), {Grouping{GroupKey::Dim, Dimension::Model}}).totals;
        const EventPage page = EventQuery(m_fixture->workspace()).page(theDayOf(source), std::nullopt, 50);
        // Then each sees that source's events and cost only
        QCOMPARE(plain.events, events);
        QCOMPARE(plain.costNano, costNano);
        QCOMPARE(grouped.costNano, costNano);
        QCOMPARE(page.rows.size(), events);
        for (const EventRow &row : page.rows)
            QCOMPARE(row.dim(Dimension::Source), source);
    }

    void costDriversBySource()
    {
        // When Cost drivers ranks the day by source
        const DriversResult r = DriversQuery(m_fixture->workspace()).run(theDay(), Dimension::Source);
        // Then the rows are the sources
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0).value, QStringLiteral("billing-export"));
        QCOMPARE(r.rows.at(0).current.costNano, 3'000'000'000);
        QCOMPARE(r.rows.at(1).value, QStringLiteral("gateway"));
    }

    void filterPickerListsSources()
    {
        // The desktop filter offers the values the catalogue knows for a dimension
        QCOMPARE(m_fixture->workspace().dimensions().values(Dimension::Source),
                 (QStringList{QStringLiteral("billing-export"), QStringLiteral("gateway")}));
    }

private:
    std::unique_ptr<test::WorkspaceFixture> m_fixture;
};

QTEST_GUILESS_MAIN(tst_SourceDimension)
#include "tst_sourcedimension.moc"
