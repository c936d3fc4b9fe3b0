#pragma once

#include "fakeproviderserver.h"
#include "sync/sourceconfig.h"
#include "sync/syncrunner.h"
#include "workspace/billingstore.h"
#include "workspacefixture.h"

#include <QTest>

namespace costline::test {

// A workspace with one source pointed at a fake server, synced in-process with short
// retry delays. The key comes from the fake, never from the environment.
class SyncFixture final
{
public:
    SyncFixture() { QVERIFY(m_server.start()); }

    fakes::FakeProviderServer &server() { return m_server; }
    WorkspaceFixture &workspace() { return m_workspace; }
    SyncOptions &options() { return m_options; }

    void addSource(const QString &name, const QString &kind, const QUrl &base = {})
    {
        SourceConfig config;
        config.name = name;
        config.kind = kind;
        config.baseUrl = (base.isEmpty() ? m_server.baseUrl() : base).toString();
        QString error;
        QVERIFY2(SourceConfigStore(m_workspace.workspace()).add(config, &error), qPrintable(error));
    }

    QList<SourceSyncResult> sync(const QByteArray &key = {})
    {
        const QByteArray used = key.isEmpty() ? m_server.apiKey() : key;
        SyncRunner runner(m_workspace.path(), [used](const SourceConfig &, QString *) { return std::optional<QByteArray>(used); },
                          m_options);
        const QList<SourceSyncResult> results = runner.run();
        m_workspace.reopen();
        return results;
    }

    qint64 billedNano() { return BillingStore(m_workspace.workspace()).totalNano("api"); }
    qint64 billingLines() { return BillingStore(m_workspace.workspace()).count(); }

private:
    fakes::FakeProviderServer m_server;
    WorkspaceFixture m_workspace;
    SyncOptions m_options = fastOptions();

    static SyncOptions fastOptions()
    {
        SyncOptions o;
        o.retry.baseDelayMs = 10;
        o.retry.maxDelayMs = 50;
        o.retry.timeoutMs = 5000;
        o.retry.maxAttempts = 4;
        return o;
    }
};

} // namespace costline::test
