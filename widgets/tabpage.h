#pragma once

#include "models/globalfilter.h"
#include "models/queryrunner.h"

#include <QPointer>
#include <QWidget>

namespace costline {


// What every tab shares: it reads the workspace through a QueryRunner and the global
// filter, and reloads only when it is visible and one of those changed.
class TabPage : public QWidget
{
    Q_OBJECT

public:
    explicit TabPage(QWidget *parent = nullptr);

    void setRunner(QueryRunner *runner);
    void setFilter(const GlobalFilter &filter);
    const GlobalFilter &filter() const { return m_filter; }
    // True once the data for the current workspace and filter is on screen.
    bool isLoaded() const { return m_loaded; }
    // Reads the workspace again (after an import changed it).
    void refresh() { markDirty(); }

    // File → Export (Ctrl+E): a tab that can write its data to a file says so; for the
    // others the action stays disabled.
    virtual bool canExport() const { return false; }
    virtual void exportData() {}
    // File → Print (Ctrl+P): by default a print preview of the page as it is on screen.
    virtual void print();
    // Ctrl+F: a tab with its own search field takes the focus and returns true.
    virtual bool focusSearch() { return false; }

signals:
    void dataLoaded();

protected:
    // Starts loading for the current runner and filter; call markLoaded() when shown.
    virtual void reload() = 0;
    void markLoaded();
    void markDirty();
    QueryRunner *runner() const { return m_runner; }
    // Changes each reload: a result whose generation is stale belongs to old inputs.
    quint64 generation() const { return m_generation; }
    void showEvent(QShowEvent *event) override;

private:
    void reloadIfVisible();

    QPointer<QueryRunner> m_runner;
    GlobalFilter m_filter;
    quint64 m_generation = 0;
    bool m_dirty = true;
    bool m_loaded = false;
};

} // namespace costline
