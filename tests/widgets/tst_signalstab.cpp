// The Cost signals tab: its Thresholds… dialog sets a tenant's own anomaly threshold and the
// workspace's, kept in the workspace, and the tab's signals follow; a tenant × model
// anomaly drills down to both.
#include "core/utctime.h"
#include "demo/demogenerator.h"
#include "models/anomalythresholdsmodel.h"
#include "models/queryrunner.h"
#include "models/signalsmodel.h"
#include "signals/anomalythresholds.h"
#include "widgets/anomalythresholdsdialog.h"
#include "widgets/signalstab.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>

using namespace costline;

namespace {

constexpr int kWaitMs = 60'000;
const qint64 kEnd = *utc::parseDate("2026-11-24");

void fillDemo(test::WorkspaceFixture &f)
{
    DemoOptions options;
    options.events = 60'000;
    options.days = 60;
    options.endDay = kEnd;
    const DemoResult r = DemoGenerator(f.workspace()).generate(options);
    QVERIFY2(r.ok, qPrintable(r.error));
}

int anomaliesOf(const SignalsModel &model, const QString &tenant)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Signal &s = model.signalAt(row);
        count += s.kind == Signal::Kind::Anomaly && s.scope.value(QStringLiteral("tenant")) == tenant ? 1 : 0;
    }
    return count;
}

// The Cost signals tab on a demo workspace, over its last 30 days.
struct DemoSignalsTab
{
    test::WorkspaceFixture fixture;
    QueryRunner runner{fixture.path()};
    SignalsTab tab;
    QSignalSpy loaded{&tab, &TabPage::dataLoaded};

    bool load()
    {
        fillDemo(fixture);
        tab.setRunner(&runner);
        GlobalFilter filter;
        filter.range = DayRange{kEnd - 29, kEnd};
        tab.setFilter(filter);
        tab.show();
        return loaded.wait(kWaitMs);
    }
};

void click(QDialog *dialog, const char *button)
{
    auto *b = dialog->findChild<QPushButton *>(QString::fromLatin1(button));
    QVERIFY(b && b->isEnabled());
    b->click();
}

} // namespace

