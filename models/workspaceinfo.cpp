#include "workspaceinfo.h"

#include "workspace/dimensioncatalog.h"
#include "workspace/summaryquery.h"
#include "workspace/workspace.h"

namespace costline {

WorkspaceInfo loadWorkspaceInfo(Workspace &workspace, const QList<Dimension> &pickerDimensions)
{
    WorkspaceInfo info;
    SummaryQuery summary(workspace);
    info.firstDay = summary.firstDay();
    info.lastDay = summary.lastDay();
    if (info.firstDay && info.lastDay) {
        EventFilter all;
        all.fromDay = info.firstDay;
        all.toDay = info.lastDay;
        info.events = summary.run(all, {}).totals.events;
    }
    for (const Dimension dim : pickerDimensions)
        info.values.insert(dim, workspace.dimensions().values(dim));
    info.ok = true;
    return info;
}

} // namespace costline
