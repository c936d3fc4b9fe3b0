#include "firstpaint.h"

#include "mainwindow.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

namespace costline {

FirstPaintExit::FirstPaintExit(MainWindow *window, QElapsedTimer started, QObject *parent)
    : QObject(parent), m_window(window), m_started(started)
{
    // Queued: the layouts the new data triggered settle before the paint.
    connect(window, &MainWindow::currentTabLoaded, this, [this] { QTimer::singleShot(0, this, &FirstPaintExit::paintAndExit); });
    connect(window, &MainWindow::workspaceFailed, this, [this](const QString &error) {
        std::fprintf(stderr, "costline: %s\n", qPrintable(error));
        QApplication::exit(1);
    });
}

void FirstPaintExit::paintAndExit()
{
    // A load signal of a tab shown before can come first: wait for the current tab's own.
    if (m_done || !m_window->isCurrentTabLoaded())
        return;
    m_done = true;
    // Paints every visible widget now, with the data, into the window's backing store.
    m_window->repaint();
    std::printf("first paint %lld ms\n", m_started.elapsed());
    std::fflush(stdout);
    QApplication::exit(0);
}

} // namespace costline