class tst_SignalsTab final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Screen text is checked in US English; the tests run under LC_ALL=C.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void tenantModelAnomalyDrillsDownToBoth()
    {
        // Given the Cost signals tab on the demo
        DemoSignalsTab demo;
        QVERIFY(demo.load());
        SignalsTab &tab = demo.tab;
        // When a tenant × model anomaly is selected and its usage events asked for
        auto *table = tab.findChild<QTableView *>();
        int row = -1;
        for (int r = 0; r < table->model()->rowCount() && row < 0; ++r) {
            const QModelIndex source = static_cast<QSortFilterProxyModel *>(table->model())->mapToSource(table->model()->index(r, 0));
            if (tab.model()->signalAt(source.row()).scope.size() == 2)
                row = r;
        }
        QVERIFY(row >= 0);
        table->selectRow(row);
        const Signal selected = tab.model()->signalAt(
            static_cast<QSortFilterProxyModel *>(table->model())->mapToSource(table->model()->index(row, 0)).row());
        QSignalSpy drill(&tab, &SignalsTab::drillDownRequested);
        for (QPushButton *b : tab.findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Show usage events"))
                b->click();
        }
        // Then the drill-down narrows to the tenant and the model together
        QCOMPARE(drill.size(), 1);
        const auto scope = drill.first().first().value<QMap<Dimension, QString>>();
        QCOMPARE(scope, (QMap<Dimension, QString>{{Dimension::Tenant, selected.scope.value(QStringLiteral("tenant"))},
                                                   {Dimension::Model, selected.scope.value(QStringLiteral("model"))}}));
    }

    void tenantThresholdFromTheSignalsTab()
    {
        // Given the Cost signals tab on the demo, with the spiking tenant's anomalies listed
        DemoSignalsTab demo;
        QVERIFY(demo.load());
        SignalsTab &tab = demo.tab;
        test::WorkspaceFixture &f = demo.fixture;
        QSignalSpy &tabLoaded = demo.loaded;
        QVERIFY(anomaliesOf(*tab.model(), QStringLiteral("globex")) >= 2);
        // When Thresholds… opens the dialog and globex gets a threshold above its spike
        auto *button = tab.findChild<QPushButton *>(QStringLiteral("anomalyThresholds"));
        QVERIFY(button);
        button->click();
        auto *dialog = tab.findChild<AnomalyThresholdsDialog *>();
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(dialog->model(), &AnomalyThresholdsModel::loaded);
        QVERIFY(loaded.wait(kWaitMs));
        QCOMPARE(dialog->model()->rowCount(), AnomalyThresholds(f.workspace()).knownTenants().size());
        dialog->selectTenant(QStringLiteral("globex"));
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("tenantThreshold"))->setValue(5000);
        QSignalSpy changed(dialog, &AnomalyThresholdsDialog::thresholdsChanged);
        click(dialog, "setTenantThreshold");
        QVERIFY2(changed.wait(kWaitMs), qPrintable(dialog->statusText()));
        // Then it is kept in the workspace, the dialog shows it, and the tab's signals follow
        const QList<TenantThreshold> kept = AnomalyThresholds(f.workspace()).tenants();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().tenant, QStringLiteral("globex"));
        QCOMPARE(kept.first().pct, 5000.0);
        const int row = dialog->model()->rowOf(QStringLiteral("globex"));
        QCOMPARE(dialog->model()->index(row, AnomalyThresholdsModel::Threshold).data().toString(), QStringLiteral("5,000 %"));
        QCOMPARE(dialog->model()->index(row, AnomalyThresholdsModel::SetBy).data(AnomalyThresholdsModel::RawValueRole).toBool(), true);
        QVERIFY(tabLoaded.wait(kWaitMs));
        QCOMPARE(anomaliesOf(*tab.model(), QStringLiteral("globex")), 0);
        if (const QString dir = qEnvironmentVariable("COSTLINE_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("anomaly-thresholds.png"))));
        // And "Use the workspace's" gives it back to the workspace's threshold
        click(dialog, "clearTenantThreshold");
        QVERIFY2(changed.wait(kWaitMs), qPrintable(dialog->statusText()));
        QVERIFY(AnomalyThresholds(f.workspace()).tenants().isEmpty());
        QVERIFY(tabLoaded.wait(kWaitMs));
        QVERIFY(anomaliesOf(*tab.model(), QStringLiteral("globex")) >= 2);
    }

    void workspaceThreshold()
    {
        test::WorkspaceFixture f;
        fillDemo(f);
        AnomalyThresholdsDialog dialog(f.path());
        QSignalSpy loaded(dialog.model(), &AnomalyThresholdsModel::loaded);
        QSignalSpy changed(&dialog, &AnomalyThresholdsDialog::thresholdsChanged);
        QVERIFY(loaded.wait(kWaitMs));
        auto *box = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("workspaceThreshold"));
        QCOMPARE(box->value(), AnomalyThresholds::kDefaultPct);
        box->setValue(180);
        click(&dialog, "setWorkspaceThreshold");
        QVERIFY2(changed.wait(kWaitMs), qPrintable(dialog.statusText()));
        QCOMPARE(AnomalyThresholds(f.workspace()).workspacePct(), std::optional<double>(180));
        // Every tenant without its own threshold now reads the workspace's
        QCOMPARE(dialog.model()->index(0, AnomalyThresholdsModel::Threshold).data().toString(), QStringLiteral("180 %"));
        click(&dialog, "clearWorkspaceThreshold");
        QVERIFY2(changed.wait(kWaitMs), qPrintable(dialog.statusText()));
        QVERIFY(!AnomalyThresholds(f.workspace()).workspacePct());
    }
};

QTEST_MAIN(tst_SignalsTab)
#include "tst_signalstab.moc"
