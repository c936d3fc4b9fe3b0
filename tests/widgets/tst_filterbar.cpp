#include "core/utctime.h"
#include "widgets/filterbar.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

using namespace costline;

class TestFilterBar final : public QObject
{
    Q_OBJECT

private slots:
    void presetsCountBackFromTheAnchorDay()
    {
        // Given data up to Nov 24
        FilterBar bar;
        bar.setAnchorDay(*utc::parseDate("2026-11-24"));
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        // When choosing "This month"
        bar.setPreset(DatePreset::ThisMonth);
        // Then the filter covers Nov 1-24 and is announced once
        QCOMPARE(changed.size(), 1);
        QCOMPARE(utc::formatDate(bar.filter().range.fromDay), QStringLiteral("2026-11-01"));
        QCOMPARE(utc::formatDate(bar.filter().range.toDay), QStringLiteral("2026-11-24"));
    }

    void appliedValuesBecomeAnEventFilter()
    {
        FilterBar bar;
        bar.setAnchorDay(*utc::parseDate("2026-11-24"));
        bar.setDimensionValues(Dimension::Team, {QStringLiteral("search"), QStringLiteral("support")});
        GlobalFilter filter = bar.filter();
        filter.where[Dimension::Team] = QStringList{QStringLiteral("search")};
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        bar.applyFilter(filter);
        QCOMPARE(changed.size(), 1);
        const EventFilter events = bar.filter().toEventFilter();
        QCOMPARE(events.where.value(Dimension::Team), QStringList{QStringLiteral("search")});
        QCOMPARE(*events.toDay, *utc::parseDate("2026-11-24"));
    }

    void everyPresetIsOffered()
    {
        FilterBar bar;
        const QComboBox *presets = bar.findChild<QComboBox *>();
        QCOMPARE(presets->count(), int(allPresets().size()));
        QCOMPARE(presets->itemText(presets->count() - 1), QStringLiteral("Custom…"));
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
