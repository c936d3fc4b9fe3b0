#include "billingstore.h"

#include "core/utctime.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QDateTime>

namespace costline {

bool BillingStore::upsert(qint64 sourceId, const BillingLine &line, QString *error)
{
    SqliteStatement st(m_workspace.db(),
                       "INSERT INTO billing_lines(source_id, line_key, origin, invoice_id, day, start_ms, end_ms,"
                       " provider, model, line_item, project, amount, quantity, unit, labels, updated_ms)"
                       " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                       " ON CONFLICT(source_id, line_key) DO UPDATE SET origin = excluded.origin,"
                       " invoice_id = excluded.invoice_id, day = excluded.day, start_ms = excluded.start_ms,"
                       " end_ms = excluded.end_ms, provider = excluded.provider, model = excluded.model,"
                       " line_item = excluded.line_item, project = excluded.project, amount = excluded.amount,"
                       " quantity = excluded.quantity, unit = excluded.unit, labels = excluded.labels,"
                       " updated_ms = excluded.updated_ms");
    st.bind(0, sourceId);
    st.bind(1, line.lineKey);
    st.bind(2, line.origin);
    st.bindOptional(3, line.invoiceId > 0 ? std::optional<qint64>(line.invoiceId) : std::nullopt);
    st.bind(4, utc::dayOf(line.startMs));
    st.bind(5, line.startMs);
    st.bind(6, line.endMs);
    st.bind(7, line.provider);
    st.bind(8, line.model);
    st.bind(9, line.lineItem);
    st.bind(10, line.project);
    st.bind(11, line.amountNano);
    st.bindOptional(12, line.quantityNano);
    if (line.unit.isEmpty())
        st.bindNull(13);
    else
        st.bind(13, line.unit);
    if (line.labelsJson.isEmpty())
        st.bindNull(14);
    else
        st.bind(14, line.labelsJson);
    st.bind(15, QDateTime::currentMSecsSinceEpoch());
    if (st.exec())
        return true;
    *error = QStringLiteral("the workspace refused a billing line: %1").arg(st.error());
    return false;
}

qint64 BillingStore::count() const
{
    SqliteStatement st(m_workspace.db(), "SELECT count(*) FROM billing_lines");
    return st.step() ? st.int64(0) : 0;
}

qint64 BillingStore::totalNano(const QByteArray &origin) const
{
    SqliteStatement st(m_workspace.db(), "SELECT coalesce(sum(amount), 0) FROM billing_lines WHERE origin = ?");
    st.bind(0, origin);
    return st.step() ? st.int64(0) : 0;
}

} // namespace costline
