#include "cliapp.h"
#include "commandline.h"
#include "licensing/licencestore.h"
#include "licensing/licenceverifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline::cli {
namespace {

QStringList sorted(const QSet<QString> &names)
{
    QStringList list(names.cbegin(), names.cend());
    list.sort();
    return list;
}

QJsonObject statusJson(const LicenceStatus &s)
{
    QJsonObject o{{QStringLiteral("state"), licenceStateName(s.state)},
                  {QStringLiteral("file"), s.file},
                  {QStringLiteral("plan"), planName(s.plan())},
                  {QStringLiteral("role"), s.role()},
                  {QStringLiteral("entitlements"), QJsonArray::fromStringList(sorted(s.entitlements()))}};
    if (s.state == LicenceStatus::State::Valid || s.state == LicenceStatus::State::Expired) {
        o.insert(QStringLiteral("licensee"), s.licence.licensee);
        o.insert(QStringLiteral("licensed_plan"), planName(s.licence.plan));
        o.insert(QStringLiteral("seats"), s.licence.seats);
        o.insert(QStringLiteral("issued"), s.licence.issued.toString(Qt::ISODate));
        o.insert(QStringLiteral("expires"), s.licence.expires.toString(Qt::ISODate));
    }
    if (!s.message.isEmpty())
        o.insert(QStringLiteral("message"), s.message);
    return o;
}

void writeText(const LicenceStatus &s, QTextStream &out)
{
    out << "Licence:      " << licenceStateName(s.state) << " (" << s.file << ")\n";
    if (s.state == LicenceStatus::State::Valid || s.state == LicenceStatus::State::Expired) {
        out << "Licensee:     " << s.licence.licensee << '\n'
            << "Seats:        " << s.licence.seats << '\n'
            << "Issued:       " << s.licence.issued.toString(Qt::ISODate) << '\n'
            << "Expires:      " << s.licence.expires.toString(Qt::ISODate) << '\n';
    }
    out << "Plan:         " << planDisplayName(s.plan()) << '\n'
        << "Role:         " << s.role() << '\n'
        << "Entitlements: " << sorted(s.entitlements()).join(QStringLiteral(", ")) << '\n';
    if (!s.message.isEmpty())
        out << '\n' << s.message << '\n';
}

} // namespace

int runLicence(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("licence"),
                   QStringLiteral("The licence in force: 'licence show [--licence FILE]' or 'licence verify FILE'."), io);
    cl.addFormatOption();
    cl.parser().addPositionalArgument(QStringLiteral("action"), QStringLiteral("show | verify"));
    cl.parser().addOption({QStringLiteral("licence"), QStringLiteral("the licence file to read (default: the installed one)"),
                           QStringLiteral("FILE")});
    if (const auto exit = cl.parse(args))
        return *exit;
    const QStringList pos = cl.positional();
    const QString action = pos.value(1);
    LicenceStatus status;
    if (action == QLatin1String("show") && pos.size() == 2) {
        const QString file = cl.isSet(QStringLiteral("licence")) ? cl.value(QStringLiteral("licence")) : licencestore::installedPath();
        status = LicenceVerifier::production().verifyFile(file, QDate::currentDate());
    } else if (action == QLatin1String("verify") && pos.size() == 3) {
        status = LicenceVerifier::production().verifyFile(pos.at(2), QDate::currentDate());
    } else {
        return cl.usageError(QStringLiteral("use 'licence show [--licence FILE]' or 'licence verify FILE'"));
    }
    if (cl.format() == Format::Json)
        io.out << QJsonDocument(statusJson(status)).toJson(QJsonDocument::Indented);
    else
        writeText(status, io.out);
    // show reports whatever is in force; verify is a check, so anything but valid fails it.
    return action == QLatin1String("verify") && !status.isValid() ? RuntimeError : Success;
}

} // namespace costline::cli
