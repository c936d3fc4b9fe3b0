#pragma once

#include "core/exactamount.h"
#include "core/usageevent.h"
#include "pricing/pricingmatcher.h"
#include "rollupaccumulator.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace costline {

class Workspace;

// Writes usage events (of the session's source, or of the source an event names) into a workspace inside one transaction. An event whose
// (source, event_id) exists replaces the stored one, and the rollups move by the
// difference; events without a reported cost are priced from the workspace's pricing.
// Nothing is visible to readers until commit(); rollback() (or destruction without
// commit) leaves the workspace exactly as it was.
class IngestSession final
{
public:
    enum class Outcome { Inserted, Updated, Rejected };

    IngestSession(Workspace &workspace, const QString &sourceName, const QString &sourceKind);
    ~IngestSession();
    IngestSession(const IngestSession &) = delete;
    IngestSession &operator=(const IngestSession &) = delete;

    bool begin(QString *error);
    // Rejected: *reason says why (a row error to quarantine); a database failure is also
    // Rejected with databaseFailed() set, and the session must be rolled back.
    Outcome add(UsageEvent event, QString *reason);
    // Keeps a refused row; the first row of a file replaces what an earlier import of
    // the same file into the same source refused.
    void quarantine(const QString &file, qint64 line, const QString &reason, const QByteArray &raw);
    // Replaces an earlier import's refused rows of `file` even when this one refuses none.
    void forgetQuarantined(const QString &file);
    bool commit(QString *error);
    void rollback();

    bool databaseFailed() const { return m_databaseFailed; }
    qint64 sourceId() const { return m_sourceId; }
    qint64 inserted() const { return m_inserted; }
    qint64 updated() const { return m_updated; }
    qint64 quarantined() const { return m_quarantined; }
    // "line 2: why" for the first three quarantined rows: what a short import reports.
    const QStringList &firstQuarantineReasons() const { return m_firstReasons; }

    // Checks the invariants every importer relies on; empty when the event is sound.
    static QString validate(const UsageEvent &event);

private:
    struct StoredEvent;
    qint64 resolveSource(const QByteArray &name);
    bool findStored(const UsageEvent &event, qint64 sourceId, qint64 keyHash, StoredEvent *stored);
    qint64 allocateId(qint64 timestampMs);
    bool writeEvent(qint64 id, qint64 keyHash, qint64 tupleId, const UsageEvent &event,
                    std::optional<qint64> computed, qint64 priceId);
    Outcome fail(QString *reason, const QString &why);
    const PriceEntry *priceFor(const UsageEvent &event, const DimensionTuple &tuple);

    Workspace &m_workspace;
    QString m_sourceName;
    QString m_sourceKind;
    qint64 m_sourceId = 0;
    bool m_active = false;
    bool m_databaseFailed = false;
    PricingMatcher m_pricing;
    RollupAccumulator m_rollups;
    QHash<QByteArray, qint64> m_otherSources; // events that name their own source
    SubNanoCarry m_costCarry;                   // reported costs' parts below a nano-dollar
    QSet<QString> m_filesForgotten;
    QHash<QPair<qint64, qint64>, QList<int>> m_priceCandidates; // (provider id, model id)
    std::unique_ptr<SqliteStatement> m_lookup;
    std::unique_ptr<SqliteStatement> m_maxId;
    std::unique_ptr<SqliteStatement> m_insert;
    std::unique_ptr<SqliteStatement> m_delete;
    std::unique_ptr<SqliteStatement> m_quarantine;
    qint64 m_maxStoredId = -1; // ids above it are free without asking the database
    qint64 m_lastTimestamp = -1;
    qint64 m_lastId = -1;
    qint64 m_inserted = 0;
    qint64 m_updated = 0;
    qint64 m_quarantined = 0;
    QStringList m_firstReasons;
};

// Stable 31-bit hash of (source id, event id) used to find an event again.
qint64 eventKeyHash(qint64 sourceId, QByteArrayView eventId);

// Event row ids: (timestamp ms << 20) | sequence.
constexpr int kEventIdSequenceBits = 20;
constexpr qint64 kMaxEventTimestampMs = (qint64(1) << 42) - 1; // year 2109
constexpr qint64 eventIdFloor(qint64 timestampMs) { return timestampMs << kEventIdSequenceBits; }
constexpr qint64 timestampOfEventId(qint64 id) { return id >> kEventIdSequenceBits; }

} // namespace costline
