#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace costline {

class MainWindow;

// --exit-after-first-paint, for the start-up benchmark: once the tab on screen has its data,
// paints the window, prints "first paint N ms" (N since `started`) and quits with 0; with 1
// when the workspace cannot be read. The benchmark times the whole launch from outside.
class FirstPaintExit final : public QObject
{
    Q_OBJECT

public:
    FirstPaintExit(MainWindow *window, QElapsedTimer started, QObject *parent = nullptr);

private:
    void paintAndExit();

    MainWindow *m_window;
    QElapsedTimer m_started;
    bool m_done = false;
};

} // namespace costline
