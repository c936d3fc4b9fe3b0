#include "cliapp.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("costline"));
    QCoreApplication::setOrganizationName(QStringLiteral("Costline"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = costline::cli::run(app.arguments().mid(1), {out, err});
    out.flush();
    err.flush();
    return code;
}
