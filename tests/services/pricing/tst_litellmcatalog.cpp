#include "pricing/litellmcatalog.h"

#include <QFile>
#include <QTest>

using namespace costline;

class tst_LiteLlmCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsTheRealCatalogueExactly();
    void refusesWhatIsNotACatalogue();

private:
    QByteArray m_json;
};

void tst_LiteLlmCatalog::initTestCase()
{
    QFile file(qEnvironmentVariable("COSTLINE_SHARED_DATA") + QStringLiteral("/litellm/model_prices_and_context_window.json"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("the shared LiteLLM catalogue is not beside this checkout");
    m_json = file.readAll();
}

void tst_LiteLlmCatalog::readsTheRealCatalogueExactly()
{
    const CatalogParseResult r = parseLiteLlmCatalog(m_json, 0);
    QVERIFY2(r.ok, qPrintable(r.error));
    // 1 804 keys: sample_spec, entries without token prices (images, audio per second) and
    // routes that repeat a provider-scoped model are not entries of their own.
    QCOMPARE(r.entries.size(), 1512);
    QVERIFY2(r.skipped.isEmpty(), qPrintable(r.skipped.join(QLatin1Char('\n'))));
    auto find = [&r](const char *provider, const char *model) -> const PriceEntry * {
        for (const PriceEntry &e : r.entries) {
            if (e.provider == QLatin1String(provider) && e.modelPattern == QLatin1String(model))
                return &e;
        }
        return nullptr;
    };
    QVERIFY(!find("", "sample_spec"));
    const PriceEntry *gpt4o = find("openai", "gpt-4o");
    QVERIFY(gpt4o);
    QCOMPARE(gpt4o->inputPerMTok.value(), qint64(2'500'000'000));
    QCOMPARE(gpt4o->cachedInputPerMTok.value(), qint64(1'250'000'000));
    QCOMPARE(gpt4o->outputPerMTok.value(), qint64(10'000'000'000));
    const PriceEntry *opus = find("anthropic", "claude-opus-4-1-20250805");
    QVERIFY(opus);
    QCOMPARE(opus->cacheWritePerMTok.value(), qint64(18'750'000'000));
    QCOMPARE(opus->cachedInputPerMTok.value(), qint64(1'500'000'000));
    const PriceEntry *flash = find("vertex", "gemini-2.5-flash");
    QVERIFY(flash);
    QCOMPARE(flash->reasoningPerMTok.value(), qint64(2'500'000'000));
    const PriceEntry *azure = find("azure-openai", "gpt-4o");
    QVERIFY(azure);
    QCOMPARE(azure->inputPerMTok.value(), qint64(2'500'000'000));
    QCOMPARE(gpt4o->origin, PriceEntry::Origin::Catalog);
}

void tst_LiteLlmCatalog::refusesWhatIsNotACatalogue()
{
    const CatalogParseResult r = parseLiteLlmCatalog("[1,2", 0);
    QVERIFY(!r.ok);
    QVERIFY(r.error.startsWith(QStringLiteral("not a LiteLLM price catalogue")));
}

QTEST_GUILESS_MAIN(tst_LiteLlmCatalog)
#include "tst_litellmcatalog.moc"
