// Swapping licences in a running window locks and unlocks exactly the plan's tabs: a locked
// tab keeps its place and title, names the plan that includes it, and comes back when a licence
// that includes it is loaded.
#include "licencefor.h"
#include "mainwindow.h"
#include "tabavailability.h"
#include "widgets/placeholdertab.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace costline;

class TestLicenceSwap final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QTabWidget *m_tabs = nullptr;

    QSet<Tab> lockedTabs() const
    {
        QSet<Tab> locked;
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (qobject_cast<PlaceholderTab *>(m_tabs->widget(i)))
                locked.insert(Tab(i));
        }
        return locked;
    }

    // Every title in its place, and a lock icon on exactly the locked tabs, so the tab bar
    // shows what the plan leaves out before anyone opens a tab.
    void verifyTabBar() const
    {
        QCOMPARE(m_tabs->count(), int(Tab::Count));
        const QSet<Tab> locked = lockedTabs();
        for (int i = 0; i < int(Tab::Count); ++i) {
            QCOMPARE(m_tabs->tabText(i), tabTitle(Tab(i)));
            QCOMPARE(!m_tabs->tabIcon(i).isNull(), locked.contains(Tab(i)));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // A workspace of the analyst's own, not the demo: the demo opens every tab whatever the licence.
        QString error;
        QVERIFY2(Workspace::open(m_dir.filePath(QStringLiteral("team.costline")), Workspace::OpenMode::CreateIfMissing, &error),
                 qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        m_window->setPersistSettings(false);
        m_window->show();
        QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
        m_window->openWorkspace(m_dir.filePath(QStringLiteral("team.costline")));
        QVERIFY(opened.wait(60'000));
        m_tabs = m_window->findChild<QTabWidget *>();
        QVERIFY(m_tabs);
    }

    void swappingLicencesLocksAndUnlocksTheirTabs()
    {
        const QSet<Tab> businessOnly{Tab::Forecast, Tab::UnitEconomics};
        const QSet<Tab> teamAndUp{Tab::CostSignals, Tab::Allocation};

        m_window->setLicence(test::licenceFor(Plan::Free));
        QCOMPARE(lockedTabs(), businessOnly + teamAndUp);
        verifyTabBar();
        QVERIFY(m_tabs->tabToolTip(int(Tab::Forecast)).contains(QStringLiteral("Business plan")));
        QVERIFY(m_tabs->tabToolTip(int(Tab::CostSignals)).contains(QStringLiteral("Team plan")));

        m_window->setLicence(test::licenceFor(Plan::Business));
        QCOMPARE(lockedTabs(), QSet<Tab>{});
        verifyTabBar();
        QVERIFY(m_tabs->tabToolTip(int(Tab::Forecast)).isEmpty());

        m_window->setLicence(test::licenceFor(Plan::Team));
        QCOMPARE(lockedTabs(), businessOnly);
        verifyTabBar();
    }

    void currentTabStaysWhereTheAnalystWas()
    {
        m_window->setLicence(test::licenceFor(Plan::Business));
        m_window->setCurrentTab(Tab::Forecast);
        m_window->setLicence(test::licenceFor(Plan::Free));
        QCOMPARE(m_window->currentTab(), Tab::Forecast);
        QVERIFY(qobject_cast<PlaceholderTab *>(m_tabs->currentWidget()));
        m_window->setLicence(test::licenceFor(Plan::Enterprise));
        QCOMPARE(m_window->currentTab(), Tab::Forecast);
        QVERIFY(!qobject_cast<PlaceholderTab *>(m_tabs->currentWidget()));
    }

    void tamperedLicenceFallsBackToFree()
    {
        LicenceStatus tampered = test::licenceFor(Plan::Enterprise);
        tampered.state = LicenceStatus::State::Tampered;
        m_window->setLicence(tampered);
        QCOMPARE(lockedTabs(), (QSet<Tab>{Tab::Forecast, Tab::UnitEconomics, Tab::CostSignals, Tab::Allocation}));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestLicenceSwap)
#include "tst_licenceswap.moc"
