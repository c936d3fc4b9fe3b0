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
    void entriesPricedPerOtherUnitsKeepTheirUnit();
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
    // 1 804 keys: 1 512 priced per token and 183 per second, image, character, ... are entries;
    // 101 are listed as skipped with their reason; sample_spec and routes that repeat a
    // provider-scoped model are not entries of their own.
    QCOMPARE(r.entries.size(), 1512 + 183);
    QCOMPARE(r.skipped.size(), 101);
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

void tst_LiteLlmCatalog::entriesPricedPerOtherUnitsKeepTheirUnit()
{
    const CatalogParseResult r = parseLiteLlmCatalog(m_json, 0);
    QHash<QString, const PriceEntry *> byKey;
    for (const PriceEntry &e : r.entries)
        byKey.insert(e.provider + QLatin1Char('/') + e.modelPattern, &e);
    const auto unitPrice = [&byKey](const char *key) {
        const PriceEntry *e = byKey.value(QLatin1String(key));
        return e ? QStringLiteral("%1 per %2").arg(e->perUnitNano).arg(e->unit) : QStringLiteral("missing");
    };
    // $0.0001 per second of audio, in nano-USD; the equal output price is the same seconds
    QCOMPARE(unitPrice("openai/whisper-1"), QStringLiteral("100000 per second"));
    QCOMPARE(unitPrice("deepgram/nova-2"), QStringLiteral("71670 per second"));
    QCOMPARE(unitPrice("bedrock/amazon.titan-image-generator-v1"), QStringLiteral("8000000 per image"));
    QCOMPARE(unitPrice("vertex/imagen-3.0-generate-001"), QStringLiteral("40000000 per image"));
    QCOMPARE(unitPrice("mistral/mistral-ocr-latest"), QStringLiteral("1000000 per page"));
    // An image size is part of the model: each size has its own per-pixel price
    QCOMPARE(unitPrice("openai/1024-x-1024/dall-e-2"), QStringLiteral("19 per pixel"));
    QVERIFY(byKey.value(QStringLiteral("openai/whisper-1"))->inputPerMTok == std::nullopt);
    // What cannot be one price per unit is listed with its reason, never dropped unsaid
    const auto reason = [&r](const QString &key) {
        for (const QString &line : r.skipped) {
            if (line.startsWith(key + QStringLiteral(": ")))
                return line.mid(key.size() + 2);
        }
        return QStringLiteral("not listed");
    };
    QVERIFY2(reason(QStringLiteral("text-bison")).startsWith(QStringLiteral("priced per unit on more than one meter "
                                                                            "(input_cost_per_character 2.5e-07, "
                                                                            "output_cost_per_character 5e-07)")),
             qPrintable(reason(QStringLiteral("text-bison"))));
    QVERIFY2(reason(QStringLiteral("256-x-256/dall-e-2")).startsWith(QStringLiteral("input_cost_per_pixel: ")),
             qPrintable(reason(QStringLiteral("256-x-256/dall-e-2"))));
    QVERIFY2(reason(QStringLiteral("gpt-image-1")).startsWith(QStringLiteral("input_cost_per_pixel: ")),
             qPrintable(reason(QStringLiteral("gpt-image-1"))));
    QCOMPARE(reason(QStringLiteral("featherless_ai/featherless-ai/Qwerky-72B")),
             QStringLiteral("the catalogue gives it no price"));
}

void tst_LiteLlmCatalog::refusesWhatIsNotACatalogue()
{
    const CatalogParseResult r = parseLiteLlmCatalog("[1,2", 0);
    QVERIFY(!r.ok);
    QVERIFY(r.error.startsWith(QStringLiteral("not a LiteLLM price catalogue")));
}

QTEST_GUILESS_MAIN(tst_LiteLlmCatalog)
#include "tst_litellmcatalog.moc"
