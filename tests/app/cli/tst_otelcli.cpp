#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `costline-cli import otel` end to end: real span captures priced from the real catalogue,
// read back through `summary`, and a trace file without GenAI usage refused loudly.
class tst_OtelCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("w%1.costline").arg(QTest::currentTestFunction()));
    }

    void capturesAreSummedOncePerCallAndPriced()
    {
        // Given the LiteLLM catalogue as the price list
        const QString catalogue = qEnvironmentVariable("COSTLINE_SHARED_DATA") + QStringLiteral("/litellm/model_prices_and_context_window.json");
        QCOMPARE(cli({"pricing", "import", "litellm", catalogue, "--workspace", m_ws}).exitCode, 0);
        // When an OpenInference capture and a nested pydantic-ai capture are imported
        CliRun r = cli({"import", "otel", sample("llamaindex-2025-06-05.otlp.json"), "--workspace", m_ws});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("imported 1 new, 0 updated, 0 quarantined, 1 skipped\n"));
        r = cli({"import", "otel", sample("pydantic-ai-2025-06-06.otlp.json"), "--workspace", m_ws});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("imported 1 new, 0 updated, 0 quarantined, 2 skipped\n"));
        // Then the summary by model has each call once, at the catalogue's prices
        r = cli({"summary", "--by", "provider,model", "--from", "2025-06-01", "--to", "2025-06-30", "--format", "json",
                 "--workspace", m_ws});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("totals")).toObject().value(QStringLiteral("input_tokens")).toInteger(), 13 + 31);
        QCOMPARE(summary.value(QStringLiteral("totals")).toObject().value(QStringLiteral("cost")).toString(),
                 QStringLiteral("0.001880000")); // 13 × $2.50/M + 81 × $10/M, 31 × $2.50/M + 96 × $10/M
        QHash<QString, QString> costByModel;
        for (const QJsonValue &g : summary.value(QStringLiteral("groups")).toArray()) {
            const QJsonObject key = g.toObject().value(QStringLiteral("key")).toObject();
            QCOMPARE(key.value(QStringLiteral("provider")).toString(), QStringLiteral("openai"));
            costByModel.insert(key.value(QStringLiteral("model")).toString(), g.toObject().value(QStringLiteral("cost")).toString());
        }
        QCOMPARE(costByModel.value(QStringLiteral("gpt-4o")), QStringLiteral("0.000842500"));
        QCOMPARE(costByModel.value(QStringLiteral("gpt-4o-2024-08-06")), QStringLiteral("0.001037500"));
    }

    void traceWithoutGenAiUsageExitsOne()
    {
        // Given a real trace export whose spans carry no GenAI usage
        const QString trace = qEnvironmentVariable("COSTLINE_SHARED_DATA") + QStringLiteral("/otel/opentelemetry-proto_examples_trace.json");
        // When it is imported
        const CliRun r = cli({"import", "otel", trace, "--workspace", m_ws});
        // Then the command fails and says what it read and why nothing counted
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("costline-cli import: %1: no span carries GenAI token usage (1 span read): "
                                                 "1 span without token usage attributes (dialect not recognised")
                                      .arg(trace)),
                 qPrintable(r.err));
        QVERIFY2(r.err.endsWith(QStringLiteral("; nothing was imported\n")), qPrintable(r.err));
    }

private:
    static QString sample(const char *name) { return QStringLiteral(COSTLINE_OTEL_SAMPLES "/") + QLatin1String(name); }

    QTemporaryDir m_dir;
    QString m_ws;
};

QTEST_GUILESS_MAIN(tst_OtelCli)
#include "tst_otelcli.moc"
