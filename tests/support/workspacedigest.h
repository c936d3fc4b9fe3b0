#pragma once

#include "core/usagetotals.h"

#include <QMap>
#include <QString>

namespace costline::test {

// What a workspace holds, per UTC day × dimension value ("2026-01-05|team|search"),
// read two independent ways: summed straight from the raw events, and through the
// summaries the app shows (rollups). Groups that sum to zero are left out, so a
// workspace that replaced an event and one that never held it compare equal.
struct WorkspaceDigest
{
    qint64 eventRows = -1;
    QMap<QString, UsageTotals> fromEvents;
    QMap<QString, UsageTotals> fromSummaries;
    bool operator==(const WorkspaceDigest &) const = default;
};

// An empty digest (eventRows -1) when the file cannot be opened.
WorkspaceDigest readWorkspaceDigest(const QString &path);

// The totals over all raw events and over all rollup rows, with the event count: cheap
// enough to read after every kill.
struct QuickTotals
{
    qint64 eventRows = -1;
    UsageTotals fromEvents;
    UsageTotals fromRollups;
    bool operator==(const QuickTotals &) const = default;
};
QuickTotals readQuickTotals(const QString &path);

// "ok", or what PRAGMA integrity_check found, as the next user of the file would see it.
QString integrityCheck(const QString &path);

// The first difference between two digests, for a failure message; empty when equal.
QString firstDifference(const WorkspaceDigest &actual, const WorkspaceDigest &expected);

} // namespace costline::test
