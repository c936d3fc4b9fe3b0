#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace costline {

// What a report column holds, so each renderer formats it its own way: CSV exact, PDF to the cent.
enum class ColumnKind { Text, Money, Count, Percent };

struct ReportColumn
{
    QString title;
    ColumnKind kind = ColumnKind::Text;
};

// How a section's chart draws its rows: Columns (vertical bars, one group per row, in row
// order: days), Lines (one line per series over the rows in order) or Bars (horizontal,
// one bar per row with the series stacked: owners). None: the section has no chart.
enum class ChartKind { None, Columns, Lines, Bars };
// What a series means, so every chart colours the same things alike (Muted: unallocated,
// the previous period).
enum class SeriesStyle { Primary, Secondary, Accent, Muted };

struct ChartSeries
{
    int column = 0; // a Money column of the section
    SeriesStyle style = SeriesStyle::Primary;
};

// An optional chart drawn under a section's heading from the section's own rows, so the
// picture and the table can never disagree.
struct ReportChart
{
    ChartKind kind = ChartKind::None;
    int labelColumn = 0;        // a Text column: days, owners
    QList<ChartSeries> series;  // legend names are the columns' titles
    QString labelAxis;          // "Day"
    QString valueAxis;          // "Cost (USD)"
};

// One table of a report. Cells: QString for Text, qint64 nano-USD for Money, qint64 for
// Count, double (or invalid for "none") for Percent.
struct ReportSection
{
    QString heading;
    QString note; // what the table covers or why it is empty
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
    QVariantList totals; // empty: no totals row
    ReportChart chart;
};

// A report built once, rendered as PDF, CSV and print: the neutral table of every kind.
struct Report
{
    QString kind;  // "chargeback", "drivers", "showback", "dispute"
    QString title; // "Chargeback pack"
    QString period; // "2026-11-01 – 2026-11-24"
    QString workspace;
    QStringList filters; // "tenant = acme"; empty: none
    QString costBasis;   // "aws: EffectiveCost; azure: BilledCost"; empty: no FOCUS source
    QString generatedAt; // ISO 8601 UTC
    QString generatedBy;
    QList<QPair<QString, QString>> headline; // title-page figures: label, text
    QList<ReportSection> sections;
};

namespace reportformat {
// "$12,345.68": to the cent, half away from zero; amounts under a cent keep four decimals.
QString cents(qint64 nano);
QString count(qint64 value);
// A chart's money tick: whole dollars ("$1,250", "−$40") where the tick step is whole
// dollars, else as cents() does.
QString axisMoney(qint64 nano, qint64 stepNano);
QString percent(const QVariant &value);
// Text of a cell for the PDF and print.
QString screenCell(const ReportColumn &column, const QVariant &cell);
// Text of a cell for CSV: exact decimals with 9 fractional digits, plain integers.
QString exactCell(const ReportColumn &column, const QVariant &cell);
} // namespace reportformat

} // namespace costline
