#include "clichild.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace costline;

namespace {

// Every byte of the workspace's files: the database, its WAL and shared memory.
QByteArray workspaceBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

class TestKeyLeak final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyAppearsNowhereAfterSyncs()
    {
        // Given a fake provider that accepts a canary key, and a workspace with every kind
        const QByteArray key = "sk-canary-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 16) + "-f00dfeed";
        QTemporaryDir dir;
        test::CliChild child(key);
        const quint16 port = child.startFake(2, 5);
        QVERIFY(port != 0);
        const QString ws = dir.filePath(QStringLiteral("leak.costline"));
        QVERIFY(child.addAllSources(ws, port));
        // When it syncs, is killed mid-sync (leaving a WAL), syncs again, and a source with
        // the key but a dead address fails
        QCOMPARE(child.runCli({QStringLiteral("sync"), QStringLiteral("--workspace"), ws}).exitCode, 0);
        std::unique_ptr<QProcess> killed(child.startCli({QStringLiteral("sync"), QStringLiteral("--workspace"), ws}));
        QTest::qWait(150);
        killed->kill();
        killed->waitForFinished();
        const QByteArray walWhileKilled = workspaceBytes(ws);
        child.runCli({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("gateway"), QStringLiteral("--name"),
                      QStringLiteral("dead"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:1"),
                      QStringLiteral("--api-key-env"), QStringLiteral("COSTLINE_TEST_KEY"), QStringLiteral("--workspace"), ws});
        const test::CliRun failed = child.runCli({QStringLiteral("sync"), QStringLiteral("--workspace"), ws});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(failed.err.contains("source 'dead'"));
        child.runCli({QStringLiteral("source"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--workspace"), ws});
        child.runCli({QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("500"), QStringLiteral("--workspace"), ws});
        // Then neither the key nor a recognisable part of it is in the files or the output
        const QByteArray tail = key.right(12);
        for (const QByteArray &haystack : {workspaceBytes(ws), walWhileKilled, child.printed()}) {
            QVERIFY(!haystack.isEmpty());
            QVERIFY(!haystack.contains(key));
            QVERIFY(!haystack.contains(tail));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyLeak)
#include "tst_keyleak.moc"
