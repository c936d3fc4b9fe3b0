#pragma once

#include "licence.h"

#include <QString>

namespace costline {

// Where the installed licence lives: the path in QSettings ("licence/file") when one was
// chosen, else Costline/licence.json in the user's config folder (shared by GUI and CLI). Installing copies the file there
// after it verifies; nothing is ever deleted.
namespace licencestore {

QString defaultPath();
QString installedPath();
// The licence in force today, read with the compiled-in key.
LicenceStatus current();
// Verifies `source` and, when valid, copies it to installedPath(); returns its status.
LicenceStatus install(const QString &source, QString *error);

} // namespace licencestore
} // namespace costline
