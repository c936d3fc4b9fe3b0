#pragma once

#include "report.h"

#include <QObject>
#include <QTextObjectInterface>

namespace costline {

// Draws a section's chart where the report's rich text holds <img src="chart:N">: the text
// layout keeps the chart beside its table and moves it whole to the next page when the
// rest of a page is too short, so a chart is never cut. Vector drawing, not a bitmap.
class ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ChartObject(const Report &report, QObject *parent = nullptr);

    // The image name of section N's chart in the rich text.
    static QString imageName(qsizetype section);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    const ReportSection *sectionOf(const QTextFormat &format) const;

    const Report &m_report;
};

} // namespace costline
