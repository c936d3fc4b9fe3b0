#include "workspacebootstrap.h"

#include "core/utctime.h"
#include "demo/demogenerator.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace costline {

QString defaultWorkspacePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("demo.costline"));
}

QFuture<QString> createDemoWorkspace(const QString &path)
{
    return QtConcurrent::run([path]() -> QString {
        QDir().mkpath(QFileInfo(path).absolutePath());
        // Build aside and rename, so a crash never leaves a half-made default workspace.
        const QString partial = path + QStringLiteral(".partial");
        QFile::remove(partial);
        QString error;
        {
            auto workspace = Workspace::open(partial, Workspace::OpenMode::CreateIfMissing, &error);
            if (!workspace)
                return error;
            DemoOptions options;
            options.endDay = utc::todayUtc() - 1; // yesterday: a full last day
            const DemoResult result = DemoGenerator(*workspace).generate(options);
            if (!result.ok)
                return result.error;
        }
        // Closing the last connection checkpointed the WAL into the file: it moves alone.
        if (!QFile::rename(partial, path))
            return QStringLiteral("cannot move the demo workspace into place at %1").arg(path);
        return {};
    });
}

} // namespace costline
