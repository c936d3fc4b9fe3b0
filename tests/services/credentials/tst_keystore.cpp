#include "credentials/keystore.h"

#include <QCoreApplication>
#include <QTest>

using namespace costline;

namespace {

// A service name of its own, so a test run never touches a real Costline entry.
KeyStore testStore()
{
    return KeyStore(QStringLiteral("Costline test %1").arg(QCoreApplication::applicationPid()), 10'000);
}

} // namespace

// Tests that need a keychain skip, saying why, where no secret service answers. CI runs
// them inside a private session bus with an unlocked gnome-keyring (see the CI script).
class TestKeyStore final : public QObject
{
    Q_OBJECT

private:
    // Writes a key; false (and *why) when there is no keychain, so the caller skips.
    bool written(const KeyStore &store, const QString &source, const QByteArray &key, QString *why)
    {
        const KeyStore::Status status = store.write(source, key, why);
        return status == KeyStore::Status::Ok;
    }

private Q_SLOTS:
    void keychainRoundTrip()
    {
        // Given a keychain
        const KeyStore store = testStore();
        QString why;
        if (!written(store, QStringLiteral("openai-org"), "sk-roundtrip-0123456789", &why))
            QSKIP(qPrintable(QStringLiteral("no secret service is reachable (%1)").arg(why)));
        // When a key is written and read back, then removed
        const KeyStore::ReadResult read = store.read(QStringLiteral("openai-org"));
        QCOMPARE(read.status, KeyStore::Status::Ok);
        QCOMPARE(read.key, QByteArray("sk-roundtrip-0123456789"));
        QCOMPARE(store.remove(QStringLiteral("openai-org"), &why), KeyStore::Status::Ok);
        // Then it is gone
        QCOMPARE(store.read(QStringLiteral("openai-org")).status, KeyStore::Status::NotFound);
    }

    void lookupUsesTheKeychainWhenTheVariableIsUnset()
    {
        const KeyStore store = testStore();
        QString why;
        if (!written(store, QStringLiteral("gw"), "sk-from-keychain-42", &why))
            QSKIP(qPrintable(QStringLiteral("no secret service is reachable (%1)").arg(why)));
        qunsetenv("COSTLINE_TEST_UNSET_KEY");
        const auto key = lookupSourceKey(store, QStringLiteral("gw"), QStringLiteral("COSTLINE_TEST_UNSET_KEY"), &why);
        store.remove(QStringLiteral("gw"), &why);
        QCOMPARE(key, std::optional<QByteArray>("sk-from-keychain-42"));
    }

    void lookupPrefersTheNamedVariable()
    {
        qputenv("COSTLINE_TEST_KEY_VAR", "  sk-from-env-7  ");
        QString why;
        const auto key = lookupSourceKey(testStore(), QStringLiteral("gw"), QStringLiteral("COSTLINE_TEST_KEY_VAR"), &why);
        QCOMPARE(key, std::optional<QByteArray>("sk-from-env-7"));
        qunsetenv("COSTLINE_TEST_KEY_VAR");
    }

    void noKeyAnywhereSaysWhatToDo()
    {
        qunsetenv("COSTLINE_TEST_UNSET_KEY");
        QString why;
        const auto key = lookupSourceKey(testStore(), QStringLiteral("never-stored"), QStringLiteral("COSTLINE_TEST_UNSET_KEY"), &why);
        QVERIFY(!key);
        QVERIFY2(why.contains(QStringLiteral("$COSTLINE_TEST_UNSET_KEY")), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
