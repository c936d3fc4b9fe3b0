#include "credentials/keystore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace costline;

// `source add --api-key-stdin` stores the key in the OS keychain and `sync` finds it there
// with no environment variable. Skips where no secret service answers; CI runs it inside
// dbus-run-session with an unlocked gnome-keyring.
class TestKeychainCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyFromStdinSyncsThroughTheKeychain()
    {
        QString why;
        const KeyStore probe(QStringLiteral("Costline probe"), 5000);
        if (probe.write(QStringLiteral("probe"), "x", &why) != KeyStore::Status::Ok)
            QSKIP(qPrintable(QStringLiteral("no secret service is reachable (%1)").arg(why)));
        probe.remove(QStringLiteral("probe"), &why);
        // Given a fake gateway and a key only the keychain will hold
        const QByteArray key = "sk-keychain-cli-" + QByteArray::number(QCoreApplication::applicationPid());
        QProcess fake;
        fake.start(QStringLiteral(COSTLINE_FAKE_PROVIDER), {QStringLiteral("--api-key"), QString::fromUtf8(key)});
        QVERIFY(fake.waitForReadyRead(10'000));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(fake.readLine().trimmed().toInt());
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("k.costline"));
        const QString name = QStringLiteral("gw-%1").arg(QCoreApplication::applicationPid());
        // When the source is added with the key on stdin, then synced
        QProcess add;
        add.start(QStringLiteral(COSTLINE_CLI), {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("gateway"),
                                                 QStringLiteral("--name"), name, QStringLiteral("--base-url"), url,
                                                 QStringLiteral("--api-key-stdin"), QStringLiteral("--workspace"), ws});
        add.write(key + '\n');
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(30'000));
        QCOMPARE(add.exitCode(), 0);
        QProcess sync;
        sync.start(QStringLiteral(COSTLINE_CLI), {QStringLiteral("sync"), QStringLiteral("--workspace"), ws});
        QVERIFY(sync.waitForFinished(60'000));
        const QByteArray out = sync.readAllStandardOutput();
        // Then the sync used the stored key, and removing the source removes the key
        QVERIFY2(sync.exitCode() == 0, sync.readAllStandardError().constData());
        QVERIFY2(out.contains(QByteArray(name.toUtf8() + ": 17 pages, 50 new")), out.constData());
        QProcess remove;
        remove.start(QStringLiteral(COSTLINE_CLI), {QStringLiteral("source"), QStringLiteral("remove"), name, QStringLiteral("--workspace"), ws});
        QVERIFY(remove.waitForFinished(30'000));
        QCOMPARE(KeyStore().read(name).status, KeyStore::Status::NotFound);
        fake.kill();
        fake.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestKeychainCli)
#include "tst_keychaincli.moc"
