#include "usagecsvwriter.h"

#include <QFile>
#include <QRandomGenerator>

namespace costline::test {
namespace {

constexpr qint64 kFirstMs = 1'767'225'600'000; // 2026-01-01T00:00:00Z
constexpr qint64 kSpanMs = 60LL * 86'400'000;

const char *pick(QRandomGenerator &rng, std::initializer_list<const char *> values)
{
    return values.begin()[rng.bounded(int(values.size()))];
}

QByteArray decimalUsd(qint64 nano)
{
    return QByteArray::number(nano / 1'000'000'000) + '.' + QByteArray::number(nano % 1'000'000'000).rightJustified(9, '0');
}

void appendRow(QByteArray &out, QRandomGenerator &rng, int id)
{
    const qint64 input = rng.bounded(20'000);
    const qint64 output = rng.bounded(4'000);
    out += QByteArray::number(kFirstMs + qint64(rng.bounded(double(kSpanMs)))) + ",e" + QByteArray::number(id) + ','
           + pick(rng, {"openai", "anthropic", "gateway"}) + ',' + pick(rng, {"gpt-4o", "gpt-4o-mini", "claude-sonnet", "o3"})
           + ',' + pick(rng, {"search", "support", "growth", ""}) + ',' + pick(rng, {"p1", "p2", "p3"}) + ','
           + pick(rng, {"acme", "globex", "initech", "umbrella", ""}) + ',' + pick(rng, {"chat", "summarise", "rag"}) + ','
           + pick(rng, {"prod", "staging"}) + ',' + QByteArray::number(input) + ','
           + QByteArray::number(rng.bounded(input + 1)) + ',' + QByteArray::number(output) + ','
           + QByteArray::number(rng.bounded(output + 1)) + ',' + QByteArray::number(rng.bounded(1, 4)) + ','
           + (rng.bounded(5) == 0 ? QByteArray() : decimalUsd(rng.bounded(qint64(50'000'000)))) + ','
           + (rng.bounded(10) == 0 ? '1' : '0') + '\n';
}

} // namespace

QByteArray usageCsv(const UsageCsvSpec &spec)
{
    QRandomGenerator rng(spec.seed);
    QByteArray out = "timestamp,event_id,provider,model,team,project,customer,feature,environment,input_tokens,"
                     "cached_input_tokens,output_tokens,reasoning_tokens,requests,cost_usd,estimated\n";
    out.reserve(spec.rows * 120);
    for (int i = 0; i < spec.rows; ++i)
        appendRow(out, rng, spec.firstId + i);
    return out;
}

bool writeUsageCsv(const QString &path, const UsageCsvSpec &spec)
{
    QFile file(path);
    const QByteArray content = usageCsv(spec);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace costline::test
