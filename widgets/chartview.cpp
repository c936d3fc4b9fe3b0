#include "chartview.h"

#include "models/moneyformat.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLabel>
#include <QStackedLayout>
#include <QTableView>
#include <QToolTip>

namespace costline {

ChartView::ChartView(QWidget *parent) : QWidget(parent)
{
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
    buildTable();
    resetChart();
}

QList<QColor> ChartView::seriesColours()
{
    // Tableau 10: mid-tone hues that keep their contrast on white and on near-black.
    return {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0x59, 0xa1, 0x4f), QColor(0xe1, 0x57, 0x59),
            QColor(0xb0, 0x7a, 0xa1), QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48), QColor(0xff, 0x9d, 0xa7),
            QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac)};
}

void ChartView::setTitle(const QString &title)
{
    m_title = title;
    m_view->chart()->setTitle(title);
    setAccessibleName(title);
    m_view->setAccessibleName(title);
}

QChart *ChartView::resetChart()
{
    auto *chart = new QChart();
    chart->setTitle(m_title);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Room on the right for the last value label, which sits centred on the axis end.
    chart->setMargins(QMargins(4, 4, 28, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    QChart *old = m_view->chart();
    m_view->setChart(chart); // the view owns the new chart; the old one is ours to delete
    delete old;
    applyTheme();
    return chart;
}

void ChartView::applyTheme()
{
    QChart *chart = m_view->chart();
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setTitleBrush(pal.color(QPalette::WindowText));
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(pal.color(QPalette::WindowText));
    // Legends carry amounts ("azure-openai $1,450.51 (3.0 %)"): slightly smaller text keeps them whole.
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    chart->legend()->setFont(legendFont);
    const QColor grid = dark ? QColor(255, 255, 255, 40) : QColor(0, 0, 0, 30);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(pal.color(QPalette::WindowText));
        axis->setTitleBrush(pal.color(QPalette::WindowText));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

void ChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void ChartView::showChart()
{
    applyTheme();
    m_stack->setCurrentWidget(isTableShown() ? static_cast<QWidget *>(m_table) : m_view);
}

void ChartView::showMessage(const QString &message)
{
    m_hasData = false;
    m_message->setText(message);
    m_tableModel->setTable({}, {}, {});
    describe(message);
    m_stack->setCurrentWidget(m_message);
}

void ChartView::showToolTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace costline
