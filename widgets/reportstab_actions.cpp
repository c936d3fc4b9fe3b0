// The Reports tab's actions: print preview and saving a file, each built on the worker.
#include "reportstab.h"

#include "core/utctime.h"
#include "reports/reportbuilder.h"
#include "reports/reportrenderer.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QComboBox>

namespace costline {

void ReportsTab::preview()
{
    if (!runner())
        return;
    const ReportRequest request = currentRequest();
    QPointer<ReportsTab> self(this);
    m_preview->setEnabled(false);
    runner()
        ->run<Report>([request](Workspace &ws) {
            QString error; // without an invoice line the pack's one section says what to import
            return buildReport(ws, request, &error);
        })
        .then(this, [self](const Report &report) {
            if (!self)
                return;
            self->updateActions();
            QPrinter printer(QPrinter::HighResolution);
            printer.setPageSize(QPageSize(QPageSize::PageSizeId(self->m_page->currentData().toInt())));
            QPrintPreviewDialog dialog(&printer, self);
            dialog.setWindowTitle(report.title);
            connect(&dialog, &QPrintPreviewDialog::paintRequested, self, [report](QPrinter *p) { paintReport(report, p); });
            dialog.exec();
        });
}

bool ReportsTab::canExport() const
{
    return lockReason(false).isEmpty();
}

void ReportsTab::save(ReportFormat format)
{
    if (!runner())
        return;
    const bool pdf = format == ReportFormat::Pdf;
    const ReportRequest request = currentRequest();
    const QString what = request.invoiceLineId ? QStringLiteral("dispute-line-%1").arg(request.invoiceLineId) : request.kind;
    const QString suggested = QStringLiteral("%1-%2-%3.%4")
                                  .arg(what, utc::formatDate(request.fromDay), utc::formatDate(request.toDay),
                                       pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), suggested,
                                                      pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        writeReport(format, path);
}

void ReportsTab::writeReport(ReportFormat format, const QString &path)
{
    if (!runner())
        return;
    const ReportRequest request = currentRequest();
    const auto page = QPageSize::PageSizeId(m_page->currentData().toInt());
    QPointer<ReportsTab> self(this);
    struct Outcome
    {
        std::optional<ReportRun> run;
        QString error;
    };
    runner()
        ->run<Outcome>([request, format, path, page](Workspace &ws) {
            Outcome out;
            out.run = runReport(ws, request, format, path, page, &out.error);
            return out;
        })
        .then(this, [self, path](const Outcome &out) {
            if (!self)
                return;
            if (!out.run)
                QMessageBox::warning(self, tr("Save report"), out.error);
            emit self->reportWritten(out.run.has_value(), out.run ? tr("Wrote %1").arg(path) : out.error);
            self->refresh();
        });
}

} // namespace costline
