#include "queryrunner.h"

#include <QMutexLocker>

namespace costline {

QueryRunner::QueryRunner(QString workspacePath, QObject *parent) : QObject(parent), m_path(std::move(workspacePath))
{
    // One thread that never expires, so the connection stays on the thread that opened it.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

QueryRunner::~QueryRunner()
{
    m_pool.clear();
    m_pool.waitForDone();
    // The worker is idle now; closing from here cannot race a query.
    m_workspace.reset();
}

Workspace *QueryRunner::workspace()
{
    if (!m_workspace) {
        QString error;
        m_workspace = Workspace::open(m_path, Workspace::OpenMode::ExistingOnly, &error);
        QMutexLocker lock(&m_errorMutex);
        m_error = error;
    }
    return m_workspace.get();
}

QString QueryRunner::lastError() const
{
    QMutexLocker lock(&m_errorMutex);
    return m_error;
}

} // namespace costline
