#pragma once

#include "workspace/workspace.h"

#include <QFuture>
#include <QFutureWatcher>
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

    // Runs `job` and hands its result to `done` through a QFutureWatcher that `context` owns:
    // the result arrives through the context's own event queue (a QFuture::then continuation
    // was once seen not to arrive under load), and never after the context is gone.
    template<typename T, typename Done>
    void runFor(QObject *context, std::function<T(Workspace &)> job, Done done)
    {
        auto *watcher = new QFutureWatcher<T>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
            T result = watcher->result();
            watcher->deleteLater();
            done(std::move(result));
        });
        watcher->setFuture(run<T>(std::move(job)));
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
