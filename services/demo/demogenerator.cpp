#include "demogenerator.h"
#include "demooutcomes.h"

#include "democatalog.h"
#include "demorandom.h"
#include "pricing/litellmcatalog.h"
#include "workspace/ingestsession.h"
#include "workspace/pricingstore.h"
#include "workspace/workspace.h"

#include <QFile>

#include <algorithm>

namespace costline {
namespace {

constexpr qint64 kMsPerHour = 3'600'000;
// Hour-of-day weights (UTC): quiet nights, a working-day hump.
constexpr int kHourWeights[24] = {2, 2, 1, 1, 1, 2, 3, 5, 8, 10, 11, 11, 10, 11, 11, 10, 9, 7, 6, 5, 4, 3, 3, 2};

QList<qint64> eventsPerDay(qint64 total, int days, qint64 firstDay)
{
    QList<qint64> weights;
    qint64 sum = 0;
    for (int i = 0; i < days; ++i) {
        const qint64 dayOfWeek = (firstDay + i + 3) % 7; // 0 = Monday; 1970-01-01 was a Thursday
        const qint64 growth = 1000 + 600LL * i / qMax(1, days - 1);
        const qint64 w = growth * (dayOfWeek >= 5 ? 45 : 100);
        weights << w;
        sum += w;
    }
    QList<qint64> counts;
    qint64 assigned = 0;
    for (const qint64 w : std::as_const(weights)) {
        counts << total * w / sum;
        assigned += counts.last();
    }
    for (int i = 0; assigned < total; i = (i + 1) % days, ++assigned)
        ++counts[i];
    return counts;
}

template<typename T, typename WeightOf>
int pickWeighted(DemoRandom &rng, const QList<T> &items, WeightOf weightOf)
{
    qint64 total = 0;
    for (const T &item : items)
        total += weightOf(item);
    qint64 r = qint64(rng.below(quint64(total)));
    for (int i = 0; i < items.size(); ++i) {
        r -= weightOf(items.at(i));
        if (r < 0)
            return i;
    }
    return int(items.size()) - 1;
}

int pickHour(DemoRandom &rng)
{
    int total = 0;
    for (const int w : kHourWeights)
        total += w;
    int r = int(rng.below(quint64(total)));
    for (int h = 0; h < 24; ++h) {
        r -= kHourWeights[h];
        if (r < 0)
            return h;
    }
    return 23;
}

// Around the mean, spread from 0.35× to 1.65×.
qint64 around(DemoRandom &rng, qint64 mean)
{
    return qint64(double(mean) * (0.35 + 1.3 * rng.unit()));
}

QByteArray hex(quint64 value, int digits)
{
    return QByteArray::number(value, 16).rightJustified(digits, '0').right(digits);
}

struct DayPlan
{
    qint64 day;
    bool spike;
    bool switched;
};

class EventFactory
{
public:
    EventFactory(quint64 seed) : m_rng(seed)
    {
        const QList<const char *> &all = demo::tenants();
        for (int i = 0; i < all.size(); ++i)
            m_tenantWeights << 1200 / (i + 2);
        qint64 sum = 0;
        for (const int w : std::as_const(m_tenantWeights))
            sum += w;
        // globex (index 1) gets 5× its usual share on spike days.
        const double share = double(m_tenantWeights.at(1)) / double(sum);
        m_spikeChance = 4.0 * share / (1.0 - share);
    }

