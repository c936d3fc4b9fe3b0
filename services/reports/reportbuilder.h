#pragma once

#include "report.h"
#include "reportrequest.h"

namespace costline {

class Workspace;

// The neutral report of the request's kind, for print preview and the PDF and CSV
// renderers. A dispute pack without an invoice line sets *error and says so in its one
// section. Not for "focus": that export is a data file (writeFocusCsv).
Report buildReport(Workspace &workspace, const ReportRequest &request, QString *error);

} // namespace costline
