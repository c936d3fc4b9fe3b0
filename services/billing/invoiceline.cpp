#include "invoiceline.h"

#include "core/utctime.h"
#include "pricing/priceentry.h"
#include "wide.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace costline {
namespace {

// The dated suffixes providers give model versions: -2024-08-06, -20241022, -0613.
const QRegularExpression &snapshotSuffix()
{
    static const QRegularExpression re(QStringLiteral("-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{4})$"));
    return re;
}

QString undated(const QString &model)
{
    QString base = model;
    base.remove(snapshotSuffix());
    return base;
}

// " gpt 4o mini usage ": lower case, every run of punctuation or space one space, padded.
QString words(const QString &text)
{
    QString out = QStringLiteral(" ");
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.endsWith(QLatin1Char(' ')))
            out += QLatin1Char(' ');
    }
    if (!out.endsWith(QLatin1Char(' ')))
        out += QLatin1Char(' ');
    return out;
}

QString label(const QString &labelsJson, const QString &name)
{
    if (labelsJson.isEmpty())
        return {};
    return QJsonDocument::fromJson(labelsJson.toUtf8()).object().value(name).toString();
}

} // namespace

qint64 InvoiceLine::firstDay() const
{
    return utc::dayOf(startMs);
}

qint64 InvoiceLine::lastDay() const
{
    return utc::dayOf(endMs - 1);
}

std::optional<qint64> InvoiceLine::billedQuantity() const
{
    if (!quantityNano)
        return std::nullopt;
    const Wide multiplier = unit.tokens ? unit.multiplier : 1;
    if (unit.kind == LineKind::Metered)
        return qint64(Wide(*quantityNano) * multiplier);
    return qint64(mulDivRounded(*quantityNano, multiplier, kWideScale));
}

LineUnit InvoiceLine::countedUnit() const
{
    if (!unitText.trimmed().isEmpty())
        return unit;
    LineUnit tokens = unit;
    tokens.tokens = true;
    return tokens;
}

QList<InvoiceLine> loadInvoiceLines(Workspace &workspace, qint64 fromDay, qint64 toDay, const QString &provider, qint64 lineId)
{
    SqliteStatement st(workspace.db(),
                       "SELECT b.id, coalesce(b.invoice_id, 0), coalesce(i.file, ''), b.provider, b.start_ms, b.end_ms,"
                       " b.line_item, b.model, b.labels, b.project, b.quantity, coalesce(b.unit, ''), b.amount"
                       " FROM billing_lines b LEFT JOIN invoices i ON i.id = b.invoice_id"
                       " WHERE b.origin = 'invoice' AND (?4 > 0 AND b.id = ?4 OR ?4 = 0 AND b.end_ms > ?1 AND b.start_ms < ?2"
                       " AND (?3 = '' OR b.provider = ?3)) ORDER BY b.provider, b.id");
    st.bind(0, fromDay * kMsPerDay);
    st.bind(1, (toDay + 1) * kMsPerDay);
    st.bind(2, provider.toLower());
    st.bind(3, lineId);
    QList<InvoiceLine> lines;
    while (st.step()) {
        InvoiceLine l;
        l.id = st.int64(0);
        l.invoiceId = st.int64(1);
        l.file = st.text(2);
        l.provider = st.text(3);
        l.startMs = st.int64(4);
        l.endMs = st.int64(5);
        l.description = st.text(6);
        l.model = st.text(7);
        l.sku = label(st.text(8), QStringLiteral("sku"));
        l.project = st.text(9);
        l.quantityNano = st.optionalInt64(10);
        l.unitText = st.text(11);
        l.amountNano = st.int64(12);
        l.unit = lineUnitFrom(l.unitText, l.description);
        lines << l;
    }
    return lines;
}

int LineCriteria::score() const
{
    int dims = 0;
    if (!sku.isEmpty())
        dims += 8;
    if (!modelPattern.isEmpty())
        dims += isGlobPattern(modelPattern) ? 3 : 4;
    if (!project.isEmpty())
        dims += 1;
    return dims * 10 + kindSpecificity(kind);
}

bool LineCriteria::matchesModelAndProject(const QString &model, const QString &eventProject) const
{
    if (!project.isEmpty() && eventProject.compare(project, Qt::CaseInsensitive) != 0)
        return false;
    return modelPattern.isEmpty() || modelMatches(modelPattern, model);
}

bool LineCriteria::matchesSku(const QString &model, const QString &labelsJson) const
{
    if (sku.isEmpty())
        return true;
    return model.compare(sku, Qt::CaseInsensitive) == 0 || label(labelsJson, QStringLiteral("sku_id")).compare(sku, Qt::CaseInsensitive) == 0;
}

bool LineCriteria::coversPart(MeterPart part, const QString &eventUnit) const
{
    if (!kindCovers(kind, part))
        return false;
    return kind != LineKind::Metered || eventUnit.compare(meter, Qt::CaseInsensitive) == 0;
}

QString LineCriteria::describe() const
{
    QStringList parts;
    if (!sku.isEmpty())
        parts << QStringLiteral("SKU %1").arg(sku);
    if (modelFrom == ModelFrom::Column)
        parts << QStringLiteral("model %1").arg(modelPattern);
    else if (modelFrom == ModelFrom::Description)
        parts << QStringLiteral("model %1 (named in the description)").arg(modelPattern);
    if (!project.isEmpty())
        parts << QStringLiteral("project %1").arg(project);
    if (sku.isEmpty() && modelPattern.isEmpty() && project.isEmpty())
        parts << QStringLiteral("every model of the provider (no model, SKU or project given or named)");
    parts << (kind == LineKind::Metered ? QStringLiteral("metered in %1").arg(meter) : kindName(kind));
    return parts.join(QStringLiteral("; "));
}

LineCriteria criteriaFor(const InvoiceLine &line, const QStringList &models)
{
    LineCriteria c;
    c.sku = line.sku;
    c.project = line.project;
    c.kind = line.unit.kind;
    c.meter = line.unit.meter;
    if (!line.model.isEmpty()) {
        c.modelPattern = line.model;
        c.modelFrom = LineCriteria::ModelFrom::Column;
    } else if (line.sku.isEmpty()) {
        c.modelPattern = modelNamedIn(line.description, models);
        c.modelFrom = c.modelPattern.isEmpty() ? LineCriteria::ModelFrom::None : LineCriteria::ModelFrom::Description;
    }
    return c;
}

bool modelMatches(const QString &pattern, const QString &model)
{
    if (isGlobPattern(pattern))
        return globMatches(pattern, model, Qt::CaseInsensitive);
    if (model.compare(pattern, Qt::CaseInsensitive) == 0)
        return true;
    return model.size() > pattern.size() && model.startsWith(pattern, Qt::CaseInsensitive)
           && snapshotSuffix().match(model).capturedStart() == pattern.size();
}

QString modelNamedIn(const QString &description, const QStringList &models)
{
    const QString text = words(description);
    QString best;
    qsizetype bestLength = 0;
    for (const QString &model : models) {
        for (const QString &name : {model, undated(model)}) {
            const QString needle = words(name);
            if (needle.size() > bestLength && text.contains(needle)) {
                best = name;
                bestLength = needle.size();
            }
        }
    }
    return best;
}

} // namespace costline
