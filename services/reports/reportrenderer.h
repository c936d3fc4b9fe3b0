#pragma once

#include "report.h"

#include <QByteArray>
#include <QPageSize>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QTextDocument;
QT_END_NAMESPACE

namespace costline {

// CSV in the C locale: one block per section ("section" column first, a header row, the
// rows, a Total row), blank line between blocks; money as exact decimals with 9 digits.
QByteArray renderCsv(const Report &report);
// One CSV record in UTF-8 ended by CRLF; a field holding a comma, quote or line break is
// quoted with its quotes doubled.
QByteArray csvLine(const QStringList &fields);

// The report as rich text: a title page, then each section's table with its totals; a
// section's chart stands as <img src="chart:N">, which paintReport draws.
QString renderHtml(const Report &report);

// Paints the report on a paged device (a QPdfWriter, or a printer from print preview):
// title page first, a footer with the title and "Page N of M" on every page.
void paintReport(const Report &report, QPagedPaintDevice *device);

// Writes a PDF in A4 or Letter; false and *error when the file cannot be written.
bool writePdf(const Report &report, const QString &path, QPageSize::PageSizeId size, QString *error);

} // namespace costline
