// Licences signed with a key pair made in the test: the verifier takes the public key as a
// parameter, so no test key ever reaches the application.
#include "licensing/ed25519.h"
#include "licensing/licenceverifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace costline;

class TestLicence final : public QObject
{
    Q_OBJECT

private:
    ed25519::KeyPair m_keys;
    const QDate m_today{2026, 11, 24};

    Licence licence(Plan plan) const
    {
        Licence l;
        l.licensee = QStringLiteral("Acme Corp");
        l.plan = plan;
        l.entitlements = planEntitlements(plan);
        l.role = QStringLiteral("analyst");
        l.seats = 5;
        l.issued = QDate(2026, 1, 1);
        l.expires = QDate(2026, 12, 31);
        return l;
    }
    QByteArray signedFile(const QByteArray &payload, const QByteArray &pem) const
    {
        return LicenceVerifier::fileText(payload, ed25519::sign(pem, payload).value());
    }
    QByteArray signedFile(const Licence &l) const { return signedFile(l.toPayload(), m_keys.privateKeyPem); }

private slots:
    void initTestCase()
    {
        const auto keys = ed25519::generate();
        QVERIFY(keys);
        m_keys = *keys;
        QCOMPARE(m_keys.publicKey.size(), ed25519::kPublicKeySize);
        QCOMPARE(ed25519::publicKeyOf(m_keys.privateKeyPem).value(), m_keys.publicKey);
    }

    void validLicenceGivesItsPlan()
    {
        const LicenceStatus s = LicenceVerifier(m_keys.publicKey).verify(signedFile(licence(Plan::Business)), m_today);
        QCOMPARE(s.state, LicenceStatus::State::Valid);
        QCOMPARE(s.plan(), Plan::Business);
        QCOMPARE(s.licence.licensee, QStringLiteral("Acme Corp"));
        QCOMPARE(s.licence.seats, 5);
        QCOMPARE(s.role(), QStringLiteral("analyst"));
        QVERIFY(s.entitlements().contains(QStringLiteral("pdf_reports")));
        QVERIFY(!s.entitlements().contains(QStringLiteral("chargeback_pack")));
        QVERIFY(s.message.isEmpty());
    }

    void expiredFallsBackToFree()
    {
        Licence l = licence(Plan::Enterprise);
        l.expires = QDate(2026, 11, 23);
        const LicenceStatus s = LicenceVerifier(m_keys.publicKey).verify(signedFile(l), m_today);
        QCOMPARE(s.state, LicenceStatus::State::Expired);
        QCOMPARE(s.plan(), Plan::Free);
        QCOMPARE(s.entitlements(), planEntitlements(Plan::Free));
        QVERIFY(s.message.contains(QStringLiteral("expired on 2026-11-23")));
        QVERIFY(s.message.contains(QStringLiteral("Renew")));
    }

    void lastDayIsStillValid()
    {
        Licence l = licence(Plan::Team);
        l.expires = m_today;
        QCOMPARE(LicenceVerifier(m_keys.publicKey).verify(signedFile(l), m_today).state, LicenceStatus::State::Valid);
    }

    void tamperedPayloadFallsBackToFree()
    {
        QJsonObject o = QJsonDocument::fromJson(signedFile(licence(Plan::Team))).object();
        QString payload = o.value(QStringLiteral("payload")).toString();
        payload.replace(QStringLiteral("\"team\""), QStringLiteral("\"enterprise\""));
        o.insert(QStringLiteral("payload"), payload);
        const LicenceStatus s = LicenceVerifier(m_keys.publicKey).verify(QJsonDocument(o).toJson(), m_today);
        QCOMPARE(s.state, LicenceStatus::State::Tampered);
        QCOMPARE(s.plan(), Plan::Free);
        QVERIFY(s.message.contains(QStringLiteral("signature does not match")));
    }

