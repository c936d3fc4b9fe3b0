#include "outcomesimporter.h"

#include "core/money.h"
#include "core/utctime.h"
#include "namedcolumns.h"
#include "recordimporter.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

namespace costline {
namespace {

void bindText(SqliteStatement &st, int index, QByteArrayView text)
{
    if (text.isEmpty())
        st.bindNull(index);
    else
        st.bind(index, text);
}

} // namespace

ImportResult OutcomesImporter::importFile(const QString &path, const ImportOptions &options)
{
    NamedColumns columns;
    SqliteStatement upsert(m_workspace.db(),
                           "INSERT INTO outcomes(outcome_id, timestamp_ms, kind, trace_id, feature, customer, value)"
                           " VALUES(?,?,?,?,?,?,?) ON CONFLICT(outcome_id) DO UPDATE SET timestamp_ms = excluded.timestamp_ms,"
                           " kind = excluded.kind, trace_id = excluded.trace_id, feature = excluded.feature,"
                           " customer = excluded.customer, value = excluded.value");
    auto header = [&columns](const QList<QByteArrayView> &h) {
        return columns.resolve(h, {"timestamp", "outcome_id", "kind"});
    };
    auto write = [&](const QList<QByteArrayView> &f) -> QString {
        if (f.size() != columns.fieldCount())
            return QStringLiteral("the row has %1 fields, the header has %2").arg(f.size()).arg(columns.fieldCount());
        const auto ts = utc::parseTimestamp(columns.value(f, "timestamp"));
        if (!ts)
            return QStringLiteral("timestamp '%1' is not ISO 8601 with a zone or epoch milliseconds").arg(QString::fromUtf8(columns.value(f, "timestamp")));
        if (columns.value(f, "outcome_id").isEmpty() || columns.value(f, "kind").isEmpty())
            return QStringLiteral("outcome_id and kind must not be empty");
        std::optional<Money> value;
        QString why;
        if (const QByteArrayView v = columns.value(f, "value_usd"); !v.isEmpty() && !(value = Money::parse(v, &why)))
            return QStringLiteral("value_usd: %1").arg(why);
        upsert.bind(0, columns.value(f, "outcome_id"));
        upsert.bind(1, *ts);
        upsert.bind(2, columns.value(f, "kind"));
        bindText(upsert, 3, columns.value(f, "trace_id").toByteArray().toLower());
        bindText(upsert, 4, columns.value(f, "feature"));
        bindText(upsert, 5, columns.value(f, "customer"));
        upsert.bindOptional(6, value ? std::optional<qint64>(value->nano()) : std::nullopt);
        return upsert.exec() ? QString() : QStringLiteral("the workspace refused the row: %1").arg(upsert.error());
    };
    return importCsvRecords(m_workspace, path, options, QStringLiteral("outcomes"), header, write);
}

} // namespace costline
