#pragma once

#include "licence.h"

#include <QByteArray>
#include <QDate>

namespace costline {

// Reads licence files: {"format":"costline-licence-1","payload":"<JSON text>","signature":"<base64>"}.
// The signature covers the payload string's exact UTF-8 bytes, so no re-serialisation can
// change what was signed. The public key is a parameter so tests can verify their own
// licences; the application uses production().
class LicenceVerifier final
{
public:
    explicit LicenceVerifier(QByteArray publicKey) : m_publicKey(std::move(publicKey)) {}
    // The verifier for the key compiled into this build.
    static LicenceVerifier production();

    LicenceStatus verifyFile(const QString &path, QDate today) const;
    LicenceStatus verify(const QByteArray &fileBytes, QDate today) const;

    // The licence file text for a payload and its signature (the issuer writes this).
    static QByteArray fileText(const QByteArray &payload, const QByteArray &signature);

private:
    QByteArray m_publicKey;
};

} // namespace costline
