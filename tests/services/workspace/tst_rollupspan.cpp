#include "core/utctime.h"
#include "workspace/rollupspan.h"

#include <QTest>

using namespace costline;

namespace {

qint64 day(const char *date)
{
    return *utc::parseDate(date);
}

// "2026-04-06..2026-04-30", "" when empty.
QString text(const RollupSpan::Days &days)
{
    return days.isEmpty() ? QString() : utc::formatDate(days.from) + QStringLiteral("..") + utc::formatDate(days.to);
}

} // namespace

class tst_RollupSpan final : public QObject
{
    Q_OBJECT

private slots:
    void readsTheFewerDays_data();
    void readsTheFewerDays();
};

void tst_RollupSpan::readsTheFewerDays_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("dailyDetail");
    QTest::addColumn<QStringList>("added");   // the two day ranges that count
    QTest::addColumn<QStringList>("removed"); // the two day ranges taken away from months
    QTest::addColumn<QString>("months");
    QTest::newRow("whole months only") << "2026-04-01" << "2026-06-30" << false << QStringList{{}, {}}
                                       << QStringList{{}, {}} << "2026-04-01..2026-06-01";
    QTest::newRow("last 30 days: its days, then this month less the days after")
        << "2026-10-26" << "2026-11-24" << false << QStringList{"2026-10-26..2026-10-31", {}}
        << QStringList{{}, "2026-11-25..2026-11-30"} << "2026-11-01..2026-11-01";
    QTest::newRow("a month less its first days, days of the last")
        << "2026-04-06" << "2026-06-10" << false << QStringList{{}, "2026-06-01..2026-06-10"}
        << QStringList{"2026-04-01..2026-04-05", {}} << "2026-04-01..2026-05-01";
    QTest::newRow("equal days either way: the days") << "2026-06-16" << "2026-07-15" << false
                                                    << QStringList{"2026-06-16..2026-06-30", "2026-07-01..2026-07-15"}
                                                    << QStringList{{}, {}} << QString();
    QTest::newRow("most of one month: the month less both ends")
        << "2026-05-03" << "2026-05-29" << false << QStringList{{}, {}}
        << QStringList{"2026-05-01..2026-05-02", "2026-05-30..2026-05-31"} << "2026-05-01..2026-05-01";
    QTest::newRow("a few days of one month: the days") << "2026-05-10" << "2026-05-12" << false
                                                      << QStringList{"2026-05-10..2026-05-12", {}}
                                                      << QStringList{{}, {}} << QString();
    QTest::newRow("by day: every day") << "2026-04-06" << "2026-06-25" << true
                                      << QStringList{"2026-04-06..2026-06-25", {}} << QStringList{{}, {}} << QString();
}

void tst_RollupSpan::readsTheFewerDays()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, dailyDetail);
    QFETCH(QStringList, added);
    QFETCH(QStringList, removed);
    QFETCH(QString, months);
    const RollupSpan span = rollupSpanOf(day(from.toLatin1()), day(to.toLatin1()), dailyDetail);
    QCOMPARE((QStringList{text(span.added[0]), text(span.added[1])}), added);
    QCOMPARE((QStringList{text(span.removed[0]), text(span.removed[1])}), removed);
    QCOMPARE(text(span.months), months);
}

QTEST_GUILESS_MAIN(tst_RollupSpan)
#include "tst_rollupspan.moc"
