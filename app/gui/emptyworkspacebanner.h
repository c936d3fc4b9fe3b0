#pragma once

#include <QFrame>

namespace costline {

// Shown above the tabs while the workspace holds no usage yet, on every tab: it says how
// data gets in and offers the two ways, so no empty chart is left unexplained.
class EmptyWorkspaceBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit EmptyWorkspaceBanner(QWidget *parent = nullptr);

signals:
    void importRequested();
    void addSourceRequested();
};

} // namespace costline
