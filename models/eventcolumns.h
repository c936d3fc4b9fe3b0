#pragma once

#include "workspace/eventquery.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace costline {

// The columns of the Usage events table, shared by the model, copy and CSV export so the
// three always agree.
enum EventColumn {
    TimestampColumn,
    ProviderColumn,
    ModelColumn,
    TenantColumn,
    TeamColumn,
    ProjectColumn,
    FeatureColumn,
    ApiKeyColumn,
    InputTokensColumn,
    CachedTokensColumn,
    OutputTokensColumn,
    ReasoningTokensColumn,
    ReportedCostColumn,
    ComputedCostColumn,
    CostColumn,
    TraceIdColumn,
    EstimatedColumn,
    EventColumnCount
};

QString eventColumnTitle(int column);
// The narrow header the table shows ("Input" for input tokens); the full title is its tooltip.
QString eventColumnShortTitle(int column);
// A width, in average characters, that fits the column's usual content.
int eventColumnWidthChars(int column);
bool isEventNumberColumn(int column);
// Text as the table shows it (currency, grouped counts, "unpriced").
QString eventDisplayText(const EventRow &row, int column);
// Text for spreadsheets and CSV: exact decimals, plain counts, ISO time, "" for unpriced.
QString eventExportText(const EventRow &row, int column);
// The number behind a cell, so proxies sort numbers: nano-USD, counts, epoch ms.
QVariant eventRawValue(const EventRow &row, int column);
QStringList eventExportHeaders();

// Every field of an event as (label, exact text) pairs, for the detail pane.
QList<std::pair<QString, QString>> eventDetailFields(const EventRow &row);

} // namespace costline
