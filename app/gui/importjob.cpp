#include "importjob.h"

#include "importers/invoiceimporter.h"
#include "importers/usagecsvimporter.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace costline {
namespace {

template<typename State>
ImportResult runImport(ImportKind kind, const QString &workspacePath, const QString &csvPath, const std::shared_ptr<State> &state)
{
    QString error;
    const auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::ExistingOnly, &error);
    if (!workspace) {
        ImportResult failed;
        failed.error = error;
        return failed;
    }
    ImportOptions options;
    options.progress = [state](qint64 done, qint64 total) {
        state->done = done;
        state->total = total;
        return !state->cancel.load();
    };
    if (kind == ImportKind::Invoice)
        return InvoiceImporter(*workspace).importFile(csvPath, options);
    return UsageCsvImporter(*workspace).importFile(csvPath, options);
}

} // namespace

ImportJob::ImportJob(QObject *parent) : QObject(parent), m_state(std::make_shared<State>()) {}

void ImportJob::cancel()
{
    m_state->cancel = true;
}

void ImportJob::start(ImportKind kind, const QString &workspacePath, const QString &csvPath, QWidget *dialogParent)
{
    QPointer<QProgressDialog> dialog;
    if (dialogParent) {
        dialog = new QProgressDialog(tr("Importing %1…").arg(QFileInfo(csvPath).fileName()), tr("Cancel"), 0, 1000,
                                     dialogParent);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(300);
        dialog->setAutoClose(false);
        dialog->setAutoReset(false);
        connect(dialog, &QProgressDialog::canceled, this, &ImportJob::cancel);
        auto *poll = new QTimer(dialog);
        const std::shared_ptr<State> state = m_state;
        connect(poll, &QTimer::timeout, dialog, [dialog, state] {
            const qint64 total = state->total;
            if (dialog && total > 0)
                dialog->setValue(int(qMin<qint64>(999, state->done * 1000 / total)));
        });
        poll->start(100);
    }
    const std::shared_ptr<State> state = m_state;
    QPointer<ImportJob> self(this);
    QtConcurrent::run([kind, workspacePath, csvPath, state] { return runImport(kind, workspacePath, csvPath, state); })
        .then(this, [self, dialog](const ImportResult &result) {
            // At once, not later: a warning about the result runs its own event loop, in which
            // the progress poll would still show the dialog over the warning.
            delete dialog.data();
            if (ImportJob *job = self.data())
                emit job->finished(result);
        });
}

} // namespace costline
