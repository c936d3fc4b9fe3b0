#pragma once

#include "core/usagetotals.h"
#include "workspace/workspace.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <memory>

namespace costline::test {

// A workspace file in a fresh temporary folder, removed with the fixture.
class WorkspaceFixture final
{
public:
    WorkspaceFixture();

    Workspace &workspace() { return *m_workspace; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.costline")); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Writes `content` to a file in the fixture's folder and returns its path.
    QString writeFile(const QString &name, const QByteArray &content) const;
    // Reopens the workspace (a second connection sees only committed data).
    void reopen();

    // Sums straight over the raw events table, bypassing the rollups.
    UsageTotals rawEventTotals();
    // Sums over every rollup_day row, and over the rollup_dim "all" rows.
    UsageTotals rollupDayTotals();
    UsageTotals rollupAllTotals();
    UsageTotals rollupMonthTotals();
    qint64 eventCount();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace costline::test