    UsageEvent make(const DayPlan &plan, qint64 index)
    {
        UsageEvent e;
        const qint64 ms = plan.day * kMsPerDay + pickHour(m_rng) * kMsPerHour + qint64(m_rng.below(quint64(kMsPerHour)));
        e.timestampMs = ms;
        e.eventId = "ev-" + QByteArray::number(index, 36);
        const QList<demo::Feature> &features = demo::features();
        const demo::Feature &f = features.at(pickWeighted(m_rng, features, [](const demo::Feature &x) { return x.weight; }));
        int modelIndex = f.modelMix.at(pickWeighted(m_rng, f.modelMix, [](const QPair<int, int> &m) { return m.second; })).first;
        if (plan.switched && qstrcmp(f.name, DemoGenerator::kSwitchFeature) == 0)
            modelIndex = demo::modelIndex("gpt-4o", "openai");
        const demo::Model &model = demo::models().at(modelIndex);
        int tenant = pickWeighted(m_rng, m_tenantWeights, [](int w) { return w; });
        if (plan.spike && tenant != 1 && m_rng.chance(m_spikeChance))
            tenant = 1;
        const int env = m_rng.chance(0.85) ? 0 : (m_rng.chance(0.67) ? 1 : 2);
        e.dim(Dimension::Source) = QByteArray(model.provider) + "-usage";
        e.dim(Dimension::Provider) = model.provider;
        e.dim(Dimension::Model) = model.name;
        e.dim(Dimension::Operation) = f.operation;
        e.dim(Dimension::Tenant) = demo::tenants().at(tenant);
        e.dim(Dimension::Customer) = demo::tenants().at(tenant);
        e.dim(Dimension::Feature) = f.name;
        e.dim(Dimension::Workflow) = f.workflow;
        e.dim(Dimension::Environment) = demo::environments().at(env);
        e.dim(Dimension::ApiKey) = "key_" + hex(qHashBits(f.team, qstrlen(f.team), 7) ^ quint64(env) * 977, 8);
        if (!m_rng.chance(0.08)) { // the rest is spend nobody has claimed yet
            e.dim(Dimension::Team) = f.team;
            e.dim(Dimension::Project) = f.project;
        }
        e.traceId = hex(m_rng.next(), 16) + hex(m_rng.next(), 16);
        fillTokens(e, f, modelIndex);
        e.estimated = m_rng.chance(0.03);
        return e;
    }

private:
    void fillTokens(UsageEvent &e, const demo::Feature &f, int modelIndex)
    {
        e.inputTokens = qMax<qint64>(1, around(m_rng, f.meanInput));
        e.cachedInputTokens = qMin(e.inputTokens, around(m_rng, e.inputTokens * f.cachedPct / 100));
        e.outputTokens = f.meanOutput == 0 ? 0 : qMax<qint64>(1, around(m_rng, f.meanOutput));
        const bool reasoningModel = modelIndex == 4 || modelIndex == 5 || modelIndex == 6;
        e.reasoningTokens = reasoningModel ? e.outputTokens * f.reasoningPct / 100 : 0;
        e.requests = 1;
    }

    DemoRandom m_rng;
    QList<int> m_tenantWeights;
    double m_spikeChance = 0;
};

} // namespace

int DemoGenerator::spikeStartIndex(int days)
{
    return days >= 30 ? days - 20 : days / 2;
}

int DemoGenerator::switchIndex(int days)
{
    return days * 2 / 3;
}

bool DemoGenerator::loadPricing(DemoResult &result)
{
    QFile file(QStringLiteral(":/pricing/litellm-demo-models.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("the bundled demo price list is missing from this build");
        return false;
    }
    const CatalogParseResult catalog = parseLiteLlmCatalog(file.readAll(), utc::daysFromCivil(2020, 1, 1) * kMsPerDay);
    QString error;
    if (!catalog.ok || !m_workspace.begin(&error)) {
        result.error = catalog.ok ? error : catalog.error;
        return false;
    }
    result.pricedEntries = PricingStore(m_workspace).upsertAll(catalog.entries, &error);
    if (result.pricedEntries < 0 || !m_workspace.setSetting(QStringLiteral("demo"), QStringLiteral("1"))
        || !m_workspace.commit(&error)) {
        m_workspace.rollback();
        result.error = error;
        return false;
    }
    return true;
}

DemoResult DemoGenerator::generate(const DemoOptions &options, const Progress &progress)
{
    DemoResult result;
    if (options.endDay > utc::dayOf(options.nowMs)) {
        result.error = QStringLiteral("the last day %1 is after today (%2): the demo makes no events later than now")
                           .arg(utc::formatDate(options.endDay), utc::formatDate(utc::dayOf(options.nowMs)));
        return result;
    }
    if (!loadPricing(result))
        return result;
    const qint64 firstDay = options.endDay - options.days + 1;
    const QList<qint64> perDay = eventsPerDay(options.events, options.days, firstDay);
    const int spike = spikeStartIndex(options.days);
    EventFactory factory(options.seed);
    IngestSession session(m_workspace, QStringLiteral("demo"), QStringLiteral("demo"));
    if (!session.begin(&result.error))
        return result;
    qint64 index = 0;
    qint64 made = 0;
    for (int i = 0; i < options.days; ++i) {
        const DayPlan plan{firstDay + i, i == spike || i == spike + 1, i >= switchIndex(options.days)};
        QList<UsageEvent> day;
        day.reserve(perDay.at(i));
        for (qint64 n = 0; n < perDay.at(i); ++n)
            day.append(factory.make(plan, index++));
        std::sort(day.begin(), day.end(), [](const UsageEvent &a, const UsageEvent &b) { return a.timestampMs < b.timestampMs; });
        for (UsageEvent &e : day) {
            if (e.timestampMs > options.nowMs)
                break; // sorted by time: the rest of today has not happened yet
            ++made;
            QString reason;
            session.add(std::move(e), &reason);
            if (session.databaseFailed()) {
                result.error = reason;
                return result;
            }
        }
        if (progress && !progress(index, options.events)) {
            result.error = QStringLiteral("cancelled");
            return result;
        }
    }
    if (!session.commit(&result.error) || !addDemoOutcomes(m_workspace, options.nowMs, &result.error))
        return result;
    result.ok = true;
    result.events = made;
    return result;
}

} // namespace costline
