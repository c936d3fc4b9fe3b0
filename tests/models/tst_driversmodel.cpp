#include "demofixture.h"
#include "models/driversmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace costline;
using namespace costline::test;

class TestDriversModel final : public QObject
{
    Q_OBJECT

private:
    static DriversResult lastThirtyDays(Workspace &workspace, Dimension dim)
    {
        EventFilter filter;
        filter.toDay = DemoFixture::endDay();
        filter.fromDay = *filter.toDay - 29;
        return DriversQuery(workspace).run(filter, dim);
    }

private slots:
    void passesTheModelTester()
    {
        // Given a model under the tester
        DemoFixture demo;
        DriversModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // When results arrive twice
        model.setResult(lastThirtyDays(demo.workspace(), Dimension::Team));
        model.setResult(lastThirtyDays(demo.workspace(), Dimension::Model));
        // Then it resets for each and shows every driver row
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.columnCount(), int(DriversModel::ColumnCount));
        QCOMPARE(model.rowCount(), int(model.result().rows.size()));
        QCOMPARE(model.headerData(DriversModel::Value, Qt::Horizontal).toString(), QStringLiteral("Model"));
    }

    void rawValuesAreNumbers()
    {
        DemoFixture demo;
        DriversModel model;
        model.setResult(lastThirtyDays(demo.workspace(), Dimension::Model));
        const DriverRow &first = model.rowAt(0);
        QCOMPARE(model.index(0, DriversModel::Current).data(DriversModel::RawValueRole).toLongLong(), first.current.costNano);
        QCOMPARE(model.index(0, DriversModel::Delta).data(DriversModel::RawValueRole).toLongLong(), first.deltaNano());
        QCOMPARE(model.index(0, DriversModel::Current).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight, int(Qt::AlignRight));
    }

    void proxySortsByNumberNotText()
    {
        // Given the table sorted by current cost through a proxy on the raw role
        DemoFixture demo;
        DriversModel model;
        model.setResult(lastThirtyDays(demo.workspace(), Dimension::Model));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(DriversModel::RawValueRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(DriversModel::Current, Qt::DescendingOrder);
        // Then costs descend as numbers ($100 after $99 would be a text sort)
        for (int row = 1; row < proxy.rowCount(); ++row) {
            QVERIFY(proxy.index(row - 1, DriversModel::Current).data(DriversModel::RawValueRole).toLongLong()
                    >= proxy.index(row, DriversModel::Current).data(DriversModel::RawValueRole).toLongLong());
        }
    }

    void unpricedDriversSayUnpriced()
    {
        DriversResult result;
        DriverRow row{QStringLiteral("custom-model"), {}, {}};
        row.current.events = 4;
        row.current.unpricedEvents = 4;
        result.rows << row;
        DriversModel model;
        model.setResult(result);
        QCOMPARE(model.index(0, DriversModel::Current).data().toString(), QStringLiteral("unpriced"));
    }
};

QTEST_GUILESS_MAIN(TestDriversModel)
#include "tst_driversmodel.moc"
