#include "licenceverifier.h"

#include "ed25519.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline {
namespace {

const QString kFormat = QStringLiteral("costline-licence-1");
const QString kFreeNote = QStringLiteral("Costline runs on the Free plan; nothing in your workspaces is affected.");

LicenceStatus fallback(LicenceStatus::State state, const QString &what, const QString &todo)
{
    LicenceStatus s;
    s.state = state;
    s.message = what % QLatin1Char(' ') % kFreeNote % QLatin1Char(' ') % todo;
    return s;
}

LicenceStatus tampered()
{
    return fallback(LicenceStatus::State::Tampered,
                    QStringLiteral("The licence's signature does not match its contents: the file was changed after "
                                   "it was issued, or it was issued for another build."),
                    QStringLiteral("Load the licence file exactly as you received it, or ask your vendor for a new one."));
}

} // namespace

LicenceStatus LicenceVerifier::verifyFile(const QString &path, QDate today) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LicenceStatus s = fallback(LicenceStatus::State::Missing, QStringLiteral("No licence file at %1.").arg(path),
                                   QStringLiteral("Load a licence with Help → Licence…; `costline-cli licence verify FILE` checks a file first."));
        s.file = path;
        return s;
    }
    LicenceStatus s = verify(file.readAll(), today);
    s.file = path;
    return s;
}

LicenceStatus LicenceVerifier::verify(const QByteArray &fileBytes, QDate today) const
{
    const QJsonObject o = QJsonDocument::fromJson(fileBytes).object();
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return fallback(LicenceStatus::State::Invalid, QStringLiteral("The file is not a Costline licence."),
                        QStringLiteral("Check that you chose the licence file (licence.json) you were sent."));
    const QByteArray payload = o.value(QStringLiteral("payload")).toString().toUtf8();
    const auto signature = QByteArray::fromBase64Encoding(o.value(QStringLiteral("signature")).toString().toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || !ed25519::verify(m_publicKey, payload, *signature))
        return tampered();
    // Signed by us: what remains are the contents.
    const QString planText = QJsonDocument::fromJson(payload).object().value(QStringLiteral("plan")).toString();
    if (!planFromName(planText))
        return fallback(LicenceStatus::State::UnknownPlan,
                        QStringLiteral("The licence names plan '%1', which this version does not know.").arg(planText),
                        QStringLiteral("Update Costline, or ask your vendor for a licence for this version."));
    QString error;
    const auto licence = Licence::fromPayload(payload, &error);
    if (!licence)
        return fallback(LicenceStatus::State::Invalid, QStringLiteral("The licence cannot be read: %1.").arg(error),
                        QStringLiteral("Ask your vendor for a new licence file."));
    LicenceStatus s;
    s.licence = *licence;
    if (today > licence->expires) {
        s.state = LicenceStatus::State::Expired;
        s.message = QStringLiteral("The %1 licence for %2 expired on %3. %4 Renew it and load the new file with "
                                   "Help → Licence….")
                        .arg(planDisplayName(licence->plan), licence->licensee,
                             licence->expires.toString(Qt::ISODate), kFreeNote);
        return s;
    }
    s.state = LicenceStatus::State::Valid;
    return s;
}

QByteArray LicenceVerifier::fileText(const QByteArray &payload, const QByteArray &signature)
{
    const QJsonObject o{{QStringLiteral("format"), kFormat},
                        {QStringLiteral("payload"), QString::fromUtf8(payload)},
                        {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace costline
