// The Reports tab's schedule list and its Add dialog: plan locking, a confirmation that names
// what is removed, and a dialog whose choices become the schedule that is saved.
#include "models/queryrunner.h"
#include "models/reportschedulemodel.h"
#include "widgets/reportscheduledialog.h"
#include "widgets/reportschedulelist.h"
#include "workspacefixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace costline;

namespace {

constexpr int kWaitMs = 60'000;

// Answers the next modal message box with the button whose text is `button`; keeps its text.
void answerNextMessageBox(const QString &button, QString *text)
{
    QTimer::singleShot(0, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == button)
                b->click();
        }
    });
}

} // namespace

class TestReportScheduleList final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void lockedOnPlansWithoutScheduling()
    {
        // Given the list on the Free plan
        ReportScheduleList list;
        list.setEntitlements(Entitlements());
        // Then Add is off and the list says which plan includes scheduling
        QVERIFY(!list.addButton()->isEnabled());
        const QString lock = QStringLiteral("Scheduled reports are included in the Enterprise plan; this workbench runs on "
                                            "the Free plan, so the schedules listed here do not run. Help → Licence… shows "
                                            "your licence.");
        QCOMPARE(list.addButton()->toolTip(), lock);
        bool shown = false;
        for (const QLabel *label : list.findChildren<QLabel *>())
            shown = shown || label->text() == lock;
        QVERIFY(shown);
        // When the licence includes it, then Add works and the note is gone
        list.setEntitlements(Entitlements(LicenceStatus{}, true));
        QVERIFY(list.addButton()->isEnabled());
        QCOMPARE(list.addButton()->toolTip(), QString());
    }

    void removeAsksNamingTheScheduleAndCancelKeepsIt()
    {
        // Given one chargeback schedule for a tenant, listed
        test::WorkspaceFixture f;
        ReportSchedule s;
        s.kind = QStringLiteral("chargeback");
        s.tenant = QStringLiteral("globex");
        s.folder = f.filePath(QStringLiteral("out"));
        QString error;
        QVERIFY(ReportScheduleStore(f.workspace()).add(s, &error) != 0);
        QueryRunner runner(f.path());
        ReportScheduleList list;
        list.setRunner(&runner);
        QSignalSpy loaded(list.model(), &ReportScheduleModel::loaded);
        list.reload();
        QVERIFY(loaded.wait(kWaitMs));
        QVERIFY(!list.removeButton()->isEnabled());
        list.view()->selectRow(0);
        QVERIFY(list.removeButton()->isEnabled());
        // When Remove is pressed and the question cancelled
        QString question;
        answerNextMessageBox(QStringLiteral("Cancel"), &question);
        list.removeButton()->click();
        // Then it named exactly what would go, and nothing went
        QCOMPARE(question, QStringLiteral("Remove the schedule “Chargeback pack for globex, monthly on day 1, into %1”?").arg(s.folder));
        QCOMPARE(ReportScheduleStore(f.workspace()).list().size(), 1);
        // When it is confirmed, then the schedule is removed from the workspace and the list
        QSignalSpy changed(&list, &ReportScheduleList::schedulesChanged);
        answerNextMessageBox(QStringLiteral("Remove"), &question);
        list.removeButton()->click();
        QVERIFY(changed.wait(kWaitMs));
        QCOMPARE(list.model()->rowCount(), 0);
        QVERIFY(ReportScheduleStore(f.workspace()).list().isEmpty());
    }

    void dialogChoicesBecomeTheSchedule()
    {
        test::WorkspaceFixture f;
        ReportScheduleDialog dialog({QStringLiteral("acme"), QStringLiteral("globex")});
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        // Given no folder yet: nothing can be added
        QVERIFY(!ok->isEnabled());
        dialog.setFolder(f.filePath(QStringLiteral("missing")));
        QVERIFY(!ok->isEnabled());
        // When a weekly drivers summary into an existing folder is chosen
        dialog.setKind(QStringLiteral("drivers"));
        dialog.setCadence(ReportSchedule::Cadence::Weekly);
        dialog.setFolder(f.filePath(QString()));
        // Then it can be added, and the schedule is what was chosen
        QVERIFY(ok->isEnabled());
        const ReportSchedule s = dialog.schedule();
        QCOMPARE(s.kind, QStringLiteral("drivers"));
        QCOMPARE(s.cadence, ReportSchedule::Cadence::Weekly);
        QCOMPARE(s.runDay, 1); // Monday, the first weekday offered
        QCOMPARE(s.format, ReportFormat::Pdf);
        QCOMPARE(s.tenant, QString()); // a tenant only applies to a chargeback pack
        QCOMPARE(s.folder, QDir::cleanPath(f.filePath(QString())));
        // And the FOCUS export, a data file, can only be a CSV
        dialog.setKind(QStringLiteral("focus"));
        QCOMPARE(dialog.schedule().format, ReportFormat::Csv);
    }
};

QTEST_MAIN(TestReportScheduleList)
#include "tst_reportschedulelist.moc"
