#include "pricing/pricingmatcher.h"

#include <QTest>

using namespace costline;

namespace {

PriceEntry entry(qint64 id, const char *provider, const char *pattern, qint64 from,
                 PriceEntry::Origin origin = PriceEntry::Origin::User)
{
    PriceEntry e;
    e.id = id;
    e.provider = QString::fromLatin1(provider);
    e.modelPattern = QString::fromLatin1(pattern);
    e.effectiveFromMs = from;
    e.origin = origin;
    e.inputPerMTok = 1;
    return e;
}

} // namespace

class tst_PricingMatcher final : public QObject
{
    Q_OBJECT

private slots:
    void precedence_data();
    void precedence();
};

void tst_PricingMatcher::precedence_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("model");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<qint64>("expectedId"); // 0: no match
    QTest::newRow("provider scope beats global") << "openai" << "gpt-4o" << qint64(500) << qint64(2);
    QTest::newRow("global for another provider") << "azure-openai" << "gpt-4o" << qint64(500) << qint64(1);
    QTest::newRow("literal beats glob") << "azure-openai" << "gpt-4o" << qint64(500) << qint64(1);
    QTest::newRow("longest glob literal wins") << "x" << "gpt-4o-mini-2024" << qint64(500) << qint64(4);
    QTest::newRow("shorter glob") << "x" << "gpt-5" << qint64(500) << qint64(3);
    QTest::newRow("user beats catalogue, same pattern") << "anthropic" << "claude-x" << qint64(500) << qint64(6);
    QTest::newRow("effective at the boundary instant") << "openai" << "gpt-4o" << qint64(1000) << qint64(7);
    QTest::newRow("just before the boundary") << "openai" << "gpt-4o" << qint64(999) << qint64(2);
    QTest::newRow("before any entry of the scoped pattern") << "openai" << "gpt-4o" << qint64(50) << qint64(1);
    QTest::newRow("no match") << "openai" << "llama" << qint64(500) << qint64(0);
    QTest::newRow("another spelling of the provider") << "OpenAI" << "gpt-4o" << qint64(500) << qint64(2);
    QTest::newRow("the catalogue's cohere_chat entries price cohere") << "cohere" << "command-r" << qint64(500) << qint64(8);
    QTest::newRow("an OTel provider name finds the catalogue's") << "az.ai.openai" << "o1" << qint64(500) << qint64(9);
}

void tst_PricingMatcher::precedence()
{
    QFETCH(QString, provider);
    QFETCH(QString, model);
    QFETCH(qint64, at);
    QFETCH(qint64, expectedId);
    const PricingMatcher matcher({
        entry(1, "", "gpt-4o", 0),
        entry(2, "openai", "gpt-4o", 100),
        entry(3, "", "gpt-*", 0),
        entry(4, "", "gpt-4o-mini*", 0),
        entry(5, "anthropic", "claude-*", 0, PriceEntry::Origin::Catalog),
        entry(6, "anthropic", "claude-*", 0, PriceEntry::Origin::User),
        entry(7, "openai", "gpt-4o", 1000),
        entry(8, "cohere_chat", "command-r", 0, PriceEntry::Origin::Catalog),
        entry(9, "azure-openai", "o1", 0, PriceEntry::Origin::Catalog),
    });
    const PriceEntry *match = matcher.match(provider, model, at);
    QCOMPARE(match ? match->id : 0, expectedId);
}

QTEST_GUILESS_MAIN(tst_PricingMatcher)
#include "tst_pricingmatcher.moc"
