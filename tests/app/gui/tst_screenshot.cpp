#include "demofixture.h"
#include "tabavailability.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace costline;
using namespace costline::test;

namespace {

// Runs `costline ARGS` offscreen with a throwaway home, so the user's settings stay untouched.
int runGui(const QStringList &args, const QString &home, QString *errors)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(COSTLINE_GUI), args);
    if (!process.waitForFinished(180'000))
        return -1;
    *errors = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestScreenshot final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoFixture> m_demo;
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<DemoFixture>();
    }

    void everyTab_data()
    {
        QTest::addColumn<QString>("tab");
        for (int i = 0; i < int(Tab::Count); ++i)
            QTest::newRow(qPrintable(tabName(Tab(i)))) << tabName(Tab(i));
        QTest::newRow("name in any case") << QStringLiteral("COST drivers");
    }

    void everyTab()
    {
        QFETCH(QString, tab);
        // Given a demo workspace, When asking for a screenshot of the tab
        const QString png = m_home.filePath(tab + QStringLiteral(".png"));
        QString errors;
        const int exitCode = runGui({QStringLiteral("--workspace"), m_demo->path(), QStringLiteral("--tab"), tab,
                                     QStringLiteral("--screenshot"), png},
                                    m_home.path(), &errors);
        // Then it exits 0 with a window-sized picture that is not blank
        QVERIFY2(exitCode == 0, qPrintable(errors));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000 && image.height() >= 700);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 23) {
            for (int x = 0; x < image.width(); x += 31)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 5);
    }

    void firstLaunchCreatesTheDemoWorkspace()
    {
        // Given a user with no workspace yet, When the app starts without --workspace
        QTemporaryDir home;
        const QString png = home.filePath(QStringLiteral("first.png"));
        QString errors;
        const int exitCode = runGui({QStringLiteral("--screenshot"), png}, home.path(), &errors);
        // Then the demo workspace appears in the user's data folder and the Overview shows it
        QVERIFY2(exitCode == 0, qPrintable(errors));
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("data/Costline/Costline/demo.costline"))));
        QVERIFY(!QImage(png).isNull());
    }

    void unknownTabIsAUsageError()
    {
        QString errors;
        const int exitCode = runGui({QStringLiteral("--workspace"), m_demo->path(), QStringLiteral("--tab"),
                                     QStringLiteral("Nope"), QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("x.png"))},
                                    m_home.path(), &errors);
        QCOMPARE(exitCode, 2);
        QVERIFY(errors.contains(QLatin1String("Cost drivers")));
    }

    void missingWorkspaceSaysWhatToDo()
    {
        QString errors;
        const int exitCode = runGui({QStringLiteral("--workspace"), m_home.filePath(QStringLiteral("none.costline")),
                                     QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("x.png"))},
                                    m_home.path(), &errors);
        QCOMPARE(exitCode, 2);
        QVERIFY(errors.contains(QLatin1String("costline-cli demo")));
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
