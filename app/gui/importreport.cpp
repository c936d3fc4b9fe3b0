#include "importreport.h"

#include "mainwindow.h"

#include <QFileInfo>
#include <QMessageBox>

namespace costline {

QMessageBox *importShortfallBox(const ImportResult &result, const QString &file, QWidget *parent)
{
    const QString name = QFileInfo(file).fileName();
    QString text;
    switch (result.shortfall()) {
    case ImportResult::Shortfall::None:
        return nullptr;
    case ImportResult::Shortfall::NothingImported:
        text = result.quarantined > 0
                   ? MainWindow::tr("Nothing was imported from %1: all %2 of its rows were refused.").arg(name).arg(result.quarantined)
                   : MainWindow::tr("Nothing was imported from %1: it holds a header but no row.").arg(name);
        break;
    case ImportResult::Shortfall::MostlyRefused:
        text = MainWindow::tr("%1 of the %2 rows of %3 were refused; only %4 were imported.")
                   .arg(result.quarantined)
                   .arg(result.rowsRead())
                   .arg(name)
                   .arg(result.inserted + result.updated);
        break;
    }
    QString details;
    if (!result.firstReasons.isEmpty())
        details = MainWindow::tr("First reasons:") + QStringLiteral("\n• ") + result.firstReasons.join(QStringLiteral("\n• "))
                  + QStringLiteral("\n\n");
    details += MainWindow::tr("The refused rows are listed in Data health. Fix the file and import it again: its rows "
                              "replace what this import stored, so nothing is counted twice.");
    auto *box = new QMessageBox(QMessageBox::Warning, MainWindow::tr("Import incomplete"), text, QMessageBox::Ok, parent);
    box->setInformativeText(details);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

} // namespace costline
