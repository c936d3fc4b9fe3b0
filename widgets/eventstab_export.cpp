// CSV export of the Usage events tab: runs on a worker with its own workspace connection,
// while the UI thread only polls shared counters to move the progress dialog.
#include "eventstab.h"

#include "analysis/eventexport.h"
#include "models/eventcolumns.h"
#include "models/eventsmodel.h"
#include "models/moneyformat.h"
#include "models/queryrunner.h"

#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace costline {
namespace {

struct ExportState
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
};

QStringList exportCells(const EventRow &row)
{
    QStringList cells;
    for (int c = 0; c < EventColumnCount; ++c)
        cells << eventExportText(row, c);
    return cells;
}

EventExportResult runExport(const QString &workspacePath, const EventPageRequest &request, const QString &path,
                            const std::shared_ptr<ExportState> &state)
{
    QString error;
    const auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::ExistingOnly, &error);
    if (!workspace)
        return EventExportResult{false, false, error, 0};
    return EventCsvExport(*workspace).write(request, path, eventExportHeaders(), exportCells,
                                            [state](qint64 done, qint64 total) {
                                                state->done = done;
                                                state->total = total;
                                                return !state->cancel.load();
                                            });
}

QProgressDialog *makeProgressDialog(QWidget *parent, const std::shared_ptr<ExportState> &state)
{
    auto *dialog = new QProgressDialog(QObject::tr("Exporting usage events…"), QObject::tr("Cancel"), 0, 0, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [state] { state->cancel = true; });
    auto *poll = new QTimer(dialog);
    QObject::connect(poll, &QTimer::timeout, dialog, [dialog, state] {
        const qint64 total = state->total;
        const qint64 done = state->done;
        dialog->setMaximum(total > 0 ? 1000 : 0);
        if (total > 0)
            dialog->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
        dialog->setLabelText(QObject::tr("Exporting usage events… %1 written").arg(formatCount(done)));
    });
    poll->start(100);
    return dialog;
}

} // namespace

void EventsTab::exportCsv(const QString &path, bool showProgress)
{
    if (!runner())
        return;
    const EventPageRequest request = m_model->request();
    const QString workspacePath = runner()->workspacePath();
    auto state = std::make_shared<ExportState>();
    QPointer<QProgressDialog> dialog = showProgress ? makeProgressDialog(this, state) : nullptr;
    QPointer<EventsTab> self(this);
    QtConcurrent::run([workspacePath, request, path, state] { return runExport(workspacePath, request, path, state); })
        .then(this, [self, dialog, path](const EventExportResult &result) {
            if (dialog)
                dialog->deleteLater();
            if (!self)
                return;
            if (result.ok)
                emit self->exportFinished(true, tr("Exported %1 events to %2").arg(formatCount(result.rows), path));
            else if (result.cancelled)
                emit self->exportFinished(false, tr("Export cancelled; nothing was written."));
            else
                emit self->exportFinished(false, result.error);
        });
}

} // namespace costline
