// The File menu of MainWindow: new, open, open recent, import, sync, export, print, quit.
#include "mainwindow.h"

#include "importjob.h"
#include "importreport.h"
#include "settingsmenu.h"
#include "synccontroller.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace costline {
namespace {

constexpr int kMaxRecent = 8;

QString workspaceFileFilter()
{
    return MainWindow::tr("Costline workspaces (*.costline);;All files (*)");
}

const QString kRecentKey = QStringLiteral("workspace/recent");

} // namespace

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New workspace…"), QKeySequence::New, this, &MainWindow::newWorkspace);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseWorkspace);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    file->addAction(tr("&Import usage CSV…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::importCsv);
    file->addAction(tr("Import in&voice…"), this, [this] { chooseAndImport(ImportKind::Invoice); });
    file->addAction(m_sync->action());
    file->addSeparator();
    m_exportAction = file->addAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportCurrentTab);
    m_printAction = file->addAction(tr("&Print…"), QKeySequence::Print, this, &MainWindow::printCurrentTab);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    buildViewMenu();
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    addSettingsActions(this, settings);
    settings->addSeparator();
    settings->addAction(tr("P&references…"), QKeySequence::Preferences, this, &MainWindow::showPreferences);
    buildHelpMenu();
    rebuildRecentMenu();
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), QStringLiteral("workspace.costline"), workspaceFileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".costline");
    QString error;
    if (!Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error)) {
        QMessageBox::warning(this, tr("New workspace"), error);
        return;
    }
    openWorkspace(path);
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QFileInfo(m_path).absolutePath(), workspaceFileFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::rememberWorkspace(const QString &path)
{
    if (!m_persist)
        return;
    QSettings settings;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    settings.setValue(QStringLiteral("workspace/last"), absolute);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openWorkspace(path); });
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::importCsv()
{
    chooseAndImport(ImportKind::UsageCsv);
}

void MainWindow::chooseAndImport(ImportKind kind)
{
    if (m_path.isEmpty())
        return;
    const bool invoice = kind == ImportKind::Invoice;
    const QString path = QFileDialog::getOpenFileName(this, invoice ? tr("Import invoice") : tr("Import usage CSV"), QString(),
                                                      invoice ? tr("Invoice CSV files (*.csv);;All files (*)")
                                                              : tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(kind, path);
}

void MainWindow::importFile(ImportKind kind, const QString &path)
{
    if (m_path.isEmpty())
        return;
    auto *job = new ImportJob(this);
    const QString title = kind == ImportKind::Invoice ? tr("Import invoice") : tr("Import usage CSV");
    connect(job, &ImportJob::finished, this, [this, job, title, path](const ImportResult &result) {
        job->deleteLater();
        if (result.ok) {
            statusBar()->showMessage(result.summaryLine(), 15'000);
            refreshAll();
            if (QMessageBox *box = importShortfallBox(result, path, this))
                box->open();
        } else if (!result.cancelled) {
            QMessageBox::warning(this, title, result.error);
        }
        emit importFinished(result.ok, result.ok ? result.summaryLine() : result.error);
    });
    job->start(kind, m_path, path, this);
}

} // namespace costline
