#pragma once

#include "core/utctime.h"
#include "demo/demogenerator.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace costline::test {

// A small deterministic demo workspace in a temporary folder: 20 000 events over 90 days
// ending 2026-11-24, so expected numbers never depend on the day the test runs.
class DemoFixture final
{
public:
    static qint64 endDay() { return *utc::parseDate("2026-11-24"); }

    DemoFixture()
    {
        QString error;
        m_workspace = Workspace::open(m_dir.filePath(QStringLiteral("demo.costline")),
                                      Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(m_workspace, qPrintable(error));
        DemoOptions options;
        options.events = 20'000;
        options.endDay = endDay();
        const DemoResult result = DemoGenerator(*m_workspace).generate(options);
        QVERIFY2(result.ok, qPrintable(result.error));
    }

    Workspace &workspace() { return *m_workspace; }
    QString path() const { return m_workspace->path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace costline::test
