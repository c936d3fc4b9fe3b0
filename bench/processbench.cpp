#include "processbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace costline::bench {
namespace {

constexpr double kStartupTargetMs = 1000;
constexpr double kScrollRssTargetMb = 250;
constexpr int kStartupTimeoutMs = 120'000;
constexpr int kScrollTimeoutMs = 3'600'000;

QString sibling(const QString &program)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(program);
}

// Offscreen, with settings of its own: the user's window state and licence stay untouched.
QProcessEnvironment offscreenEnvironment(const QString &configDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    env.insert(QStringLiteral("XDG_DATA_HOME"), configDir);
    return env;
}

// Milliseconds from start until the line "first paint" appears; -1 on failure.
double launchOnce(const QString &workspacePath, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(sibling(QStringLiteral("costline")),
                  {QStringLiteral("--workspace"), workspacePath, QStringLiteral("--tab"), QStringLiteral("Overview"),
                   QStringLiteral("--exit-after-first-paint")});
    while (process.waitForReadyRead(kStartupTimeoutMs)) {
        if (process.readAll().contains("first paint")) {
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            process.waitForFinished(kStartupTimeoutMs);
            return ms;
        }
    }
    process.kill();
    process.waitForFinished();
    return -1;
}

} // namespace

Figure measureStartup(const QString &workspacePath, int runs)
{
    QTemporaryDir config;
    const QProcessEnvironment env = offscreenEnvironment(config.path());
    const QString name = QStringLiteral("main window with Overview populated");
    if (launchOnce(workspacePath, env) < 0) // warms the page cache like the query figures
        qFatal("costline did not report its first paint; is it built beside costline-bench?");
    QList<double> samples;
    for (int i = 0; i < runs; ++i)
        samples << launchOnce(workspacePath, env);
    return fromSamples(name, samples, QStringLiteral("ms"), kStartupTargetMs);
}

Figure measureScrollRss(const QString &workspacePath)
{
    QProcess probe;
    probe.setProcessEnvironment(offscreenEnvironment(QDir::tempPath()));
    probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    probe.start(sibling(QStringLiteral("costline-scroll-probe")), {workspacePath});
    const bool finished = probe.waitForFinished(kScrollTimeoutMs);
    // The last line: "done: N events walked ... peak RSS M MB".
    const QString output = QString::fromLocal8Bit(probe.readAll());
    const auto match = QRegularExpression(QStringLiteral("done: .*peak RSS (\\d+) MB")).match(output);
    Figure f = fromSamples(QStringLiteral("peak RSS scrolling every event"), {match.captured(1).toDouble()},
                           QStringLiteral("MB"), kScrollRssTargetMb);
    if (!finished || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0 || !match.hasMatch()) {
        // The other figures stand: say what the probe did and went on.
        f.error = QStringLiteral("costline-scroll-probe failed (%1, exit code %2) after: %3")
                      .arg(probe.errorString())
                      .arg(probe.exitCode())
                      .arg(output.trimmed().split(QLatin1Char('\n')).constLast());
    }
    return f;
}

} // namespace costline::bench
