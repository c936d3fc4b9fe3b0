// costline-licence-issuer: writes a signed licence file. The private key comes from a file
// the issuer keeps outside the repository; this program never stores or prints it.
#include "licensing/ed25519.h"
#include "licensing/licence.h"
#include "licensing/licenceverifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace costline;

namespace {

std::optional<Licence> licenceFromOptions(const QCommandLineParser &p, QString *error)
{
    Licence l;
    l.licensee = p.value(QStringLiteral("licensee"));
    const auto plan = planFromName(p.value(QStringLiteral("plan")));
    if (l.licensee.isEmpty() || !plan) {
        *error = QStringLiteral("--licensee and --plan (free, team, business, enterprise) are required");
        return std::nullopt;
    }
    l.plan = *plan;
    const QStringList names = p.value(QStringLiteral("entitlements")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    l.entitlements = names.isEmpty() ? planEntitlements(l.plan) : QSet<QString>(names.cbegin(), names.cend());
    l.role = p.value(QStringLiteral("role"));
    l.seats = p.value(QStringLiteral("seats")).toInt();
    l.issued = QDate::currentDate();
    l.expires = QDate::fromString(p.value(QStringLiteral("expires")), Qt::ISODate);
    if (!l.expires.isValid() || l.seats < 1) {
        *error = QStringLiteral("--expires YYYY-MM-DD and --seats N (at least 1) are required");
        return std::nullopt;
    }
    // Round-trip through the reader so a licence it would refuse is never issued.
    const auto checked = Licence::fromPayload(l.toPayload(), error);
    return checked ? std::optional(l) : std::nullopt;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Issue a signed Costline licence file."));
    p.addHelpOption();
    p.addOptions({{QStringLiteral("key"), QStringLiteral("Ed25519 private key (PEM), kept outside the repository"), QStringLiteral("FILE")},
                  {QStringLiteral("out"), QStringLiteral("licence file to write"), QStringLiteral("FILE")},
                  {QStringLiteral("licensee"), QStringLiteral("who the licence is for"), QStringLiteral("NAME")},
                  {QStringLiteral("plan"), QStringLiteral("free | team | business | enterprise"), QStringLiteral("PLAN")},
                  {QStringLiteral("entitlements"), QStringLiteral("comma list; default: the plan's preset"), QStringLiteral("LIST")},
                  {QStringLiteral("role"), QStringLiteral("admin | analyst | viewer"), QStringLiteral("ROLE"), QStringLiteral("admin")},
                  {QStringLiteral("seats"), QStringLiteral("number of seats"), QStringLiteral("N"), QStringLiteral("1")},
                  {QStringLiteral("expires"), QStringLiteral("last valid day"), QStringLiteral("YYYY-MM-DD")},
                  {QStringLiteral("print-public-key"), QStringLiteral("print the key's public half as C bytes and exit")}});
    p.process(app);
    QFile keyFile(p.value(QStringLiteral("key")));
    if (!keyFile.open(QIODevice::ReadOnly)) {
        err << "costline-licence-issuer: cannot read the private key; pass it with --key FILE\n";
        return 2;
    }
    const QByteArray pem = keyFile.readAll();
    if (p.isSet(QStringLiteral("print-public-key"))) {
        const auto pub = ed25519::publicKeyOf(pem);
        if (!pub) {
            err << "costline-licence-issuer: the key is not an Ed25519 private key\n";
            return 1;
        }
        QTextStream out(stdout);
        for (char b : *pub)
            out << QStringLiteral("0x%1, ").arg(uint(uchar(b)), 2, 16, QLatin1Char('0'));
        out << '\n';
        return 0;
    }
    QString error;
    const auto licence = licenceFromOptions(p, &error);
    if (!licence || !p.isSet(QStringLiteral("out"))) {
        err << "costline-licence-issuer: " << (licence ? QStringLiteral("--out FILE is required") : error) << '\n';
        return 2;
    }
    const QByteArray payload = licence->toPayload();
    const auto signature = ed25519::sign(pem, payload);
    QFile out(p.value(QStringLiteral("out")));
    if (!signature || !out.open(QIODevice::WriteOnly)) {
        err << "costline-licence-issuer: " << (signature ? QStringLiteral("cannot write the licence file")
                                                         : QStringLiteral("the key is not an Ed25519 private key (PEM)"))
            << '\n';
        return 1;
    }
    out.write(LicenceVerifier::fileText(payload, *signature));
    return 0;
}
