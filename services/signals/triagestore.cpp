#include "triagestore.h"

#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

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
    SqliteStatement st(m_workspace.db(),
                       "INSERT INTO signal_triage(signal_id, state, note, first_detected_ms, updated_ms) VALUES(?1, ?2, ?3, ?4, ?4)"
                       " ON CONFLICT(signal_id) DO UPDATE SET state = excluded.state, note = excluded.note,"
                       " updated_ms = excluded.updated_ms");
    st.bind(0, signalId);
    st.bind(1, stateName(state));
    st.bind(2, note);
    st.bind(3, nowMs);
    if (st.exec())
        return true;
    *error = st.error();
    return false;
}

} // namespace costline
