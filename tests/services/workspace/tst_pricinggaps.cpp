#include "core/utctime.h"
#include "workspace/ingestsession.h"
#include "workspace/pricinggaps.h"
#include "workspace/pricingstore.h"
#include "workspacefixture.h"

#include <QTest>

using namespace costline;

namespace {

const qint64 kFirstDay = *utc::parseDate("2026-06-01");

struct Call
{
    const char *provider;
    const char *model;
    int day; // after kFirstDay
    qint64 inputTokens;
    qint64 outputTokens;
};

void ingest(test::WorkspaceFixture &f, const QList<Call> &calls)
{
    IngestSession session(f.workspace(), QStringLiteral("s"), QStringLiteral("test"));
    QString error;
    QVERIFY(session.begin(&error));
    for (qsizetype i = 0; i < calls.size(); ++i) {
        UsageEvent e;
        e.eventId = "e" + QByteArray::number(i);
        e.timestampMs = (kFirstDay + calls.at(i).day) * kMsPerDay + 1000;
        e.dim(Dimension::Provider) = calls.at(i).provider;
        e.dim(Dimension::Model) = calls.at(i).model;
        e.inputTokens = calls.at(i).inputTokens;
        e.outputTokens = calls.at(i).outputTokens;
        QString reason;
        QVERIFY(session.add(e, &reason) == IngestSession::Outcome::Inserted);
    }
    QVERIFY(session.commit(&error));
}

QString describe(const PricingGap &g)
{
    return QStringLiteral("%1/%2 events=%3 tokens=%4 days=%5..%6 estimate=%7")
        .arg(g.provider, g.model)
        .arg(g.events)
        .arg(g.tokens)
        .arg(utc::formatDate(g.firstDay), utc::formatDate(g.lastDay))
        .arg(g.estimatedCostNano ? QString::number(*g.estimatedCostNano) : QStringLiteral("none"));
}

} // namespace

class tst_PricingGaps final : public QObject
{
    Q_OBJECT

private slots:
    void gapsPerProviderAndModel();
};

void tst_PricingGaps::gapsPerProviderAndModel()
{
    // Given a priced model at openai ($1 per million tokens either way), an unpriced one
    // used at openai and at azure, and an unpriced one only at azure
    test::WorkspaceFixture f;
    PriceEntry price;
    price.provider = QStringLiteral("openai");
    price.modelPattern = QStringLiteral("gpt-priced");
    price.inputPerMTok = 1'000'000'000;
    price.outputPerMTok = 1'000'000'000;
    QString error;
    QVERIFY2(PricingStore(f.workspace()).upsert(price, &error), qPrintable(error));
    ingest(f, {{"openai", "gpt-priced", 0, 1'000'000, 1'000'000},
               {"openai", "ft:shared", 2, 100, 50},
               {"openai", "ft:shared", 5, 200, 0},
               {"azure", "ft:shared", 9, 1000, 1000},
               {"azure", "ft:azure-only", 1, 10, 10},
               {"azure", "ft:azure-only", 12, 30, 0}});
    // When the gaps are read over every day, and over days 3 to 10 only
    const QList<PricingGap> all = findPricingGaps(f.workspace());
    const QList<PricingGap> some = findPricingGaps(f.workspace(), kFirstDay + 3, kFirstDay + 10);
    // Then each provider and model pair is a gap of its own with its counts and days; the
    // estimate is its provider's priced rate ($1 per million: 1000 nano-dollars a token), or every provider's when its
    // own has nothing priced (azure), largest first
    QStringList allText;
    for (const PricingGap &g : all)
        allText << describe(g);
    QCOMPARE(allText, (QStringList{QStringLiteral("azure/ft:shared events=1 tokens=2000 days=2026-06-10..2026-06-10 estimate=2000000"),
                                   QStringLiteral("openai/ft:shared events=2 tokens=350 days=2026-06-03..2026-06-06 estimate=350000"),
                                   QStringLiteral("azure/ft:azure-only events=2 tokens=50 days=2026-06-02..2026-06-13 estimate=50000")}));
    QStringList someText;
    for (const PricingGap &g : some)
        someText << describe(g);
    // Days 3 to 10 hold no priced usage at all: no estimate
    QCOMPARE(someText, (QStringList{QStringLiteral("openai/ft:shared events=1 tokens=200 days=2026-06-06..2026-06-06 estimate=none"),
                                    QStringLiteral("azure/ft:shared events=1 tokens=2000 days=2026-06-10..2026-06-10 estimate=none")}));
}

QTEST_GUILESS_MAIN(tst_PricingGaps)
#include "tst_pricinggaps.moc"
