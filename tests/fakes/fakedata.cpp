#include "fakedata.h"

#include "core/utctime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace costline::fakes {
namespace {

const QString kExactMarker = QStringLiteral("@exact:");

// The first result of a shared sample, so the fakes answer in the real shape; an empty
// object when the samples are not reachable.
QJsonObject sampleResult(const QString &relativePath)
{
    QFile file(qEnvironmentVariable("COSTLINE_SHARED_DATA") + QLatin1Char('/') + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    return root.value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("results")).toArray().first().toObject();
}

QString hexId(int day, int k, int length)
{
    return QStringLiteral("%1%2").arg(day, 4, 16, QLatin1Char('0')).arg(k, length - 4, 16, QLatin1Char('0'));
}

} // namespace

qint64 fixtureDay(int index)
{
    return utc::todayUtc() - kDays + index;
}

QString exactNumber(const QString &text)
{
    return kExactMarker + text;
}

QByteArray toWireJson(const QJsonObject &object)
{
    static const QRegularExpression marker(QStringLiteral("\"@exact:([-0-9.eE+]+)\""));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)).replace(marker, QStringLiteral("\\1")).toUtf8();
}

QByteArray toWireJson(const QJsonArray &array)
{
    static const QRegularExpression marker(QStringLiteral("\"@exact:([-0-9.eE+]+)\""));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)).replace(marker, QStringLiteral("\\1")).toUtf8();
}

QList<QJsonObject> openAiUsageResults(const QString &endpoint, int day, bool revised)
{
    QJsonObject base = sampleResult(QStringLiteral("openai/usage_completions.example.json"));
    const int bump = revised && day >= kRevisedFromDay ? 100 : 0;
    QList<QJsonObject> results;
    if (endpoint == QLatin1String("completions")) {
        // The revision drops gpt-4o-mini from the last day altogether.
        const int variants = revised && day == kDays - 1 ? 1 : 2;
        for (int v = 0; v < variants; ++v) {
            QJsonObject r = base;
            r.insert(QStringLiteral("input_tokens"), 1000 * (day + 1) + 10 * v);
            r.insert(QStringLiteral("input_cached_tokens"), 100 * (day + 1));
            r.insert(QStringLiteral("input_cache_write_tokens"), v == 0 ? 10 * (day + 1) : 0);
            r.insert(QStringLiteral("output_tokens"), 500 + day + bump);
            r.insert(QStringLiteral("num_model_requests"), 5 + v);
            r.insert(QStringLiteral("model"), v == 0 ? QStringLiteral("gpt-4o-2024-08-06") : QStringLiteral("gpt-4o-mini"));
            r.insert(QStringLiteral("project_id"), QStringLiteral("proj_search"));
            r.insert(QStringLiteral("api_key_id"), QStringLiteral("key_abc"));
            results << r;
        }
    } else if (endpoint == QLatin1String("embeddings")) {
        results << QJsonObject{{QStringLiteral("object"), QStringLiteral("organization.usage.embeddings.result")},
                               {QStringLiteral("input_tokens"), 200 * (day + 1)},
                               {QStringLiteral("num_model_requests"), 2},
                               {QStringLiteral("model"), QStringLiteral("text-embedding-3-small")},
                               {QStringLiteral("project_id"), QJsonValue::Null},
                               {QStringLiteral("user_id"), QJsonValue::Null},
                               {QStringLiteral("api_key_id"), QJsonValue::Null}};
    }
    return results;
}

QList<QJsonObject> openAiCostResults(int day, bool revised)
{
    const int bump = revised && day >= kRevisedFromDay ? 1 : 0;
    QJsonObject a{{QStringLiteral("object"), QStringLiteral("organization.costs.result")},
                  {QStringLiteral("amount"), QJsonObject{{QStringLiteral("value"), exactNumber(QStringLiteral("%1.123456789").arg(day + 1 + bump))},
                                                         {QStringLiteral("currency"), QStringLiteral("usd")}}},
                  {QStringLiteral("line_item"), QStringLiteral("gpt-4o-2024-08-06, input")},
                  {QStringLiteral("project_id"), QStringLiteral("proj_search")}};
    // A double's full decimal expansion: more digits than a nano-dollar, rounded once.
    QJsonObject b{{QStringLiteral("object"), QStringLiteral("organization.costs.result")},
                  {QStringLiteral("amount"), QJsonObject{{QStringLiteral("value"), exactNumber(QStringLiteral("0.1000000000000000055511151231257827"))},
                                                         {QStringLiteral("currency"), QStringLiteral("usd")}}},
                  {QStringLiteral("line_item"), QStringLiteral("gpt-4o-mini, output")},
                  {QStringLiteral("project_id"), QStringLiteral("proj_search")}};
    if (revised && day == kDays - 1)
        return {a}; // the revision drops the gpt-4o-mini line of the last day
    return {a, b};
}

