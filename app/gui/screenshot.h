#pragma once

#include <QObject>
#include <QString>

namespace costline {

class MainWindow;

// --screenshot: waits until the tab on screen has its data, renders the window to a PNG
// and quits with 0 (1 when the workspace cannot be read or the data never arrives).
class Screenshot final : public QObject
{
    Q_OBJECT

public:
    Screenshot(MainWindow *window, QString path, QObject *parent = nullptr);

private:
    void capture();
    void fail(const QString &why);

    MainWindow *m_window;
    QString m_path;
    bool m_done = false;
};

} // namespace costline
