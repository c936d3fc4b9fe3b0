#include "mainwindow.h"
#include "workspacefixture.h"

#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace costline;

namespace {

constexpr int kWaitMs = 60'000;

QMessageBox *shownBox(QWidget *window)
{
    for (QMessageBox *box : window->findChildren<QMessageBox *>()) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

} // namespace

// File → Import usage CSV in the real main window: an import that fell short ends in a
// dialog with the count and the first reasons, not in a status-bar line that fades.
class tst_ImportReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fixture = std::make_unique<test::WorkspaceFixture>();
        m_window = std::make_unique<MainWindow>();
        m_window->setPersistSettings(false);
        m_window->show();
        QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
        m_window->openWorkspace(m_fixture->path());
        QVERIFY(opened.wait(kWaitMs));
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }

    void nothingImportedShowsTheReasons()
    {
        // Given a usage CSV whose three rows all carry a timestamp that is not one
        m_window->importFile(ImportKind::UsageCsv, write("refused.csv", "timestamp,event_id,provider,model,input_tokens\n"
                                                       "monday,e1,openai,gpt-4o,10\ntuesday,e2,openai,gpt-4o,10\n"
                                                       "wednesday,e3,openai,gpt-4o,10\n"));
        // Then a warning dialog says nothing was imported, how many rows were refused and why
        QTRY_VERIFY_WITH_TIMEOUT(shownBox(m_window.get()), kWaitMs);
        QMessageBox *box = shownBox(m_window.get());
        QCOMPARE(box->icon(), QMessageBox::Warning);
        QCOMPARE(box->text(), QStringLiteral("Nothing was imported from refused.csv: all 3 of its rows were refused."));
        QVERIFY2(box->informativeText().startsWith(QStringLiteral("First reasons:\n• line 2: ")), qPrintable(box->informativeText()));
        QVERIFY2(box->informativeText().contains(QStringLiteral("'monday'")), qPrintable(box->informativeText()));
        QVERIFY2(box->informativeText().contains(QStringLiteral("\n• line 4: ")), qPrintable(box->informativeText()));
    }

    void aSoundImportShowsNoDialog()
    {
        // Given one good row and one bad: half refused is a normal import with its quarantine
        m_window->importFile(ImportKind::UsageCsv, write("half.csv", "timestamp,event_id,provider,model,input_tokens\n"
                                                    "2026-09-01T10:00:00Z,e1,openai,gpt-4o,10\nmonday,e2,openai,gpt-4o,10\n"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->statusBar()->currentMessage(),
                                  QStringLiteral("imported 1 new, 0 updated, 1 quarantined"), kWaitMs);
        QVERIFY(!shownBox(m_window.get()));
    }

private:
    QString write(const char *name, const QByteArray &text) { return m_fixture->writeFile(QString::fromLatin1(name), text); }

    std::unique_ptr<test::WorkspaceFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(tst_ImportReport)
#include "tst_importreport.moc"
