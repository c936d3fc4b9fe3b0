#include "cliapp.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// PDF reports lay text out with Qt's font database, which needs a QGuiApplication; every
// other command stays a plain console application. Offscreen: cron has no display.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    const bool report = argc > 1 && std::strcmp(argv[1], "report") == 0;
    if (!report)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("costline"));
    QCoreApplication::setOrganizationName(QStringLiteral("Costline"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = costline::cli::run(QCoreApplication::arguments().mid(1), {out, err});
    out.flush();
    err.flush();
    return code;
}
