#pragma once

#include "tabpage.h"

namespace costline {

// A tab whose feature is not built yet, or not in the current plan: it says what the tab
// will show, so its place in the workbench is never a blank page.
class PlaceholderTab final : public TabPage
{
    Q_OBJECT

public:
    PlaceholderTab(const QString &title, const QString &description, const QString &note, QWidget *parent = nullptr);

protected:
    void reload() override { markLoaded(); }
};

} // namespace costline
