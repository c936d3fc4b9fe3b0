#include "screenshot.h"

#include "mainwindow.h"

#include <QApplication>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace costline {
namespace {

constexpr int kGiveUpMs = 120'000;

} // namespace

Screenshot::Screenshot(MainWindow *window, QString path, QObject *parent)
    : QObject(parent), m_window(window), m_path(std::move(path))
{
    connect(window, &MainWindow::currentTabLoaded, this, [this] {
        // Let the layouts that the new data triggered settle before rendering.
        QTimer::singleShot(0, this, &Screenshot::capture);
    });
    connect(window, &MainWindow::workspaceFailed, this, &Screenshot::fail);
    QTimer::singleShot(kGiveUpMs, this, [this] { fail(QStringLiteral("the tab's data did not arrive in time")); });
    if (window->isCurrentTabLoaded())
        QTimer::singleShot(0, this, &Screenshot::capture);
}

void Screenshot::capture()
{
    // A load signal of the tab shown before --tab took effect can arrive first: wait for
    // the current tab's own.
    if (m_done || !m_window->isCurrentTabLoaded())
        return;
    m_done = true;
    if (!m_window->grab().save(m_path, "PNG")) {
        std::fprintf(stderr, "costline: cannot write the screenshot to %s\n", qPrintable(m_path));
        QApplication::exit(1);
        return;
    }
    QApplication::exit(0);
}

void Screenshot::fail(const QString &why)
{
    if (m_done)
        return;
    m_done = true;
    std::fprintf(stderr, "costline: no screenshot: %s\n", qPrintable(why));
    QApplication::exit(1);
}

} // namespace costline
