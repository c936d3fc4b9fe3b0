#include "fileaccess.h"
#include "usagecsvwriter.h"
#include "workspace/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace costline;
using namespace costline::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

// Runs costline-cli as a user without root's licence to write read-only files.
Run runCli(const QStringList &args)
{
    QProcess process;
    process.setChildProcessModifier([] { dropFileAccessOverride(); });
    process.start(QStringLiteral(COSTLINE_CLI), args);
    Run run;
    if (!process.waitForFinished(60'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes, qint64 at = 0)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(at) && file.write(bytes) == bytes.size();
}

bool runSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    const bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK
                    && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// Garbage over 32 KiB from the middle of the file on, where the events' pages lie.
QByteArray garbage()
{
    QByteArray bytes(32 * 1024, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 7919 + 13) % 251);
    return bytes;
}

} // namespace

class TestBadWorkspace final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_csv;

    // Turns a copy of the demo workspace (or nothing) into the kind of bad file asked for.
    QString makeBadFile(const QString &kind)
    {
        const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/w.costline");
        const bool copy = kind.startsWith(QLatin1String("read-only")) || kind == QLatin1String("newer")
                          || kind == QLatin1String("corrupt");
        bool ok = copy ? QFile::copy(m_demo, path) : true;
        if (kind == QLatin1String("text"))
            ok = writeBytes(path, "date,amount\n2026-01-01,12.50\n");
        else if (kind == QLatin1String("empty"))
            ok = writeBytes(path, {});
        else if (kind == QLatin1String("other-app"))
            ok = runSql(path, "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES('hi');");
        else if (kind == QLatin1String("newer"))
            ok = runSql(path, "PRAGMA user_version=999");
        else if (kind == QLatin1String("corrupt"))
            ok = writeBytes(path, garbage(), QFile(path).size() / 2);
        if (kind.startsWith(QLatin1String("read-only")))
            ok = ok && QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        if (kind == QLatin1String("read-only folder"))
            ok = ok && QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
        return ok ? path : QString();
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.costline"));
        const Run demo = runCli({QStringLiteral("demo"), QStringLiteral("--out"), m_demo, QStringLiteral("--events"),
                                 QStringLiteral("3000"), QStringLiteral("--days"), QStringLiteral("20"),
                                 QStringLiteral("--end"), QStringLiteral("2026-01-31")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_csv = m_dir.filePath(QStringLiteral("usage.csv"));
        QVERIFY(writeUsageCsv(m_csv, UsageCsvSpec{3, 0, 200}));
    }

    void cleanupTestCase()
    {
        // Let the temporary folder go.
        for (const QString &folder : QDir(m_dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QFile::setPermissions(m_dir.filePath(folder), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void refusedClearlyAndUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // %1: the workspace as given, %2: the CSV, %3: its absolute path
        const QString notSqlite = QStringLiteral("cannot open workspace %1: it is not a Costline workspace (not a SQLite "
                                                 "database); choose a Costline workspace (.costline) instead\n");
        const QString empty = QStringLiteral("cannot open workspace %1: the file is empty, not a Costline workspace; choose a "
                                             "workspace, or create one with 'costline-cli demo --out FILE' or import into a new path\n");
        const QString otherApp = QStringLiteral("cannot open workspace %1: it is a SQLite database of another application, not "
                                                "a Costline workspace; choose a Costline workspace (.costline) instead\n");
        const QString newer = QStringLiteral("cannot open workspace %1: it was written by a newer Costline (schema 999, this "
                                             "build reads up to ")
                              + QString::number(latestSchemaVersion()) + QStringLiteral("); update Costline\n");
        const QString readOnly = QStringLiteral("%2: the workspace %1 is read-only (the file or its folder cannot be written); "
                                                "make both writable or work on a copy in a writable folder\n");
        for (const QString &command : {QStringLiteral("summary"), QStringLiteral("import")}) {
            const QString prefix = QStringLiteral("costline-cli ") + command + QStringLiteral(": ");
            QTest::addRow("text file, %s", qPrintable(command)) << "text" << command << 1 << prefix + notSqlite;
            QTest::addRow("empty file, %s", qPrintable(command)) << "empty" << command << 1 << prefix + empty;
            QTest::addRow("another app's database, %s", qPrintable(command)) << "other-app" << command << 1 << prefix + otherApp;
            QTest::addRow("newer schema, %s", qPrintable(command)) << "newer" << command << 1 << prefix + newer;
        }
        for (const QString &kind : {QStringLiteral("read-only file"), QStringLiteral("read-only folder")}) {
            QTest::addRow("%s, summary", qPrintable(kind)) << kind << "summary" << 0 << QString();
            QTest::addRow("%s, import", qPrintable(kind)) << kind << "import" << 1 << QStringLiteral("costline-cli import: ") + readOnly;
        }
        QTest::addRow("corrupt, import") << "corrupt" << "import" << 1
                                         << QStringLiteral("database disk image is malformed: the workspace %3 is damaged; restore it "
                                                           "from a backup, or import the source files into a new workspace; "
                                                           "nothing was imported\n");
    }

    void refusedClearlyAndUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, command);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        // Given a bad workspace file
        const QString path = makeBadFile(kind);
        QVERIFY(!path.isEmpty());
        const QByteArray before = sha256(path);
        const QStringList filesBefore = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);
        // When a command opens it
        QStringList args{command, QStringLiteral("--workspace"), path};
        if (command == QLatin1String("import"))
            args = QStringList{command, QStringLiteral("csv"), m_csv, QStringLiteral("--workspace"), path};
        const Run run = runCli(args);
        // Then it says what is wrong and what to do, with its exit code
        QCOMPARE(run.exitCode, exitCode);
        const QString expected = QString(message)
                                     .replace(QStringLiteral("%1"), path)
                                     .replace(QStringLiteral("%2"), m_csv)
                                     .replace(QStringLiteral("%3"), QFileInfo(path).absoluteFilePath());
        if (kind == QLatin1String("corrupt"))
            QVERIFY2(run.err.startsWith(QStringLiteral("costline-cli import: ")) && run.err.endsWith(expected), qPrintable(run.err));
        else
            QCOMPARE(run.err, expected);
        // And the file keeps every byte, with nothing left beside it
        QCOMPARE(sha256(path), before);
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files), filesBefore);
    }
};

QTEST_GUILESS_MAIN(TestBadWorkspace)
#include "tst_badworkspace.moc"
