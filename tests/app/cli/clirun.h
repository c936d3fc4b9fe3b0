#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the real costline-cli (COSTLINE_CLI, set by the test's CMake target) as cron would.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(COSTLINE_CLI), args);
    p.waitForFinished(120'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
