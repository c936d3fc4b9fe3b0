#pragma once

#include "workspace/workspace.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace costline {

// Runs read queries off the UI thread on one worker thread that owns its own Workspace
// connection (a connection belongs to one thread). Jobs run in submission order; the
// caller continues with QFuture::then(context, ...).
class QueryRunner final : public QObject
{
    Q_OBJECT

public:
    explicit QueryRunner(QString workspacePath, QObject *parent = nullptr);
    ~QueryRunner() override;

    const QString &workspacePath() const { return m_path; }

    // `job` runs on the worker with the open workspace; when the file cannot be opened it
    // is not called and the future holds T{}.
    template<typename T>
    QFuture<T> run(std::function<T(Workspace &)> job)
    {
        return QtConcurrent::run(&m_pool, [this, job = std::move(job)]() -> T {
            Workspace *workspace = this->workspace();
            return workspace ? job(*workspace) : T{};
        });
    }

    // Why the worker could not open the workspace, empty while all is well.
    QString lastError() const;

private:
    Workspace *workspace(); // worker thread only

    QString m_path;
    QThreadPool m_pool;
    std::unique_ptr<Workspace> m_workspace;
    mutable QMutex m_errorMutex;
    QString m_error;
};

} // namespace costline
