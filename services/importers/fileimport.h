#pragma once

#include "importresult.h"

#include <QStringList>

#include <optional>

namespace costline {

class Workspace;

// The file kinds besides the usage CSV (FOCUS, OTLP/JSON spans, outcomes, invoices, a
// gateway's audit/access log) and
// the importer for each, for `costline-cli import KIND` and File → Import alike; nullopt
// for another kind.
QStringList fileImportKinds();
std::optional<ImportResult> importFileOfKind(Workspace &workspace, const QString &kind, const QString &path,
                                             const ImportOptions &options);

} // namespace costline
