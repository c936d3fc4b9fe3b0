#pragma once

#include "importers/importresult.h"

#include <QStringList>

#include <optional>

namespace costline {
class Workspace;
}

namespace costline::cli {

// Kinds `import` takes besides csv, and the importer for each; nullopt for another kind.
QStringList fileImportKinds();
std::optional<ImportResult> importFileOfKind(Workspace &workspace, const QString &kind, const QString &path,
                                             const ImportOptions &options);

} // namespace costline::cli
