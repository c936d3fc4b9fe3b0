// Invoices in the workbench: File → Import invoice… imports off the UI thread, the Reports
// tab lists the period's invoice lines with their match status, and a selected line's
// dispute pack is written for that line.
#include "core/utctime.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "models/invoicelinesmodel.h"
#include "reporttesting.h"
#include "widgets/invoicelinespanel.h"
#include "widgets/reportstab.h"
#include "workspacefixture.h"

#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QTimer>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace costline;

namespace {

constexpr int kWaitMs = 60'000;

QAction *menuAction(QMainWindow &window, const QString &menu, const QString &text)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (top->text() != menu || !top->menu())
            continue;
        for (QAction *a : top->menu()->actions()) {
            if (a->text() == text)
                return a;
        }
    }
    return nullptr;
}

} // namespace

class TestInvoiceGui final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void importListDisputeALine()
    {
        // Given a demo workspace open in the workbench
        test::WorkspaceFixture f;
        DemoOptions options;
        options.events = 3'000;
        options.days = 30;
        options.endDay = *utc::parseDate("2026-11-24");
        QVERIFY(DemoGenerator(f.workspace()).generate(options).ok);
        MainWindow window;
        window.setPersistSettings(false);
        window.resize(1440, 900);
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.openWorkspace(f.path());
        QVERIFY(opened.wait(kWaitMs));
        QVERIFY(menuAction(window, QStringLiteral("&File"), QStringLiteral("Import in&voice…")));
        // When an invoice with a gpt-4o line and a line naming no model is imported
        const QString invoice = f.writeFile(QStringLiteral("invoice.csv"),
                                            "provider,period_start,period_end,line,amount_usd\n"
                                            "openai,2026-11-01,2026-11-24,GPT-4o usage,100.00\n"
                                            "anthropic,2026-11-01,2026-11-24,API usage,300.00\n");
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.importFile(ImportKind::Invoice, invoice);
        QVERIFY(imported.wait(kWaitMs));
        QVERIFY2(imported.first().at(0).toBool(), qPrintable(imported.first().at(1).toString()));
        QCOMPARE(imported.first().at(1).toString(), QStringLiteral("imported 2 new, 0 updated, 0 quarantined"));
        // Then the Reports tab lists both lines with their match status
        window.setCurrentTab(Tab::Reports);
        auto *reports = qobject_cast<ReportsTab *>(window.page(Tab::Reports));
        QVERIFY(reports);
        InvoiceLinesPanel *panel = reports->invoiceLines();
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 2, kWaitMs);
        const InvoiceLinesModel &lines = *panel->model();
        QCOMPARE(lines.index(0, InvoiceLinesModel::Line).data().toString(), QStringLiteral("API usage"));
        QCOMPARE(lines.index(0, InvoiceLinesModel::Status).data().toString(), QStringLiteral("Provider only"));
        QCOMPARE(lines.index(1, InvoiceLinesModel::Line).data().toString(), QStringLiteral("GPT-4o usage"));
        QCOMPARE(lines.index(1, InvoiceLinesModel::Status).data().toString(), QStringLiteral("Matched"));
        // And a selected line's dispute pack is about that line
        auto *dispute = panel->findChild<QPushButton *>();
        QVERIFY(dispute);
        QVERIFY(!dispute->isEnabled());
        const qint64 gpt4o = lines.index(1, 0).data(InvoiceLinesModel::LineIdRole).toLongLong();
        panel->selectLine(gpt4o);
        QCOMPARE(panel->selectedLineId(), gpt4o);
        QVERIFY(dispute->isEnabled());
        for (QComboBox *box : reports->findChildren<QComboBox *>()) {
            if (box->findData(QStringLiteral("dispute")) >= 0)
                box->setCurrentIndex(box->findData(QStringLiteral("dispute")));
        }
        QSignalSpy written(reports, &ReportsTab::reportWritten);
        const QString pdf = f.filePath(QStringLiteral("dispute.pdf"));
        reports->writeReport(ReportFormat::Pdf, pdf);
        QVERIFY(written.wait(kWaitMs));
        QVERIFY2(written.first().at(0).toBool(), qPrintable(written.first().at(1).toString()));
        const QString text = test::pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("invoice line %1: openai GPT-4o usage").arg(gpt4o)), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("Causes of the delta")));
    }

    void aBadInvoiceSaysWhatIsWrong()
    {
        test::WorkspaceFixture f;
        MainWindow window;
        window.setPersistSettings(false);
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.openWorkspace(f.path());
        QVERIFY(opened.wait(kWaitMs));
        // When a file without the amount column is imported as an invoice
        const QString invoice = f.writeFile(QStringLiteral("bad.csv"), "provider,period_start,period_end,line\n"
                                                                       "openai,2026-11-01,2026-11-24,GPT-4o usage\n");
        QString shown;
        QTimer closer;
        connect(&closer, &QTimer::timeout, &window, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        closer.start(50);
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.importFile(ImportKind::Invoice, invoice);
        QVERIFY(imported.wait(kWaitMs));
        // Then the import fails and the message names the missing column
        QCOMPARE(imported.first().at(0).toBool(), false);
        QVERIFY2(shown.contains(QStringLiteral("amount_usd")), qPrintable(shown));
        QCOMPARE(imported.first().at(1).toString(), shown);
    }
};

QTEST_MAIN(TestInvoiceGui)
#include "tst_invoicegui.moc"
