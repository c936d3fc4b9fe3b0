#include "core/utctime.h"
#include "workspace/eventquery.h"
#include "workspace/ingestsession.h"
#include "workspacefixture.h"

#include <QSet>
#include <QTest>

using namespace costline;

class tst_EventQuery final : public QObject
{
    Q_OBJECT

private slots:
    void pagesNewestFirstWithoutGapsOrRepeats();
    void filtersByDimensionAndDay();
};

namespace {

void fill(test::WorkspaceFixture &f, int count)
{
    IngestSession session(f.workspace(), QStringLiteral("s"), QStringLiteral("test"));
    QString error;
    QVERIFY(session.begin(&error));
    for (int i = 0; i < count; ++i) {
        UsageEvent e;
        e.eventId = "e" + QByteArray::number(i);
        // Several events share each millisecond, to exercise the sequence part of the id.
        e.timestampMs = 1'750'000'000'000 + (i / 3) * 3'600'000;
        e.dim(Dimension::Provider) = i % 2 ? "openai" : "anthropic";
        e.dim(Dimension::Model) = "m";
        e.dim(Dimension::Team) = i % 5 == 0 ? "search" : "";
        e.traceId = QByteArray::number(i, 16).rightJustified(32, '0');
        e.inputTokens = i;
        QString reason;
        QCOMPARE(session.add(e, &reason), IngestSession::Outcome::Inserted);
    }
    QVERIFY(session.commit(&error));
}

} // namespace

void tst_EventQuery::pagesNewestFirstWithoutGapsOrRepeats()
{
    test::WorkspaceFixture f;
    fill(f, 250);
    EventQuery query(f.workspace());
    QSet<QString> seen;
    qint64 lastTime = std::numeric_limits<qint64>::max();
    std::optional<qint64> cursor;
    int pages = 0;
    do {
        const EventPage page = query.page({}, cursor, 40);
        for (const EventRow &row : page.rows) {
            QVERIFY(row.timestampMs <= lastTime);
            lastTime = row.timestampMs;
            QVERIFY(!seen.contains(row.eventId));
            seen.insert(row.eventId);
            QCOMPARE(row.traceId, QString::number(row.inputTokens, 16).rightJustified(32, QLatin1Char('0')));
            QCOMPARE(row.dim(Dimension::Source), QStringLiteral("s"));
        }
        cursor = page.nextCursor;
        ++pages;
    } while (cursor);
    QCOMPARE(seen.size(), 250);
    QCOMPARE(pages, 7);
}

void tst_EventQuery::filtersByDimensionAndDay()
{
    test::WorkspaceFixture f;
    fill(f, 90);
    EventFilter filter;
    filter.where[Dimension::Team] = {QStringLiteral("search")};
    filter.where[Dimension::Provider] = {QStringLiteral("anthropic")};
    const EventPage page = EventQuery(f.workspace()).page(filter, std::nullopt, 1000);
    QCOMPARE(page.rows.size(), 9); // i % 10 == 0
    for (const EventRow &row : page.rows)
        QCOMPARE(row.inputTokens % 10, qint64(0));
    filter.where[Dimension::Team] = {QStringLiteral("nobody")};
    QVERIFY(EventQuery(f.workspace()).page(filter, std::nullopt, 1000).rows.isEmpty());
    const qint64 firstDay = 1'750'000'000'000 / kMsPerDay;
    const EventPage oneDay = EventQuery(f.workspace()).page({firstDay, firstDay, {}}, std::nullopt, 1000);
    QVERIFY(!oneDay.rows.isEmpty());
    for (const EventRow &row : oneDay.rows)
        QCOMPARE(row.timestampMs / kMsPerDay, firstDay);
}

QTEST_GUILESS_MAIN(tst_EventQuery)
#include "tst_eventquery.moc"
