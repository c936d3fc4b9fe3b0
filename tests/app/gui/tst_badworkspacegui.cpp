#include "fileaccess.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sqlite3.h>

using namespace costline;

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex() : QByteArray();
}

// The window with the message box drawn over its middle, as the user sees them.
QImage screen(QWidget *window, QWidget *box)
{
    QImage image = window->grab().toImage();
    QPainter painter(&image);
    const QPixmap dialog = box->grab();
    painter.drawPixmap((image.width() - dialog.width()) / 2, (image.height() - dialog.height()) / 2, dialog);
    return image;
}

} // namespace

class TestBadWorkspaceGui final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(test::dropFileAccessOverride());
    }

    void showsWhyAndKeepsTheFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("why");
        QTest::newRow("text file") << QByteArray("date,amount\n2026-01-01,12.50\n")
                                   << QStringLiteral("it is not a Costline workspace (not a SQLite database); choose a "
                                                     "Costline workspace (.costline) instead");
        QTest::newRow("empty file") << QByteArray()
                                    << QStringLiteral("the file is empty, not a Costline workspace; choose a workspace, or "
                                                      "create one with 'costline-cli demo --out FILE' or import into a new path");
        QTest::newRow("another app's database") << QByteArray("sqlite:CREATE TABLE notes(body TEXT)")
                                                << QStringLiteral("it is a SQLite database of another application, not a "
                                                                  "Costline workspace; choose a Costline workspace (.costline) instead");
    }

    void showsWhyAndKeepsTheFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, why);
        // Given a file that is not a workspace
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".costline"));
        if (content.startsWith("sqlite:")) {
            sqlite3 *db = nullptr;
            sqlite3_open(path.toUtf8().constData(), &db);
            QCOMPARE(sqlite3_exec(db, content.mid(7).constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QByteArray before = sha256(path);
        // When the window opens it
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QSignalSpy failed(&window, &MainWindow::workspaceFailed);
        QString shown;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = box->text();
            if (const QString shots = qEnvironmentVariable("COSTLINE_SCREENSHOT_DIR"); !shots.isEmpty())
                screen(&window, box).save(QDir(shots).filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png")));
            box->accept();
        });
        poll.start(20);
        window.openWorkspace(path);
        // Then a message box says what is wrong, where, and what to do
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20'000);
        const QString expected = QStringLiteral("cannot open workspace %1: %2").arg(path, why);
        QCOMPARE(shown, expected);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), expected);
        // And the file keeps every byte
        QCOMPARE(sha256(path), before);
    }

    void readOnlyWorkspaceOpensForReading()
    {
        // Given a workspace in a folder and a file that cannot be written
        const QString folder = m_dir.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/w.costline");
        {
            QString error;
            QVERIFY2(Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error), qPrintable(error));
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const QByteArray before = sha256(path);
        // When the window opens it
        MainWindow window;
        window.setPersistSettings(false);
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.openWorkspace(path);
        // Then it opens for reading, and leaves the file as it was
        QVERIFY(opened.wait(20'000));
        QCOMPARE(sha256(path), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("w.costline")});
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
};

QTEST_MAIN(TestBadWorkspaceGui)
#include "tst_badworkspacegui.moc"