QList<QJsonObject> anthropicUsageResults(int day, bool revised)
{
    QJsonObject r = sampleResult(QStringLiteral("anthropic/usage_report_messages.constructed.json"));
    r.insert(QStringLiteral("uncached_input_tokens"), 1500 + day);
    r.insert(QStringLiteral("cache_read_input_tokens"), 200);
    r.insert(QStringLiteral("cache_creation"), QJsonObject{{QStringLiteral("ephemeral_1h_input_tokens"), 1000},
                                                           {QStringLiteral("ephemeral_5m_input_tokens"), 500}});
    r.insert(QStringLiteral("output_tokens"), 500 + (revised && day >= kRevisedFromDay ? 50 : 0));
    r.insert(QStringLiteral("model"), QStringLiteral("claude-sonnet-4-20250514"));
    return {r};
}

QList<QJsonObject> anthropicCostResults(int day, bool revised)
{
    QJsonObject a = sampleResult(QStringLiteral("anthropic/cost_report.constructed.json"));
    a.insert(QStringLiteral("amount"), revised && day >= kRevisedFromDay ? QStringLiteral("223.78912") : QStringLiteral("123.78912"));
    QJsonObject b = a;
    b.insert(QStringLiteral("amount"), QStringLiteral("0.5"));
    b.insert(QStringLiteral("description"), QStringLiteral("Claude Sonnet 4 Usage - Output Tokens"));
    b.insert(QStringLiteral("token_type"), QStringLiteral("output_tokens"));
    return {a, b};
}

QList<QJsonObject> gatewayItems(int day, bool revised)
{
    QList<QJsonObject> items;
    const qint64 dayMs = fixtureDay(day) * kMsPerDay;
    for (int k = 0; k < 5; ++k) {
        items << QJsonObject{{QStringLiteral("id"), QStringLiteral("tu_%1_%2").arg(day).arg(k)},
                             {QStringLiteral("timestamp"), utc::formatTimestamp(dayMs + (k + 1) * 3'600'000LL)},
                             {QStringLiteral("tenantId"), k % 2 ? QStringLiteral("globex") : QStringLiteral("acme")},
                             {QStringLiteral("apiKey"), QStringLiteral("sk-...a1b2")},
                             {QStringLiteral("model"), QStringLiteral("gpt-4o")},
                             {QStringLiteral("provider"), QStringLiteral("openai")},
                             {QStringLiteral("inputTokens"), 1000 + k},
                             {QStringLiteral("outputTokens"), 100 * k + (revised && day >= kRevisedFromDay ? 7 : 0)},
                             {QStringLiteral("cachedInputTokens"), 10 * k},
                             {QStringLiteral("estimated"), k == 4},
                             {QStringLiteral("traceId"), hexId(day, k, 32)}};
    }
    return items;
}

QList<QJsonObject> liteLlmRows(int day, bool revised)
{
    QList<QJsonObject> rows;
    const qint64 dayMs = fixtureDay(day) * kMsPerDay;
    const QString spend = revised && day >= kRevisedFromDay ? QStringLiteral("0.0002234567891") : QStringLiteral("0.0001234567891");
    for (int k = 0; k < 3; ++k) {
        // LiteLLM writes UTC times without a zone.
        const QString start = utc::formatTimestamp(dayMs + (k + 2) * 3'600'000LL).chopped(1) + QStringLiteral("000");
        QJsonObject usage{{QStringLiteral("prompt_tokens"), 100 + k}, {QStringLiteral("completion_tokens"), 20}};
        if (k == 1)
            usage.insert(QStringLiteral("prompt_tokens_details"), QJsonObject{{QStringLiteral("cached_tokens"), 10}});
        rows << QJsonObject{{QStringLiteral("request_id"), QStringLiteral("req_%1_%2").arg(day).arg(k)},
                            {QStringLiteral("call_type"), QStringLiteral("acompletion")},
                            {QStringLiteral("api_key"), QStringLiteral("88dc28d0f030c55ed4ab77ed8faf098196cb1c05df778539800c9f1243fe6b4b")},
                            {QStringLiteral("spend"), exactNumber(spend)},
                            {QStringLiteral("prompt_tokens"), 100 + k},
                            {QStringLiteral("completion_tokens"), 20},
                            {QStringLiteral("total_tokens"), 120 + k},
                            {QStringLiteral("startTime"), start},
                            {QStringLiteral("endTime"), start},
                            {QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
                            {QStringLiteral("custom_llm_provider"), QStringLiteral("openai")},
                            {QStringLiteral("user"), QStringLiteral("u1")},
                            {QStringLiteral("team_id"), QStringLiteral("team-search")},
                            {QStringLiteral("end_user"), QStringLiteral("cust-9")},
                            {QStringLiteral("request_tags"), QJsonArray{QStringLiteral("prod")}},
                            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("usage_object"), usage}}},
                            {QStringLiteral("cache_hit"), QStringLiteral("False")},
                            {QStringLiteral("status"), QStringLiteral("success")}};
    }
    return rows;
}

} // namespace costline::fakes