    void tamperedSignatureFallsBackToFree()
    {
        QJsonObject o = QJsonDocument::fromJson(signedFile(licence(Plan::Team))).object();
        QByteArray sig = QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1());
        sig[10] = char(sig.at(10) ^ 0x01);
        o.insert(QStringLiteral("signature"), QString::fromLatin1(sig.toBase64()));
        const LicenceStatus s = LicenceVerifier(m_keys.publicKey).verify(QJsonDocument(o).toJson(), m_today);
        QCOMPARE(s.state, LicenceStatus::State::Tampered);
        QCOMPARE(s.entitlements(), planEntitlements(Plan::Free));
    }

    void wrongKeyIsRefused()
    {
        const auto other = ed25519::generate().value();
        const QByteArray file = signedFile(licence(Plan::Enterprise).toPayload(), other.privateKeyPem);
        QCOMPARE(LicenceVerifier(m_keys.publicKey).verify(file, m_today).state, LicenceStatus::State::Tampered);
        // The production key never accepts a test licence.
        QCOMPARE(LicenceVerifier::production().verify(signedFile(licence(Plan::Enterprise)), m_today).state,
                 LicenceStatus::State::Tampered);
    }

    void unknownPlanFallsBackToFree()
    {
        QByteArray payload = licence(Plan::Team).toPayload();
        payload.replace("\"team\"", "\"platinum\"");
        const LicenceStatus s
            = LicenceVerifier(m_keys.publicKey).verify(signedFile(payload, m_keys.privateKeyPem), m_today);
        QCOMPARE(s.state, LicenceStatus::State::UnknownPlan);
        QCOMPARE(s.plan(), Plan::Free);
        QVERIFY(s.message.contains(QStringLiteral("platinum")));
    }

    void missingFileFallsBackToFreeAndSaysWhere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("licence.json"));
        const LicenceStatus s = LicenceVerifier(m_keys.publicKey).verifyFile(path, m_today);
        QCOMPARE(s.state, LicenceStatus::State::Missing);
        QVERIFY(s.message.contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void notALicenceIsInvalid()
    {
        QCOMPARE(LicenceVerifier(m_keys.publicKey).verify("{\"hello\":1}", m_today).state, LicenceStatus::State::Invalid);
    }

    void listedEntitlementsAreWhatIsChecked()
    {
        Licence l = licence(Plan::Team);
        l.entitlements = {QStringLiteral("overview"), QStringLiteral("forecast")};
        const LicenceStatus s = LicenceVerifier(m_keys.publicKey).verify(signedFile(l), m_today);
        QVERIFY(s.entitlements().contains(QStringLiteral("forecast")));
        QVERIFY(!s.entitlements().contains(QStringLiteral("signals")));
    }

    void demoWorkspaceHasEverything()
    {
        const Entitlements demo(LicenceStatus{}, true);
        for (const QString &name : entitlement::all())
            QVERIFY2(demo.allows(name), qPrintable(name));
        const Entitlements free(LicenceStatus{}, false);
        QVERIFY(!free.allows(QStringLiteral("forecast")));
        QVERIFY(free.allows(QStringLiteral("csv_export")));
    }

    void viewerCannotExportPacks()
    {
        Licence l = licence(Plan::Enterprise);
        l.role = QStringLiteral("viewer");
        const Entitlements viewer(LicenceVerifier(m_keys.publicKey).verify(signedFile(l), m_today), false);
        QVERIFY(viewer.allows(QStringLiteral("chargeback_pack")));
        QVERIFY(!viewer.canExportPack(QStringLiteral("chargeback_pack")));
        QVERIFY(!viewer.canExportPack(QStringLiteral("dispute_pack")));
        l.role = QStringLiteral("analyst");
        const Entitlements analyst(LicenceVerifier(m_keys.publicKey).verify(signedFile(l), m_today), false);
        QVERIFY(analyst.canExportPack(QStringLiteral("chargeback_pack")));
    }

    void plansIncludeTheOneBefore()
    {
        QVERIFY(planEntitlements(Plan::Team).contains(planEntitlements(Plan::Free)));
        QVERIFY(planEntitlements(Plan::Business).contains(planEntitlements(Plan::Team)));
        QVERIFY(planEntitlements(Plan::Enterprise).contains(planEntitlements(Plan::Business)));
        QCOMPARE(planIncluding(QStringLiteral("allocation")), Plan::Team);
        QCOMPARE(planIncluding(QStringLiteral("pdf_reports")), Plan::Business);
        QCOMPARE(planIncluding(QStringLiteral("dispute_pack")), Plan::Enterprise);
    }
};

QTEST_GUILESS_MAIN(TestLicence)
#include "tst_licence.moc"
