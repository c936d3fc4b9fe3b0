// The window in German, set up as the app does it: the locale and the translators from
// the Preferences language, before any widget exists.
#include "mainwindow.h"
#include "translations.h"
#include "widgets/filterbar.h"

#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace costline;

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(interfaceLocale(QStringLiteral("de")));
    }

    void germanTabsMenusAndButtons()
    {
        // Given the main window built after the German translators were installed
        MainWindow window;
        window.setPersistSettings(false);
        // Then the tabs, the menus and the filter bar speak German
        const auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(int(Tab::Overview)), QStringLiteral("Übersicht"));
        QCOMPARE(tabs->tabText(int(Tab::CostDrivers)), QStringLiteral("Kostentreiber"));
        QCOMPARE(tabs->tabText(int(Tab::Reports)), QStringLiteral("Berichte"));
        QStringList menus;
        for (const QAction *action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus.first(), QStringLiteral("&Datei"));
        QVERIFY(menus.contains(QStringLiteral("&Hilfe")));
        QStringList buttons;
        for (const QPushButton *button : window.filterBar()->findChildren<QPushButton *>())
            buttons << button->text();
        QVERIFY2(buttons.contains(QStringLiteral("Zurücksetzen")), qPrintable(buttons.join(QLatin1Char('|'))));
        QVERIFY(buttons.contains(QStringLiteral("Anbieter: alle")));
        // And numbers and dates follow the German locale, while --tab still takes English names
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));
        QCOMPARE(formatDayRange(DayRange{20'781, 20'781}), QStringLiteral("24. Nov. 2026"));
        QCOMPARE(tabFromName(QStringLiteral("Cost drivers")), std::optional<Tab>(Tab::CostDrivers));
        QCOMPARE(tabFromName(QStringLiteral("Kostentreiber")), std::optional<Tab>(Tab::CostDrivers));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
