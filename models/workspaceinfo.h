#pragma once

#include "core/dimension.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace costline {

class Workspace;

// What the window shows about a workspace before any tab loads: the status bar's event
// count and data-as-of day, and the values the filter pickers offer.
struct WorkspaceInfo
{
    bool ok = false;
    qint64 events = 0;
    std::optional<qint64> firstDay;
    std::optional<qint64> lastDay;
    QMap<Dimension, QStringList> values;
};

// Reads the info from rollups and the dimension catalogue: cheap at any event count.
WorkspaceInfo loadWorkspaceInfo(Workspace &workspace, const QList<Dimension> &pickerDimensions);

} // namespace costline
