// MainWindow and scheduled reports: due schedules run when a workspace opens and on a timer,
// off the UI thread; what they wrote shows in the status bar and the Reports tab.
#include "mainwindow.h"

#include "scheduledreports.h"
#include "widgets/reportstab.h"

#include <QStatusBar>

namespace costline {

void MainWindow::buildScheduledReports()
{
    m_scheduledReports = new ScheduledReportsRunner(this);
    connect(m_scheduledReports, &ScheduledReportsRunner::checkFinished, this, [this](const QList<ScheduledRun> &runs) {
        if (runs.isEmpty())
            return;
        statusBar()->showMessage(scheduledRunsSummary(runs), 15'000);
        m_reports->refresh();
    });
    // A schedule just added writes its first report at once rather than at the next tick.
    connect(m_reports, &ReportsTab::schedulesChanged, m_scheduledReports, &ScheduledReportsRunner::runNow);
}

} // namespace costline
