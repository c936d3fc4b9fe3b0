#pragma once

#include <QFuture>
#include <QString>

namespace costline {

// Where a first launch keeps its workspace: the user's data folder.
QString defaultWorkspacePath();

// Creates the demo workspace at `path` on a worker thread, so a newcomer sees real-looking
// data at once. The future holds an error message, empty on success.
QFuture<QString> createDemoWorkspace(const QString &path);

} // namespace costline
