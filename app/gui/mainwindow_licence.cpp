// MainWindow and the licence: which tabs are open, the lock pages in place of the others,
// and Help → Licence….
#include "mainwindow.h"

#include "helpdialogs.h"
#include "licencedialog.h"
#include "licensing/licenceaudit.h"
#include "licensing/licencestore.h"
#include "widgets/filterbar.h"
#include "widgets/healthtab.h"
#include "widgets/placeholdertab.h"
#include "models/budgetalertwatcher.h"
#include "scheduledreports.h"
#include "widgets/reportstab.h"

#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPainterPath>
#include <QStatusBar>
#include <QTabWidget>

namespace costline {

namespace {

// A padlock in the palette's text colour, drawn rather than loaded: desktops without an
// icon theme (and the offscreen platform) still show which tabs the plan leaves locked.
QIcon lockIcon(const QColor &colour)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        p.setPen(QPen(colour, 1.6));
        QPainterPath shackle;
        shackle.moveTo(5, 7.5);
        shackle.lineTo(5, 5);
        shackle.arcTo(5, 2, 6, 6, 180, -180);
        shackle.lineTo(11, 7.5);
        p.drawPath(shackle);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRoundedRect(QRectF(3, 7, 10, 7.5), 1.5, 1.5);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, [this] { showUserGuide(this); });
    help->addAction(tr("&Licence…"), this, &MainWindow::showLicence);
    help->addSeparator();
    help->addAction(tr("&About Costline"), this, [this] { showAboutBox(this, m_licence); });
}

void MainWindow::setLicence(const LicenceStatus &status)
{
    m_licence = status;
    m_availability.setEntitlements(Entitlements(m_licence, m_demoWorkspace));
    applyAvailability();
}

void MainWindow::setDemoWorkspace(bool demo)
{
    m_demoWorkspace = demo;
    setLicence(m_licence);
}

void MainWindow::showLicence()
{
    LicenceDialog dialog(m_licence, m_demoWorkspace, this);
    connect(&dialog, &LicenceDialog::licenceInstalled, this, [this](const LicenceStatus &status) {
        recordLicenceChange(m_licence, status);
        setLicence(status);
    });
    dialog.exec();
}

void MainWindow::recordLicenceChange(const LicenceStatus &before, const LicenceStatus &after)
{
    if (m_runners.isEmpty())
        return;
    QPointer<MainWindow> self(this);
    m_runners.first()
        ->run<QString>([before, after](Workspace &ws) {
            QString error;
            return costline::recordLicenceChange(ws, before, after, &error) ? QString() : error;
        })
        .then(this, [self](const QString &error) {
            if (self && !error.isEmpty())
                self->statusBar()->showMessage(tr("The licence change could not be recorded in the audit trail: %1").arg(error), 10'000);
        });
}

TabPage *MainWindow::lockedPage(Tab tab)
{
    if (TabPage *existing = m_lockPages.value(tab))
        return existing;
    auto *page = new PlaceholderTab(tabTitle(tab), tabDescription(tab), m_availability.lockedReason(tab), m_tabs);
    m_lockPages.insert(tab, page);
    connect(page, &TabPage::dataLoaded, this, [this, page] { onPageLoaded(page); });
    return page;
}

// A locked tab keeps its place: its page is swapped for a lock page and back, never removed.
void MainWindow::applyAvailability()
{
    const int current = m_tabs->currentIndex();
    for (int i = 0; i < int(Tab::Count); ++i) {
        const Tab tab = Tab(i);
        TabPage *shown = m_pages.value(tab);
        const bool available = m_availability.isAvailable(tab);
        TabPage *wanted = available ? m_realPages.value(tab) : lockedPage(tab);
        if (!wanted || wanted == shown)
            continue;
        m_tabs->removeTab(i);
        m_tabs->insertTab(i, wanted, available ? QIcon() : lockIcon(palette().color(QPalette::WindowText)), tabTitle(tab));
        m_tabs->setTabToolTip(i, m_availability.lockedReason(tab));
        m_pages.insert(tab, wanted);
        wanted->setFilter(m_filterBar->filter());
        // Overview, Cost drivers and Usage events keep their own workers; the rest share the first.
        const bool ownRunner = tab == Tab::Overview || tab == Tab::CostDrivers || tab == Tab::UsageEvents;
        if (!m_runners.isEmpty() && !(ownRunner && wanted == m_realPages.value(tab)))
            wanted->setRunner(m_runners.first());
        if (m_lockPages.value(tab) == shown) {
            m_lockPages.remove(tab);
            shown->deleteLater();
        }
    }
    m_tabs->setCurrentIndex(current);
    if (m_reports)
        m_reports->setEntitlements(m_availability.entitlements());
    if (m_scheduledReports)
        m_scheduledReports->setEntitlements(m_availability.entitlements());
    if (m_budgetAlerts)
        m_budgetAlerts->setEntitlements(m_availability.entitlements());
    // Readiness scores only what the plan includes: a locked capability never lowers it.
    if (auto *health = qobject_cast<HealthTab *>(m_realPages.value(Tab::DataHealth)))
        health->setEnabledCapabilities(m_availability.entitlements().names());
    updateTabActions(); // what Export can do on the tab on screen may have changed with the plan
}

} // namespace costline
