#pragma once

#include "driversquery.h"

#include <QByteArray>

namespace costline {

// The Cost drivers table as CSV in the C locale, with the columns of
// `costline-cli drivers --format csv`: money as exact decimals with 9 fractional digits,
// percentages with one decimal (empty where there was no previous cost).
QByteArray driversCsv(const DriversResult &result);

class Workspace;
// Writes driversCsv(result) to `path` and records the export in the audit trail; false and
// *error ("what, what to do") when the file cannot be written or recorded.
bool writeDriversCsv(Workspace &workspace, const DriversResult &result, const QString &path, QString *error);

} // namespace costline
