#pragma once

#include "report.h"
#include "reportrequest.h"

#include <QByteArray>

namespace costline {

class Workspace;

// The invoice dispute evidence pack for one imported invoice line (the request's line, else
// the largest invoice line overlapping the period): the line against the events it bills
// (docs/invoice-matching.md), the delta split into causes that add up to it exactly, the
// prices used with their effective dates, and an appendix listing every event with its event
// and trace ids and its share of the line, under a SHA-256 over the evidence. Without an
// invoice line to dispute, *error says what to import and the one section repeats it.
Report buildDispute(Workspace &workspace, const ReportRequest &request, QString *error);

// SHA-256 (hex) over the canonical evidence lines: one per event, in time order.
QString evidenceHash(const QList<QByteArray> &lines);

} // namespace costline
