// Pages no provider sends but a broken or hostile server could: each row is an input the
// fuzzers (fuzz/) found crashing or overflowing a parser. A page is refused with a message,
// or a row is quarantined with its reason; nothing overflows.
#include "sync/anthropicconnector.h"
#include "sync/gatewayconnector.h"
#include "sync/jsonfields.h"
#include "sync/litellmconnector.h"
#include "sync/openaiconnector.h"

#include <QTest>

using namespace costline;

namespace {

std::unique_ptr<Connector> connectorFor(const QString &kind)
{
    const QUrl url(QStringLiteral("http://localhost"));
    if (kind == QLatin1String("openai"))
        return std::make_unique<OpenAiConnector>(url, "k");
    if (kind == QLatin1String("anthropic"))
        return std::make_unique<AnthropicConnector>(url, "k");
    if (kind == QLatin1String("gateway"))
        return std::make_unique<GatewayConnector>(url, "k");
    return std::make_unique<LiteLlmConnector>(url, "k");
}

} // namespace

class TestHostilePages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedWithAReason_data()
    {
        QTest::addColumn<QString>("connector");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("pageAsked");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("pageError");   // empty: the page parses
        QTest::addColumn<QString>("rowRejection"); // the first quarantined row's reason, if any
        QTest::addColumn<bool>("hasMore");

        QTest::newRow("openai bucket start beyond 2109")
            << "openai" << "usage/completions" << ""
            << QByteArray(R"({"data":[{"start_time":17304195556665600,"end_time":1,"results":[]}],"has_more":false})")
            << "a bucket's start_time or end_time is not a time in epoch seconds before 2109" << "" << false;
        QTest::newRow("openai image count overflowing nano units")
            << "openai" << "usage/images" << ""
            << QByteArray(R"({"data":[{"start_time":1730419200,"end_time":1730505600,"results":[{"images":999999999999999999}]}]})")
            << "" << "images is too large to be a usage quantity" << false;
        QTest::newRow("gateway page size times page number beyond int64")
            << "gateway" << "token-usage" << "10"
            << QByteArray(R"({"items":[],"page":10,"size":999999999999999999,"total":999999999999999999})")
            << "" << "" << false;
    }

    void refusedWithAReason()
    {
        QFETCH(QString, connector);
        QFETCH(QString, endpoint);
        QFETCH(QString, pageAsked);
        QFETCH(QByteArray, body);
        QFETCH(QString, pageError);
        QFETCH(QString, rowRejection);
        QFETCH(bool, hasMore);
        // Given a page body, parsed the way the syncer does (exact numbers)
        QString error;
        const auto doc = json::parseExact(body, &error);
        QVERIFY2(doc, qPrintable(error));
        // When the connector reads it
        ParsedPage page;
        const SyncWindow window{1'730'419'200'000, 1'733'011'200'000};
        const bool ok = connectorFor(connector)->parse(endpoint, *doc, window, pageAsked, &page, &error);
        // Then the page or the row is refused, saying why
        QCOMPARE(ok, pageError.isEmpty());
        if (!ok)
            QCOMPARE(error, pageError);
        QCOMPARE(page.rejected.isEmpty() ? QString() : page.rejected.first().reason, rowRejection);
        if (ok && rowRejection.isEmpty())
            QVERIFY(page.rejected.isEmpty());
        QCOMPARE(page.hasMore, hasMore);
    }
};

QTEST_GUILESS_MAIN(TestHostilePages)
#include "tst_hostilepages.moc"
