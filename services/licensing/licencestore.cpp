#include "licencestore.h"

#include "licenceverifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace costline::licencestore {
namespace {

const QString kSettingsKey = QStringLiteral("licence/file");

} // namespace

QString defaultPath()
{
    // Not AppConfigLocation: the GUI and the CLI have different application names, and both
    // must read the one licence the user installed.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/Costline/licence.json");
}

QString installedPath()
{
    const QString chosen = QSettings().value(kSettingsKey).toString();
    return chosen.isEmpty() ? defaultPath() : chosen;
}

LicenceStatus current()
{
    return LicenceVerifier::production().verifyFile(installedPath(), QDate::currentDate());
}

LicenceStatus install(const QString &source, QString *error)
{
    const LicenceStatus status = LicenceVerifier::production().verifyFile(source, QDate::currentDate());
    if (!status.isValid()) {
        *error = status.message;
        return status;
    }
    const QString target = installedPath();
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(target).absoluteFilePath())
        return status;
    QDir().mkpath(QFileInfo(target).absolutePath());
    // Keep the previous licence beside the new one rather than deleting it.
    if (QFile::exists(target)) {
        QFile::remove(target + QStringLiteral(".previous"));
        QFile::rename(target, target + QStringLiteral(".previous"));
    }
    if (!QFile::copy(source, target)) {
        *error = QStringLiteral("Cannot write %1: check that the folder is writable.").arg(target);
        return status;
    }
    LicenceStatus installed = status;
    installed.file = target;
    return installed;
}

} // namespace costline::licencestore
