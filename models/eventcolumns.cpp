#include "eventcolumns.h"

#include "core/money.h"
#include "core/utctime.h"
#include "globalfilter.h"
#include "moneyformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace costline {
namespace {

std::optional<Dimension> columnDimension(int column)
{
    switch (column) {
    case ProviderColumn:
        return Dimension::Provider;
    case ModelColumn:
        return Dimension::Model;
    case TenantColumn:
        return Dimension::Tenant;
    case TeamColumn:
        return Dimension::Team;
    case ProjectColumn:
        return Dimension::Project;
    case FeatureColumn:
        return Dimension::Feature;
    case ApiKeyColumn:
        return Dimension::ApiKey;
    default:
        return std::nullopt;
    }
}

std::optional<qint64> columnCount(const EventRow &row, int column)
{
    switch (column) {
    case InputTokensColumn:
        return row.inputTokens;
    case CachedTokensColumn:
        return row.cachedInputTokens;
    case OutputTokensColumn:
        return row.outputTokens;
    case ReasoningTokensColumn:
        return row.reasoningTokens;
    default:
        return std::nullopt;
    }
}

std::optional<qint64> columnMoney(const EventRow &row, int column)
{
    switch (column) {
    case ReportedCostColumn:
        return row.reportedCostNano;
    case ComputedCostColumn:
        return row.computedCostNano;
    case CostColumn:
        return row.costNano();
    default:
        return std::nullopt;
    }
}

bool isMoneyColumn(int column)
{
    return column == ReportedCostColumn || column == ComputedCostColumn || column == CostColumn;
}

QString exactMoney(std::optional<qint64> nano)
{
    return nano ? Money::fromNano(*nano).toDecimalString() : QString();
}

// English titles; eventColumnTitle() translates them, CSV headers keep them.
const char *columnTitleSource(int column)
{
    if (const auto dim = columnDimension(column))
        return dimensionLabelSource(*dim);
    switch (column) {
    case TimestampColumn:
        return QT_TRANSLATE_NOOP("costline::EventColumns", "Time (UTC)");
    case InputTokensColumn:
        return QT_TRANSLATE_NOOP("costline::EventColumns", "Input tokens");
    case CachedTokensColumn:
        return QT_TRANSLATE_NOOP("costline::EventColumns", "Cached tokens");
    case OutputTokensColumn:
        return QT_TRANSLATE_NOOP("costline::EventColumns", "Output tokens");
    case ReasoningTokensColumn:
        return QT_TRANSLATE_NOOP("costline::EventColumns", "Reasoning tokens");
    case ReportedCostColumn:
        return QT_TRANSLATE_NOOP("costline::EventColumns", "Reported cost");
    case ComputedCostColumn:
        return QT_TRANSLATE_NOOP("costline::EventColumns", "Computed cost");
    case CostColumn:
        return QT_TRANSLATE_NOOP("costline::EventColumns", "Cost");
    case TraceIdColumn:
        return QT_TRANSLATE_NOOP("costline::EventColumns", "Trace id");
    case EstimatedColumn:
        return QT_TRANSLATE_NOOP("costline::EventColumns", "Estimated");
    default:
        return "";
    }
}

} // namespace

QString eventColumnTitle(int column)
{
    if (const auto dim = columnDimension(column))
        return dimensionLabel(*dim);
    return QCoreApplication::translate("costline::EventColumns", columnTitleSource(column));
}

QString eventColumnShortTitle(int column)
{
    switch (column) {
    case InputTokensColumn:
        return QCoreApplication::translate("costline::EventColumns", "Input");
    case CachedTokensColumn:
        return QCoreApplication::translate("costline::EventColumns", "Cached");
    case OutputTokensColumn:
        return QCoreApplication::translate("costline::EventColumns", "Output");
    case ReasoningTokensColumn:
        return QCoreApplication::translate("costline::EventColumns", "Reasoning");
    case ReportedCostColumn:
        return QCoreApplication::translate("costline::EventColumns", "Reported");
    case ComputedCostColumn:
        return QCoreApplication::translate("costline::EventColumns", "Computed");
    default:
        return eventColumnTitle(column);
    }
}

int eventColumnWidthChars(int column)
{
    switch (column) {
    case TimestampColumn:
        return 18;
    case ModelColumn:
        return 22;
    case FeatureColumn:
        return 15;
    case TraceIdColumn:
        return 16;
    case ApiKeyColumn:
        return 12;
    case ProviderColumn:
        return 10;
    case TeamColumn:
        return 12;
    case TenantColumn:
    case ProjectColumn:
        return 11;
    case ReportedCostColumn:
    case ComputedCostColumn:
    case CostColumn:
        return 9;
    default:
        return 7;
    }
}

bool isEventNumberColumn(int column)
{
    return column >= InputTokensColumn && column <= CostColumn;
}

