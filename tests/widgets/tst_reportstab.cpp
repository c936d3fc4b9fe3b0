// The Reports tab's report list and its gates: showback needs Allocation (Team) for CSV and
// PDF reports (Business) as PDF; the FOCUS export is CSV only in every plan, with a note
// that is not about the licence; a viewer may export showback but not a chargeback pack.
#include "licensing/licence.h"
#include "widgets/reportstab.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace costline;

namespace {

Entitlements licensed(Plan plan, const QString &role)
{
    LicenceStatus status;
    status.state = LicenceStatus::State::Valid;
    status.licence.plan = plan;
    status.licence.entitlements = planEntitlements(plan);
    status.licence.role = role;
    return Entitlements(status, false);
}

QPushButton *button(ReportsTab &tab, const QString &text)
{
    for (QPushButton *b : tab.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

QComboBox *kindBox(ReportsTab &tab)
{
    for (QComboBox *box : tab.findChildren<QComboBox *>()) {
        if (box->findData(QStringLiteral("chargeback")) >= 0)
            return box;
    }
    return nullptr;
}

QString lockNote(ReportsTab &tab)
{
    QStringList texts;
    for (QLabel *label : tab.findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (label->wordWrap())
            texts << label->text();
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestReportsTab final : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryReport()
    {
        ReportsTab tab;
        QComboBox *kinds = kindBox(tab);
        QVERIFY(kinds);
        QStringList data;
        for (int i = 0; i < kinds->count(); ++i)
            data << kinds->itemData(i).toString();
        QCOMPARE(data, reportKinds());
    }

    void gates_data()
    {
        QTest::addColumn<int>("plan");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("preview");
        QTest::addColumn<bool>("pdf");
        QTest::addColumn<bool>("csv");
        QTest::addColumn<QString>("note");
        QTest::newRow("showback on Free") << int(Plan::Free) << "admin" << "showback" << false << false << false
                                          << "Showback by owner is included in the Team plan and above";
        QTest::newRow("showback on Team") << int(Plan::Team) << "admin" << "showback" << true << false << true
                                          << "Showback by owner as PDF is included in the Business plan and above";
        QTest::newRow("showback on Business") << int(Plan::Business) << "viewer" << "showback" << true << true << true << "";
        QTest::newRow("FOCUS on Free") << int(Plan::Free) << "admin" << "focus" << false << false << true
                                       << "The FOCUS export (CSV) is a data file for other FinOps tools: CSV only.";
        QTest::newRow("chargeback for a viewer") << int(Plan::Enterprise) << "viewer" << "chargeback" << true << false << false
                                                 << "A viewer licence can preview the chargeback pack but not export it.";
    }

    void gates()
    {
        QFETCH(int, plan);
        QFETCH(QString, role);
        QFETCH(QString, kind);
        QFETCH(bool, preview);
        QFETCH(bool, pdf);
        QFETCH(bool, csv);
        QFETCH(QString, note);
        ReportsTab tab;
        tab.setEntitlements(licensed(Plan(plan), role));
        QComboBox *kinds = kindBox(tab);
        kinds->setCurrentIndex(kinds->findData(kind));
        QCOMPARE(button(tab, QStringLiteral("Print preview…"))->isEnabled(), preview);
        QCOMPARE(button(tab, QStringLiteral("Save PDF…"))->isEnabled(), pdf);
        QCOMPARE(button(tab, QStringLiteral("Save CSV…"))->isEnabled(), csv);
        QVERIFY2(lockNote(tab).contains(note), qPrintable(lockNote(tab)));
        if (note.isEmpty() || kind == QLatin1String("focus"))
            QVERIFY(!lockNote(tab).contains(QStringLiteral("Help → Licence")));
    }

    void tenantPickerFollowsTheReport_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("takesTenant");
        QTest::newRow("chargeback") << "chargeback" << true;
        QTest::newRow("showback") << "showback" << true;
        QTest::newRow("focus") << "focus" << true;
        QTest::newRow("drivers") << "drivers" << false;
        QTest::newRow("dispute") << "dispute" << false;
    }

    void tenantPickerFollowsTheReport()
    {
        QFETCH(QString, kind);
        QFETCH(bool, takesTenant);
        ReportsTab tab;
        tab.setEntitlements(licensed(Plan::Enterprise, QStringLiteral("admin")));
        QComboBox *kinds = kindBox(tab);
        kinds->setCurrentIndex(kinds->findData(kind));
        QComboBox *tenants = nullptr;
        for (QComboBox *box : tab.findChildren<QComboBox *>()) {
            if (box->itemText(0) == QLatin1String("All tenants"))
                tenants = box;
        }
        QVERIFY(tenants);
        QCOMPARE(tenants->isEnabled(), takesTenant);
    }
};

QTEST_MAIN(TestReportsTab)
#include "tst_reportstab.moc"
