#pragma once

#include "workspace/workspace.h"

#include <QBuffer>

#include <memory>

namespace costline::fuzz {

// A fresh in-memory workspace for one input, so that every run starts from the same state
// and a crash reproduces from its input alone. It holds a catch-all price, so an event
// without a reported cost goes through the cost calculator like a real import's would.
std::unique_ptr<Workspace> openWorkspace();

// Aborts (a crash the fuzzer reports) when the committed events and the rollups disagree:
// an import must never lose or double a dollar, whatever the input.
void checkTotals(Workspace &workspace);

// Imports the bytes as a CSV file with a CSV importer (importDevice) into a fresh workspace,
// then checks its totals.
template <typename CsvImporter>
void importCsv(QByteArray bytes)
{
    QBuffer file(&bytes);
    file.open(QIODevice::ReadOnly);
    const auto workspace = openWorkspace();
    CsvImporter(*workspace).importDevice(&file, QStringLiteral("fuzz.csv"), {});
    checkTotals(*workspace);
}

} // namespace costline::fuzz
