#include "ingestsession.h"

#include "core/apikeymask.h"
#include "core/money.h"
#include "core/utctime.h"
#include "eventtotals.h"
#include "pricing/costcalculator.h"
#include "pricingstore.h"
#include "quarantinestore.h"
#include "sourcestore.h"
#include "workspace.h"

#include <QDateTime>

#include <limits>

namespace costline {
namespace {

constexpr qsizetype kFlushThreshold = 200'000;
constexpr qint64 kSequenceMask = (qint64(1) << kEventIdSequenceBits) - 1;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1; // upper case is kept as text so that it reads back as written
}

// A trace id of 32 lower-case hex digits is kept as 16 bytes; anything else as text.
bool packTraceId(const QByteArray &traceId, std::array<char, 16> *packed)
{
    if (traceId.size() != 32)
        return false;
    for (int i = 0; i < 16; ++i) {
        const int high = hexValue(traceId[2 * i]);
        const int low = hexValue(traceId[2 * i + 1]);
        if (high < 0 || low < 0)
            return false;
        (*packed)[size_t(i)] = char(high * 16 + low);
    }
    return true;
}


} // namespace

struct IngestSession::StoredEvent
{
    qint64 id = 0;
    qint64 tupleId = 0;
    UsageEvent event;
    std::optional<qint64> computed;
};

qint64 eventKeyHash(qint64 sourceId, QByteArrayView eventId)
{
    // FNV-1a 64, folded: stable across Qt versions, unlike qHash.
    quint64 h = 14695981039346656037ULL;
    auto mix = [&h](unsigned char c) {
        h ^= c;
        h *= 1099511628211ULL;
    };
    for (int i = 0; i < 8; ++i)
        mix(static_cast<unsigned char>(quint64(sourceId) >> (8 * i)));
    for (const char c : eventId)
        mix(static_cast<unsigned char>(c));
    return qint64((h ^ (h >> 31) ^ (h >> 62)) & 0x7FFFFFFF);
}

IngestSession::IngestSession(Workspace &workspace, const QString &sourceName, const QString &sourceKind)
    : m_workspace(workspace), m_sourceName(sourceName), m_sourceKind(sourceKind)
{
}

IngestSession::~IngestSession()
{
    if (m_active)
        rollback();
}

