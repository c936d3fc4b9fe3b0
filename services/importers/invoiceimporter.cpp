#include "invoiceimporter.h"

#include "core/money.h"
#include "core/roundeddecimal.h"
#include "core/utctime.h"
#include "namedcolumns.h"
#include "recordimporter.h"
#include "workspace/billingstore.h"
#include "workspace/sourcestore.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline {
namespace {

// The optional columns that say which events a line bills (docs/invoice-matching.md).
QString readMatchColumns(const NamedColumns &columns, const QList<QByteArrayView> &f, BillingLine *line)
{
    line->model = columns.value(f, "model").toByteArray();
    line->project = columns.value(f, "project").toByteArray();
    line->unit = columns.value(f, "unit").toByteArray();
    if (const QByteArrayView sku = columns.value(f, "sku"); !sku.isEmpty())
        line->labelsJson = QJsonDocument(QJsonObject{{QStringLiteral("sku"), QString::fromUtf8(sku)}}).toJson(QJsonDocument::Compact);
    const QByteArrayView quantity = columns.value(f, "quantity");
    if (quantity.isEmpty())
        return {};
    line->quantityNano = parseRoundedDecimal(quantity, 9);
    if (!line->quantityNano)
        return QStringLiteral("quantity '%1' is not a decimal number").arg(QString::fromUtf8(quantity));
    if (line->unit.isEmpty())
        return QStringLiteral("quantity needs a unit: tokens, 1M tokens, requests or the meter's unit (GPU-seconds, images)");
    return {};
}

} // namespace

qint64 InvoiceImporter::invoiceId(const QByteArray &provider, qint64 startDay, qint64 endDay, const QString &file)
{
    SqliteStatement st(m_workspace.db(),
                       "INSERT INTO invoices(provider, period_start, period_end, file, imported_ms) VALUES(?,?,?,?,?)"
                       " ON CONFLICT(provider, period_start, period_end) DO UPDATE SET file = excluded.file,"
                       " imported_ms = excluded.imported_ms RETURNING id");
    st.bind(0, provider);
    st.bind(1, startDay);
    st.bind(2, endDay);
    st.bind(3, file);
    st.bind(4, QDateTime::currentMSecsSinceEpoch());
    return st.step() ? st.int64(0) : -1;
}

ImportResult InvoiceImporter::importFile(const QString &path, const ImportOptions &options)
{
    NamedColumns columns;
    QHash<QByteArray, int> seen; // identical lines of one invoice stay apart
    qint64 sourceId = 0;
    auto header = [&](const QList<QByteArrayView> &h) {
        return columns.resolve(h, {"provider", "period_start", "period_end", "line", "amount_usd"});
    };
    auto write = [&](const QList<QByteArrayView> &f) -> QString {
        if (f.size() != columns.fieldCount())
            return QStringLiteral("the row has %1 fields, the header has %2").arg(f.size()).arg(columns.fieldCount());
        const auto start = utc::parseDate(columns.value(f, "period_start"));
        const auto end = utc::parseDate(columns.value(f, "period_end"));
        if (!start || !end || *end < *start)
            return QStringLiteral("period_start and period_end must be dates (YYYY-MM-DD), the end not before the start");
        QString why;
        const auto amount = Money::parse(columns.value(f, "amount_usd"), &why);
        if (!amount)
            return QStringLiteral("amount_usd: %1").arg(why);
        BillingLine line;
        line.origin = "invoice";
        line.provider = columns.value(f, "provider").toByteArray().toLower();
        line.lineItem = columns.value(f, "line").toByteArray();
        if (line.provider.isEmpty())
            return QStringLiteral("provider is empty");
        if (const QString refused = readMatchColumns(columns, f, &line); !refused.isEmpty())
            return refused;
        line.invoiceId = invoiceId(line.provider, *start, *end, path);
        line.startMs = *start * kMsPerDay;
        line.endMs = (*end + 1) * kMsPerDay;
        line.amountNano = amount->nano();
        const QByteArray key = "invoice:" + line.provider + ':' + QByteArray::number(*start) + ':' + QByteArray::number(*end) + ':' + line.lineItem;
        line.lineKey = key + ':' + QByteArray::number(seen[key]++);
        if (sourceId == 0)
            sourceId = SourceStore(m_workspace).ensure(options.sourceName.isEmpty() ? QStringLiteral("invoice") : options.sourceName,
                                                       QStringLiteral("invoice"));
        QString error;
        if (line.invoiceId < 0 || !BillingStore(m_workspace).upsert(sourceId, line, &error))
            return QStringLiteral("the workspace refused the line: %1").arg(error);
        return {};
    };
    ImportResult result = importCsvRecords(m_workspace, path, options, QStringLiteral("invoice"), header, write);
    if (result.ok)
        execSql(m_workspace.db(), "UPDATE invoices SET total = (SELECT coalesce(sum(amount), 0) FROM billing_lines"
                                  " WHERE invoice_id = invoices.id)");
    return result;
}

} // namespace costline
