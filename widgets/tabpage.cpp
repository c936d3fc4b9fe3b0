#include "tabpage.h"

#include "models/queryrunner.h"

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

} // namespace costline
