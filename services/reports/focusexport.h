#pragma once

#include "reportrequest.h"

#include <QStringList>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace costline {

class Workspace;

// The FOCUS 1.2 columns the export writes, then Costline's own x_ columns.
QStringList focusExportColumns();

// Writes the request's period (and tenant) as a FOCUS 1.2 CSV: one row per UTC day and
// dimension tuple, read from the daily rollups, so the file's size follows the tuples and
// not the events. BilledCost (= Effective, List and Contracted cost: Costline knows no
// discounts) is the events' cost as exact decimals, summing to `costline-cli summary`;
// x_CostState says whether the row's events are priced, estimated or unpriced (a day whose
// events are partly unpriced is split into a priced and an unpriced row). False and
// *error when the workspace cannot be read or the device written.
bool writeFocusCsv(Workspace &workspace, const ReportRequest &request, QIODevice *out, QString *error);

} // namespace costline
