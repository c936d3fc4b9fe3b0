#include "tabpage.h"

#include "models/queryrunner.h"

#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace costline {

TabPage::TabPage(QWidget *parent) : QWidget(parent) {}

void TabPage::setRunner(QueryRunner *runner)
{
    m_runner = runner;
    markDirty();
}

void TabPage::setFilter(const GlobalFilter &filter)
{
    if (filter == m_filter && !m_dirty)
        return;
    m_filter = filter;
    markDirty();
}

void TabPage::markDirty()
{
    m_dirty = true;
    m_loaded = false;
    reloadIfVisible();
}

void TabPage::markLoaded()
{
    m_loaded = true;
    emit dataLoaded();
}

void TabPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadIfVisible();
}

void TabPage::reloadIfVisible()
{
    if (!m_dirty || !isVisible() || !m_runner)
        return;
    m_dirty = false;
    ++m_generation;
    reload();
}

void TabPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        // The page as shown, scaled to fit the paper: charts and tables stay vector-sharp.
        QPainter painter(target);
        const QRectF paper = target->pageLayout().paintRectPixels(target->resolution());
        const qreal scale = qMin(paper.width() / width(), paper.height() / height());
        painter.scale(scale, scale);
        render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    });
    dialog.exec();
}

} // namespace costline