QString eventDisplayText(const EventRow &row, int column)
{
    if (const auto dim = columnDimension(column))
        return row.dim(*dim);
    if (const auto count = columnCount(row, column))
        return formatCount(*count);
    if (isMoneyColumn(column)) {
        const auto nano = columnMoney(row, column);
        // The reported and computed columns stay blank where the source had none; only the
        // cost the event counts with says "unpriced".
        if (!nano && column != CostColumn)
            return QStringLiteral("—");
        // One request costs cents or less: unit precision keeps $0.0086 and $0.0124 apart.
        return nano ? formatUnitMoney(*nano) : unpricedText();
    }
    switch (column) {
    case TimestampColumn:
        return QDateTime::fromMSecsSinceEpoch(row.timestampMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case TraceIdColumn:
        return row.traceId;
    case EstimatedColumn:
        return row.estimated ? QStringLiteral("estimated") : QString();
    default:
        return {};
    }
}

QString eventExportText(const EventRow &row, int column)
{
    if (const auto dim = columnDimension(column))
        return row.dim(*dim);
    if (const auto count = columnCount(row, column))
        return QString::number(*count);
    if (isMoneyColumn(column))
        return exactMoney(columnMoney(row, column));
    switch (column) {
    case TimestampColumn:
        return utc::formatTimestamp(row.timestampMs);
    case TraceIdColumn:
        return row.traceId;
    case EstimatedColumn:
        return row.estimated ? QStringLiteral("1") : QStringLiteral("0");
    default:
        return {};
    }
}

QVariant eventRawValue(const EventRow &row, int column)
{
    if (const auto count = columnCount(row, column))
        return *count;
    if (isMoneyColumn(column)) {
        const auto nano = columnMoney(row, column);
        return nano ? QVariant(*nano) : QVariant();
    }
    switch (column) {
    case TimestampColumn:
        return row.timestampMs;
    case EstimatedColumn:
        return row.estimated;
    default:
        return eventExportText(row, column);
    }
}

QStringList eventExportHeaders()
{
    QStringList headers;
    for (int c = 0; c < EventColumnCount; ++c)
        headers << QString::fromLatin1(columnTitleSource(c));
    return headers;
}

QList<std::pair<QString, QString>> eventDetailFields(const EventRow &row)
{
    QList<std::pair<QString, QString>> fields;
    fields.append({QCoreApplication::translate("costline::EventColumns", "Time (UTC)"), utc::formatTimestamp(row.timestampMs)});
    fields.append({QCoreApplication::translate("costline::EventColumns", "Event id"), row.eventId});
    for (int d = 0; d < kDimensionCount; ++d)
        fields.append({dimensionLabel(Dimension(d)), dimensionValueText(row.dims[size_t(d)])});
    fields.append({QCoreApplication::translate("costline::EventColumns", "Trace id"), row.traceId});
    fields.append({QCoreApplication::translate("costline::EventColumns", "Requests"), QString::number(row.requests)});
    fields.append({QCoreApplication::translate("costline::EventColumns", "Input tokens"), QString::number(row.inputTokens)});
    fields.append({QCoreApplication::translate("costline::EventColumns", "Cached input tokens"), QString::number(row.cachedInputTokens)});
    fields.append({QCoreApplication::translate("costline::EventColumns", "Cache write tokens"), QString::number(row.cacheWriteTokens)});
    fields.append({QCoreApplication::translate("costline::EventColumns", "Output tokens"), QString::number(row.outputTokens)});
    fields.append({QCoreApplication::translate("costline::EventColumns", "Reasoning tokens"), QString::number(row.reasoningTokens)});
    if (row.quantityNano != 0)
        fields.append({QCoreApplication::translate("costline::EventColumns", "Quantity"), Money::fromNano(row.quantityNano).toDecimalString() + u' ' + row.unit});
    fields.append({QCoreApplication::translate("costline::EventColumns", "Reported cost"), row.reportedCostNano ? formatMoneyExact(*row.reportedCostNano) : QStringLiteral("—")});
    fields.append({QCoreApplication::translate("costline::EventColumns", "Computed cost"), row.computedCostNano ? formatMoneyExact(*row.computedCostNano) : QStringLiteral("—")});
    fields.append({QCoreApplication::translate("costline::EventColumns", "Cost"), row.costNano() ? formatMoneyExact(*row.costNano()) : unpricedText()});
    fields.append({QCoreApplication::translate("costline::EventColumns", "Estimated"), row.estimated ? QCoreApplication::translate("costline::EventColumns", "yes: the upstream gave no exact count")
                                                        : QCoreApplication::translate("costline::EventColumns", "no")});
    if (!row.labelsJson.isEmpty())
        fields.append({QCoreApplication::translate("costline::EventColumns", "Labels"), row.labelsJson});
    return fields;
}

} // namespace costline
