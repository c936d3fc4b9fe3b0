#include "triagestore.h"

#include "workspace/auditedwrite.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QJsonObject>

namespace costline {

void TriageStore::apply(QList<Signal> &found, qint64 nowMs)
{
    SqliteStatement find(m_workspace.db(), "SELECT state, note, first_detected_ms FROM signal_triage WHERE signal_id = ?");
    SqliteStatement record(m_workspace.db(),
                           "INSERT OR IGNORE INTO signal_triage(signal_id, state, first_detected_ms, updated_ms)"
                           " VALUES(?, 'new', ?, ?)");
    for (Signal &s : found) {
        find.bind(0, s.id);
        if (find.step()) {
            s.state = stateFromName(find.text(0)).value_or(Signal::State::New);
            s.note = find.text(1);
            s.detectedAtMs = find.int64(2);
        } else {
            s.detectedAtMs = nowMs;
            record.bind(0, s.id);
            record.bind(1, nowMs);
            record.bind(2, nowMs);
            record.exec();
        }
        find.reset();
    }
}

bool TriageStore::setState(const QString &signalId, Signal::State state, const QString &note, qint64 nowMs, QString *error)
{
    AuditedWrite audited(m_workspace);
    if (!audited.begin(error))
        return false;
    QJsonValue before;
    SqliteStatement find(m_workspace.db(), "SELECT state, coalesce(note, '') FROM signal_triage WHERE signal_id = ?");
    find.bind(0, signalId);
    if (find.step())
        before = QJsonObject{{QStringLiteral("state"), find.text(0)}, {QStringLiteral("note"), find.text(1)}};
    const QJsonObject after{{QStringLiteral("state"), stateName(state)}, {QStringLiteral("note"), note}};
    SqliteStatement st(m_workspace.db(),
                       "INSERT INTO signal_triage(signal_id, state, note, first_detected_ms, updated_ms) VALUES(?1, ?2, ?3, ?4, ?4)"
                       " ON CONFLICT(signal_id) DO UPDATE SET state = excluded.state, note = excluded.note,"
                       " updated_ms = excluded.updated_ms");
    st.bind(0, signalId);
    st.bind(1, stateName(state));
    st.bind(2, note);
    st.bind(3, nowMs);
    if (!st.exec()) {
        *error = st.error();
        return false;
    }
    QList<AuditChange> changes;
    if (before != QJsonValue(after))
        changes << AuditChange{QStringLiteral("signal.triage"), QStringLiteral("signal:") + signalId, before, after, nowMs};
    return audited.commit(changes, error);
}

} // namespace costline