bool IngestSession::begin(QString *error)
{
    if (!m_workspace.begin(error))
        return false;
    m_active = true;
    sqlite3 *db = m_workspace.db();
    m_sourceId = SourceStore(m_workspace).ensure(m_sourceName, m_sourceKind);
    m_pricing = PricingMatcher(PricingStore(m_workspace).entries());
    m_lookup = std::make_unique<SqliteStatement>(db,
        "SELECT e.id, e.event_id, t.source_id, e.tuple_id, e.input_tokens, e.cached_input_tokens,"
        " e.cache_write_tokens, e.output_tokens, e.reasoning_tokens, e.requests, e.reported_cost,"
        " e.computed_cost, e.estimated FROM events e JOIN dim_tuples t ON t.id = e.tuple_id"
        " WHERE e.key_hash = ?");
    m_maxId = std::make_unique<SqliteStatement>(db, "SELECT max(id) FROM events WHERE id BETWEEN ? AND ?");
    m_insert = std::make_unique<SqliteStatement>(db,
        "INSERT OR REPLACE INTO events(id, key_hash, event_id, tuple_id, trace_id, input_tokens,"
        " cached_input_tokens, cache_write_tokens, output_tokens, reasoning_tokens, requests,"
        " quantity, unit_id, reported_cost, computed_cost, price_id, estimated, labels)"
        " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    m_delete = std::make_unique<SqliteStatement>(db, "DELETE FROM events WHERE id = ?");
    SqliteStatement maxId(db, "SELECT coalesce(max(id), -1) FROM events");
    m_maxStoredId = maxId.step() ? maxId.int64(0) : std::numeric_limits<qint64>::max();
    m_quarantine = std::make_unique<SqliteStatement>(db,
        "INSERT INTO quarantine(source_id, file, line, reason, raw, created_ms) VALUES(?,?,?,?,?,?)");
    if (m_sourceId <= 0 || !m_lookup->isValid() || !m_insert->isValid()) {
        *error = QStringLiteral("the workspace could not prepare the import: %1").arg(sqliteError(db));
        rollback();
        return false;
    }
    return true;
}

QString IngestSession::validate(const UsageEvent &e)
{
    if (e.eventId.isEmpty())
        return QStringLiteral("event_id is empty");
    if (e.dim(Dimension::Provider).isEmpty())
        return QStringLiteral("provider is empty");
    if (e.dim(Dimension::Model).isEmpty())
        return QStringLiteral("model is empty");
    if (e.timestampMs < 0 || e.timestampMs > kMaxEventTimestampMs)
        return QStringLiteral("timestamp is outside 1970–2109");
    if (e.inputTokens < 0 || e.cachedInputTokens < 0 || e.cacheWriteTokens < 0 || e.outputTokens < 0
        || e.reasoningTokens < 0 || e.requests < 0)
        return QStringLiteral("token and request counts must not be negative");
    if (e.inputTokens > kMaxEventCount || e.outputTokens > kMaxEventCount || e.requests > kMaxEventCount)
        return QStringLiteral("token and request counts above 10^15 are not one event's usage; check the column's unit");
    if (e.reportedCostNano && (*e.reportedCostNano > kMaxEventCostNano || *e.reportedCostNano < -kMaxEventCostNano))
        return QStringLiteral("cost %1 is beyond the $100,000,000 one event may carry; check the column's unit")
            .arg(Money::fromNano(*e.reportedCostNano).toDecimalString());
    if (e.cachedInputTokens + e.cacheWriteTokens > e.inputTokens)
        return QStringLiteral("cached_input_tokens + cache_write_tokens (%1) exceed input_tokens (%2); "
                              "input_tokens counts all input")
            .arg(e.cachedInputTokens + e.cacheWriteTokens)
            .arg(e.inputTokens);
    if (e.reasoningTokens > e.outputTokens)
        return QStringLiteral("reasoning_tokens (%1) exceed output_tokens (%2); output_tokens counts all output")
            .arg(e.reasoningTokens)
            .arg(e.outputTokens);
    return {};
}

IngestSession::Outcome IngestSession::fail(QString *reason, const QString &why)
{
    m_databaseFailed = true;
    *reason = why;
    return Outcome::Rejected;
}

const PriceEntry *IngestSession::priceFor(const UsageEvent &event, const DimensionTuple &tuple)
{
    const QPair<qint64, qint64> key{tuple.id(Dimension::Provider), tuple.id(Dimension::Model)};
    auto found = m_priceCandidates.constFind(key);
    if (found == m_priceCandidates.constEnd())
        found = m_priceCandidates.insert(key, m_pricing.candidates(QString::fromUtf8(event.dim(Dimension::Provider)),
                                                                   QString::fromUtf8(event.dim(Dimension::Model))));
    return m_pricing.matchIn(*found, event.timestampMs);
}

qint64 IngestSession::resolveSource(const QByteArray &name)
{
    if (name.isEmpty())
        return m_sourceId;
    const auto found = m_otherSources.constFind(name);
    if (found != m_otherSources.constEnd())
        return *found;
    const qint64 id = SourceStore(m_workspace).ensure(QString::fromUtf8(name), m_sourceKind);
    m_otherSources.insert(QByteArray(name.constData(), name.size()), id);
    return id;
}

bool IngestSession::findStored(const UsageEvent &event, qint64 sourceId, qint64 keyHash, StoredEvent *stored)
{
    m_lookup->bind(0, keyHash);
    bool found = false;
    while (!found && m_lookup->step()) {
        if (m_lookup->bytes(1) != event.eventId || m_lookup->int64(2) != sourceId)
            continue; // a hash collision with another event
        found = true;
        stored->id = m_lookup->int64(0);
        stored->tupleId = m_lookup->int64(3);
        UsageEvent &e = stored->event;
        e.timestampMs = timestampOfEventId(stored->id);
        e.inputTokens = m_lookup->int64(4);
        e.cachedInputTokens = m_lookup->int64(5);
        e.cacheWriteTokens = m_lookup->int64(6);
        e.outputTokens = m_lookup->int64(7);
        e.reasoningTokens = m_lookup->int64(8);
        e.requests = m_lookup->int64(9);
        e.reportedCostNano = m_lookup->optionalInt64(10);
        stored->computed = m_lookup->optionalInt64(11);
        e.estimated = m_lookup->int64(12) != 0;
    }
    m_lookup->reset();
    return found;
}

qint64 IngestSession::allocateId(qint64 timestampMs)
{
    if (timestampMs == m_lastTimestamp && (m_lastId & kSequenceMask) != kSequenceMask) {
        ++m_lastId;
        m_maxStoredId = qMax(m_maxStoredId, m_lastId);
        return m_lastId;
    }
    const qint64 floor = eventIdFloor(timestampMs);
    if (floor > m_maxStoredId) {
        // Newer than anything stored: the common case for incremental imports and syncs.
        m_lastTimestamp = timestampMs;
        m_lastId = m_maxStoredId = floor;
        return floor;
    }
    m_maxId->bind(0, floor);
    m_maxId->bind(1, floor | kSequenceMask);
    qint64 id = floor;
    if (m_maxId->step() && !m_maxId->isNull(0))
        id = m_maxId->int64(0) + 1;
    m_maxId->reset();
    if (id > (floor | kSequenceMask))
        return -1;
    m_lastTimestamp = timestampMs;
    m_lastId = id;
    m_maxStoredId = qMax(m_maxStoredId, id);
    return id;
}

bool IngestSession::writeEvent(qint64 id, qint64 keyHash, qint64 tupleId, const UsageEvent &e,
                               std::optional<qint64> computed, qint64 priceId)
{
    SqliteStatement &st = *m_insert;
    st.bind(0, id);
    st.bind(1, keyHash);
    st.bind(2, QByteArrayView(e.eventId));
    st.bind(3, tupleId);
    std::array<char, 16> packed{};
    if (e.traceId.isEmpty())
        st.bindNull(4);
    else if (packTraceId(e.traceId, &packed))
        st.bindBlob(4, QByteArrayView(packed.data(), 16));
    else
        st.bind(4, QByteArrayView(e.traceId));
    st.bind(5, e.inputTokens);
    st.bind(6, e.cachedInputTokens);
    st.bind(7, e.cacheWriteTokens);
    st.bind(8, e.outputTokens);
    st.bind(9, e.reasoningTokens);
    st.bind(10, e.requests);
    st.bind(11, e.quantityNano);
    st.bind(12, m_workspace.dimensions().intern(kUnitDimension, e.unit));
    st.bindOptional(13, e.reportedCostNano);
    st.bindOptional(14, computed);
    st.bindOptional(15, priceId > 0 ? std::optional<qint64>(priceId) : std::nullopt);
    st.bind(16, qint64(e.estimated ? 1 : 0));
    if (e.labelsJson.isEmpty())
        st.bindNull(17);
    else
        st.bind(17, QByteArrayView(e.labelsJson));
    return st.exec();
}

IngestSession::Outcome IngestSession::add(UsageEvent event, QString *reason)
{
    if (const QString why = validate(event); !why.isEmpty()) {
        *reason = why;
        return Outcome::Rejected;
    }
    if (event.reportedCostNano)
        event.reportedCostNano = m_costCarry.store({*event.reportedCostNano, event.reportedCostSubNano});
    event.dim(Dimension::ApiKey) = maskApiKey(event.dim(Dimension::ApiKey));
    DimensionCatalog &dims = m_workspace.dimensions();
    const qint64 sourceId = resolveSource(event.dim(Dimension::Source));
    if (sourceId < 0)
        return fail(reason, QStringLiteral("the workspace refused source '%1': %2")
                                .arg(QString::fromUtf8(event.dim(Dimension::Source)), sqliteError(m_workspace.db())));
    DimensionTuple tuple;
    tuple[size_t(Dimension::Source)] = sourceId;
    for (int d = 1; d < kDimensionCount; ++d) {
        tuple[size_t(d)] = dims.intern(Dimension(d), event.dims[size_t(d)]);
        if (tuple[size_t(d)] < 0)
            return fail(reason, QStringLiteral("the workspace refused a dimension value: %1").arg(sqliteError(m_workspace.db())));
    }
    const qint64 tupleId = dims.internTuple(tuple);
    if (tupleId < 0)
        return fail(reason, QStringLiteral("the workspace refused a dimension tuple: %1").arg(sqliteError(m_workspace.db())));

    const PriceEntry *price = priceFor(event, tuple);
    const std::optional<qint64> computed = price ? computeCostNano(*price, event) : std::nullopt;
    const qint64 priceId = price && computed ? price->id : 0;

    const qint64 keyHash = eventKeyHash(sourceId, event.eventId);
    StoredEvent stored;
    const bool exists = findStored(event, sourceId, keyHash, &stored);
    qint64 id = -1;
    if (exists) {
        m_rollups.apply(utc::dayOf(stored.event.timestampMs), stored.tupleId, dims.tuple(stored.tupleId),
                        eventTotals(stored.event, stored.computed), true);
        if (timestampOfEventId(stored.id) == event.timestampMs) {
            id = stored.id;
        } else {
            m_delete->bind(0, stored.id);
            if (!m_delete->exec())
                return fail(reason, m_delete->error());
        }
    }
    if (id == -1)
        id = allocateId(event.timestampMs);
    if (id < 0)
        return fail(reason, QStringLiteral("more than a million events share one millisecond"));
    if (!writeEvent(id, keyHash, tupleId, event, computed, priceId))
        return fail(reason, m_insert->error());
    m_rollups.apply(utc::dayOf(event.timestampMs), tupleId, tuple, eventTotals(event, computed), false);
    if (m_rollups.pendingKeys() > kFlushThreshold) {
        QString error;
        if (!m_rollups.flush(m_workspace.db(), &error))
            return fail(reason, error);
    }
    ++(exists ? m_updated : m_inserted);
    return exists ? Outcome::Updated : Outcome::Inserted;
}

void IngestSession::forgetQuarantined(const QString &file)
{
    if (m_filesForgotten.contains(file))
        return;
    m_filesForgotten.insert(file);
    if (!QuarantineStore(m_workspace).forgetFile(m_sourceId, file))
        m_databaseFailed = true;
}

void IngestSession::quarantine(const QString &file, qint64 line, const QString &reason, const QByteArray &raw)
{
    forgetQuarantined(file);
    SqliteStatement &st = *m_quarantine;
    st.bind(0, m_sourceId);
    st.bind(1, file);
    st.bind(2, line);
    st.bind(3, reason);
    st.bind(4, QByteArrayView(raw));
    st.bind(5, QDateTime::currentMSecsSinceEpoch());
    if (!st.exec())
        m_databaseFailed = true;
    if (m_firstReasons.size() < 3)
        m_firstReasons << QStringLiteral("line %1: %2").arg(line).arg(reason);
    ++m_quarantined;
}

bool IngestSession::commit(QString *error)
{
    if (m_databaseFailed) {
        *error = QStringLiteral("the workspace failed during the import; nothing was saved");
        rollback();
        return false;
    }
    if (!m_rollups.flush(m_workspace.db(), error) || !m_workspace.commit(error)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void IngestSession::rollback()
{
    m_rollups.clear();
    m_costCarry = {};
    m_filesForgotten.clear();
    m_otherSources.clear();
    m_priceCandidates.clear();
    m_workspace.rollback();
    m_active = false;
}

} // namespace costline
