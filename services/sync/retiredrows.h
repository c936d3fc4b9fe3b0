#pragma once

#include "connector.h"

namespace costline {

class IngestSession;
class Workspace;

// A provider may drop a group from a bucket it revises (a project moved, a key deleted).
// Rows this source stored for a re-read bucket that the new page no longer lists are
// retired in the page's transaction: events are replaced by zero usage (so every rollup
// moves by exactly what they carried), billing lines are deleted. Returns false and
// *error on a database failure; *retired counts what was retired.
bool retireMissingRows(Workspace &workspace, IngestSession &session, const ParsedPage &page, QString *error,
                       qint64 *retired);

} // namespace costline
