#include "chartobject.h"

#include "reportchart.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

namespace costline {
namespace {

const QString kPrefix = QStringLiteral("chart:");

} // namespace

ChartObject::ChartObject(const Report &report, QObject *parent) : QObject(parent), m_report(report) {}

QString ChartObject::imageName(qsizetype section)
{
    return kPrefix + QString::number(section);
}

const ReportSection *ChartObject::sectionOf(const QTextFormat &format) const
{
    const QString name = format.toImageFormat().name();
    bool ok = false;
    const qsizetype index = name.startsWith(kPrefix) ? name.mid(kPrefix.size()).toLongLong(&ok) : -1;
    return ok && index >= 0 && index < m_report.sections.size() ? &m_report.sections.at(index) : nullptr;
}

QSizeF ChartObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const ReportSection *section = sectionOf(format);
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    if (!section || !device)
        return {};
    // A hair under the line width, so the chart never wraps onto a line of its own.
    const double width = (doc->textWidth() - 2 * doc->documentMargin()) * 0.995;
    return {width, chartHeight(*section, width, device)};
}

void ChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    if (const ReportSection *section = sectionOf(format))
        paintChart(*painter, rect, *section);
}

} // namespace costline
