// A fake provider server as its own process, for tests that run costline-cli as a child
// and kill it: prints "PORT\n" on stdout once listening, serves until killed.
#include "fakeproviderserver.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype keyAt = args.indexOf(QStringLiteral("--api-key"));
    const qsizetype pageAt = args.indexOf(QStringLiteral("--page-size"));
    costline::fakes::FakeProviderServer server(keyAt > 0 ? args.value(keyAt + 1).toUtf8() : QByteArrayLiteral("sk-fake-test-key-000000000000"));
    if (const qsizetype delayAt = args.indexOf(QStringLiteral("--delay-ms")); delayAt > 0)
        server.setDelayMs(args.value(delayAt + 1).toInt());
    if (pageAt > 0)
        server.setPageSize(args.value(pageAt + 1).toInt());
    if (!server.start())
        return 1;
    QTextStream(stdout) << server.port() << Qt::endl;
    return app.exec();
}
