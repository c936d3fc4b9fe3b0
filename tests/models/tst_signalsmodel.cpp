#include "demofixture.h"
#include "models/signalsmodel.h"
#include "signals/signaldetector.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace costline;
using namespace costline::test;

class TestSignalsModel final : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTesterAndSortsMoney()
    {
        // Given the demo's signals in a model under the tester, behind a sorting proxy
        DemoFixture demo;
        const QList<Signal> found = SignalDetector(demo.workspace()).detect(DemoFixture::endDay(), 1);
        QVERIFY(found.size() >= 3);
        SignalsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSignals(found);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), int(found.size()));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SignalsModel::RawValueRole);
        proxy.sort(SignalsModel::MoneyAtStake, Qt::DescendingOrder);
        // Then money sorts by its nano-dollars, not by its text
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row - 1, SignalsModel::MoneyAtStake).data(SignalsModel::RawValueRole).toLongLong()
                    >= proxy.index(row, SignalsModel::MoneyAtStake).data(SignalsModel::RawValueRole).toLongLong());
        QCOMPARE(model.index(0, SignalsModel::Kind).data().toString(), SignalsModel::kindLabel(found.first().kind));
        QCOMPARE(model.index(0, SignalsModel::Kind).data(Qt::ToolTipRole).toString(), found.first().explanation);
        // And a triage decision shows at once
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setState(found.first().id, Signal::State::Acknowledged, QString());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, SignalsModel::State).data().toString(), SignalsModel::stateLabel(Signal::State::Acknowledged));
    }
};

QTEST_GUILESS_MAIN(TestSignalsModel)
#include "tst_signalsmodel.moc"
