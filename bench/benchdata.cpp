#include "benchdata.h"

#include "allocation/allocationstore.h"
#include "budgets/budgetstore.h"
#include "core/money.h"
#include "core/utctime.h"
#include "workspace/pricingstore.h"
#include "workspace/workspace.h"

#include <QFile>

namespace costline::bench {
namespace {

constexpr const char *kModels[] = {"gpt-4o", "gpt-4o-mini", "gpt-4.1", "claude-sonnet-4-5", "claude-haiku",
                                   "gemini-2.5-pro", "gemini-2.5-flash", "nova-pro", "llama-70b", "o3-mini",
                                   "gpt-5", "gpt-5-mini", "text-embedding-3-small", "ft:custom-unpriced"};
constexpr const char *kProviders[] = {"openai", "openai", "openai", "anthropic", "anthropic", "vertex", "vertex",
                                      "bedrock", "bedrock", "openai", "openai", "openai", "openai", "openai"};
constexpr int kModelCount = int(sizeof(kModels) / sizeof(kModels[0]));

quint64 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    return x ^ (x >> 33);
}

} // namespace

bool writeUsageCsv(const QString &path, qint64 events, qint64 firstDay, int days)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("timestamp,event_id,provider,model,operation,api_key_id,tenant,customer,project,team,feature,"
               "workflow,environment,trace_id,input_tokens,cached_input_tokens,output_tokens,reasoning_tokens,requests\n");
    const qint64 start = firstDay * kMsPerDay;
    const qint64 step = qMax<qint64>(1, qint64(days) * kMsPerDay / events);
    QByteArray row;
    QByteArray chunk;
    for (qint64 i = 0; i < events; ++i) {
        const quint64 r = mix(quint64(i) + 1);
        // Correlated like real traffic: a feature belongs to one team and project and uses
        // two or three models; a key belongs to a team and an environment.
        const int feature = int(r % 12);
        const int team = feature % 8;
        const int model = (feature * 5 + int((r >> 8) % 3)) % kModelCount;
        const int tenant = int((r >> 16) % 40);
        const bool staging = (r >> 24) % 10 == 0;
        const qint64 input = 200 + qint64((r >> 32) % 6000);
        const qint64 output = 20 + qint64((r >> 44) % 900);
        row = utc::formatTimestamp(start + i * step).toLatin1() + ",ev" + QByteArray::number(i, 36) + ','
              + kProviders[model] + ',' + kModels[model] + ",chat,key_" + QByteArray::number(team * 2 + (staging ? 1 : 0))
              + ",tenant-" + QByteArray::number(tenant) + ",tenant-" + QByteArray::number(tenant) + ",project-"
              + QByteArray::number(team) + ",team-" + QByteArray::number(team) + ",feature-"
              + QByteArray::number(feature) + ",workflow-" + QByteArray::number(feature % 5)
              + (staging ? ",staging," : ",production,") + QByteArray::number(mix(r), 16).rightJustified(16, '0')
              + QByteArray::number(mix(r + 1), 16).rightJustified(16, '0') + ',' + QByteArray::number(input) + ','
              + QByteArray::number(input / 3) + ',' + QByteArray::number(output) + ','
              + QByteArray::number(model == 9 || model == 10 ? output / 2 : 0) + ",1\n";
        chunk += row;
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return file.error() == QFile::NoError;
}

namespace {

void seedPricing(Workspace &workspace)
{
    PricingStore store(workspace);
    QString error;
    for (int m = 0; m + 1 < kModelCount; ++m) {
        PriceEntry e;
        e.modelPattern = QString::fromLatin1(kModels[m]);
        e.inputPerMTok = 1'000'000'000LL * (m + 1);
        e.cachedInputPerMTok = 100'000'000LL * (m + 1);
        e.outputPerMTok = 4'000'000'000LL * (m + 1);
        store.upsert(e, &error);
    }
}

// What a team in use has set up: budgets the Overview's bars evaluate, and allocation
// rules and a shared pool that showback works through.
void seedBudgetsAndAllocation(Workspace &workspace)
{
    QString error;
    BudgetStore budgets(workspace);
    Budget all;
    all.name = QStringLiteral("All spend");
    all.limitNano = 2'000'000 * Money::kNanoPerUsd;
    Budget team;
    team.name = QStringLiteral("team-3");
    team.scope.insert(Dimension::Team, QStringLiteral("team-3"));
    team.limitNano = 200'000 * Money::kNanoPerUsd;
    if (!budgets.save(all, &error) || !budgets.save(team, &error))
        qFatal("cannot seed budgets: %s", qPrintable(error));
    AllocationStore allocation(workspace);
    AllocationRule assistant;
    assistant.field = QStringLiteral("feature");
    assistant.pattern = QStringLiteral("feature-1*");
    assistant.owner = QStringLiteral("product:assistant");
    AllocationRule platform;
    platform.field = QStringLiteral("model");
    platform.pattern = QStringLiteral("gpt-5*");
    platform.owner = QStringLiteral("team:platform");
    if (allocation.addRule(assistant, &error) < 0)
        qFatal("cannot seed a rule: %s", qPrintable(error));
    allocation.applyRules();
    CostPool gpu;
    gpu.name = QStringLiteral("GPU pool");
    gpu.monthlyNano = 20'000 * Money::kNanoPerUsd;
    if (allocation.addRule(platform, &error) < 0 || allocation.addPool(gpu, &error) < 0)
        qFatal("cannot seed allocation: %s", qPrintable(error));
}

} // namespace

void seedWorkspace(Workspace &workspace)
{
    seedPricing(workspace);
    seedBudgetsAndAllocation(workspace);
}

} // namespace costline::bench
