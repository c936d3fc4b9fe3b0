#pragma once

#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace costline::test {

// costline-cli and the fake provider as child processes, for tests that kill a sync or
// read everything a sync printed.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class CliChild final
{
public:
    explicit CliChild(QByteArray apiKey) : m_apiKey(std::move(apiKey))
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("COSTLINE_TEST_KEY"), QString::fromUtf8(m_apiKey));
        // No keychain: the key must come from the environment variable.
        m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    }
    ~CliChild()
    {
        m_fake.kill();
        m_fake.waitForFinished();
    }

    // Starts the fake provider process; its port, or 0.
    quint16 startFake(int pageSize, int delayMs)
    {
        m_fake.start(QStringLiteral(COSTLINE_FAKE_PROVIDER),
                     {QStringLiteral("--api-key"), QString::fromUtf8(m_apiKey), QStringLiteral("--page-size"),
                      QString::number(pageSize), QStringLiteral("--delay-ms"), QString::number(delayMs)});
        if (!m_fake.waitForStarted() || !m_fake.waitForReadyRead(10'000))
            return 0;
        return quint16(m_fake.readLine().trimmed().toUInt());
    }

    QProcess *startCli(const QStringList &args)
    {
        auto *process = new QProcess;
        process->setProcessEnvironment(m_env);
        process->start(QStringLiteral(COSTLINE_CLI), args);
        return process;
    }

    CliRun runCli(const QStringList &args)
    {
        std::unique_ptr<QProcess> p(startCli(args));
        CliRun run;
        if (!p->waitForFinished(120'000))
            return run;
        run.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        run.out = p->readAllStandardOutput();
        run.err = p->readAllStandardError();
        m_printed += run.out + run.err;
        return run;
    }

    // Adds one source of every kind on the fake, keyed through $COSTLINE_TEST_KEY.
    bool addAllSources(const QString &workspace, quint16 port)
    {
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
        for (const QString &kind : {QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gateway"), QStringLiteral("litellm")}) {
            const CliRun r = runCli({QStringLiteral("source"), QStringLiteral("add"), kind, QStringLiteral("--name"), kind,
                                     QStringLiteral("--base-url"), url, QStringLiteral("--api-key-env"),
                                     QStringLiteral("COSTLINE_TEST_KEY"), QStringLiteral("--workspace"), workspace});
            if (r.exitCode != 0)
                return false;
        }
        return true;
    }

    // Everything the child processes printed so far.
    const QByteArray &printed() const { return m_printed; }

private:
    QByteArray m_apiKey;
    QProcessEnvironment m_env;
    QProcess m_fake;
    QByteArray m_printed;
};

// What a workspace holds, summed straight from its tables.
struct StoredTotals
{
    QList<qint64> values;
    bool operator==(const StoredTotals &) const = default;
};

inline StoredTotals storedTotals(const QString &path)
{
    QString error;
    auto ws = Workspace::open(path, Workspace::OpenMode::ExistingOnly, &error);
    StoredTotals t;
    if (!ws)
        return t;
    const QByteArray queries[] = {
        "SELECT count(*), coalesce(sum(input_tokens), 0), coalesce(sum(cached_input_tokens), 0),"
        " coalesce(sum(cache_write_tokens), 0), coalesce(sum(output_tokens), 0), coalesce(sum(requests), 0),"
        " coalesce(sum(reported_cost), 0) FROM events",
        "SELECT coalesce(sum(events), 0), coalesce(sum(input_tokens), 0), coalesce(sum(output_tokens), 0),"
        " coalesce(sum(cost), 0), 0, 0, 0 FROM rollup_day",
        "SELECT count(*), coalesce(sum(amount), 0), 0, 0, 0, 0, 0 FROM billing_lines",
        "SELECT count(*), 0, 0, 0, 0, 0, 0 FROM quarantine"};
    for (const QByteArray &sql : queries) {
        SqliteStatement st(ws->db(), sql);
        if (st.step()) {
            for (int i = 0; i < 7; ++i)
                t.values << st.int64(i);
        }
    }
    return t;
}

} // namespace costline::test
