#include "workspace/schema.h"
#include "workspace/workspace.h"
#include "workspacefixture.h"

#include <QFile>
#include <QTest>

#include <sqlite3.h>

using namespace costline;

class tst_Workspace final : public QObject
{
    Q_OBJECT

private slots:
    void createsCurrentSchema();
    void refusesWhatIsNotAWorkspace();
    void refusesANewerSchema();
    void refusesAMissingFile();
    void settingsRoundTrip();
};

void tst_Workspace::createsCurrentSchema()
{
    test::WorkspaceFixture f;
    QCOMPARE(f.workspace().schemaVersion(), latestSchemaVersion());
    f.reopen();
    QCOMPARE(f.workspace().schemaVersion(), latestSchemaVersion());
}

void tst_Workspace::refusesWhatIsNotAWorkspace()
{
    test::WorkspaceFixture f;
    const QString text = f.writeFile(QStringLiteral("notes.costline"), QByteArray(4096, 'x'));
    QString error;
    QVERIFY(!Workspace::open(text, Workspace::OpenMode::ExistingOnly, &error));
    QCOMPARE(error, QStringLiteral("cannot open workspace %1: it is not a Costline workspace (not a SQLite database); "
                                   "choose a Costline workspace (.costline) instead")
                        .arg(text));
    QCOMPARE(QFile(text).size(), qint64(4096)); // untouched

    const QString other = f.filePath(QStringLiteral("other.db"));
    sqlite3 *db = nullptr;
    sqlite3_open(other.toUtf8().constData(), &db);
    sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QVERIFY(!Workspace::open(other, Workspace::OpenMode::ExistingOnly, &error));
    QVERIFY2(error.endsWith(QStringLiteral("it is a SQLite database of another application, not a Costline workspace; "
                                           "choose a Costline workspace (.costline) instead")),
             qPrintable(error));
}

void tst_Workspace::refusesANewerSchema()
{
    test::WorkspaceFixture f;
    QVERIFY(f.workspace().begin(nullptr));
    sqlite3_exec(f.workspace().db(), "PRAGMA user_version=999", nullptr, nullptr, nullptr);
    QVERIFY(f.workspace().commit(nullptr));
    QString error;
    QVERIFY(!Workspace::open(f.path(), Workspace::OpenMode::ExistingOnly, &error));
    QVERIFY2(error.contains(QStringLiteral("written by a newer Costline (schema 999")), qPrintable(error));
}

void tst_Workspace::refusesAMissingFile()
{
    QString error;
    QVERIFY(!Workspace::open(QStringLiteral("/nonexistent/dir/x.costline"), Workspace::OpenMode::ExistingOnly, &error));
    QVERIFY2(error.contains(QStringLiteral("the file does not exist")), qPrintable(error));
}

void tst_Workspace::settingsRoundTrip()
{
    test::WorkspaceFixture f;
    QVERIFY(f.workspace().setSetting(QStringLiteral("k"), QStringLiteral("v1")));
    QVERIFY(f.workspace().setSetting(QStringLiteral("k"), QStringLiteral("v2")));
    f.reopen();
    QCOMPARE(f.workspace().setting(QStringLiteral("k")), QStringLiteral("v2"));
    QCOMPARE(f.workspace().setting(QStringLiteral("missing"), QStringLiteral("d")), QStringLiteral("d"));
}

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
