#include "cliapp.h"
#include "commandline.h"
#include "core/money.h"
#include "core/utctime.h"
#include "demo/demogenerator.h"
#include "workspace/summaryquery.h"

#include <QFile>

namespace costline::cli {

int runDemo(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("demo"), QStringLiteral("Create a demo workspace with realistic AI usage."), io);
    cl.parser().addOption({QStringLiteral("out"), QStringLiteral("workspace file to create (must not exist)"), QStringLiteral("FILE")});
    cl.parser().addOption({QStringLiteral("events"), QStringLiteral("number of events (default 200000)"), QStringLiteral("N"), QStringLiteral("200000")});
    cl.parser().addOption({QStringLiteral("days"), QStringLiteral("days of history (default 90)"), QStringLiteral("D"), QStringLiteral("90")});
    cl.parser().addOption({QStringLiteral("seed"), QStringLiteral("random seed (default 42)"), QStringLiteral("S"), QStringLiteral("42")});
    cl.parser().addOption({QStringLiteral("end"), QStringLiteral("last day with usage (default: today, UTC)"), QStringLiteral("YYYY-MM-DD")});
    if (const auto exit = cl.parse(args))
        return *exit;
    if (!cl.isSet(QStringLiteral("out")))
        return cl.usageError(QStringLiteral("--out FILE is required"));
    DemoOptions options;
    bool okEvents = false, okDays = false, okSeed = false;
    options.events = cl.value(QStringLiteral("events")).toLongLong(&okEvents);
    options.days = cl.value(QStringLiteral("days")).toInt(&okDays);
    options.seed = cl.value(QStringLiteral("seed")).toULongLong(&okSeed);
    if (!okEvents || options.events < 1 || options.events > 100'000'000)
        return cl.usageError(QStringLiteral("--events must be a number from 1 to 100000000"));
    if (!okDays || options.days < 1 || options.days > 3660)
        return cl.usageError(QStringLiteral("--days must be a number from 1 to 3660"));
    if (!okSeed)
        return cl.usageError(QStringLiteral("--seed must be a non-negative number"));
    if (cl.isSet(QStringLiteral("end"))) {
        const auto end = utc::parseDate(cl.value(QStringLiteral("end")).toUtf8());
        if (!end)
            return cl.usageError(QStringLiteral("--end '%1' is not a date; use YYYY-MM-DD").arg(cl.value(QStringLiteral("end"))));
        if (*end > utc::dayOf(options.nowMs))
            return cl.usageError(QStringLiteral("--end %1 is after today (%2): the demo makes no events later than now")
                                     .arg(utc::formatDate(*end), utc::formatDate(utc::dayOf(options.nowMs))));
        options.endDay = *end;
    }
    const QString path = cl.value(QStringLiteral("out"));
    if (QFile::exists(path))
        return cl.runtimeError(QStringLiteral("%1 already exists; choose a new file or remove it first").arg(path));
    QString error;
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
    if (!workspace)
        return cl.runtimeError(error);
    const DemoResult result = DemoGenerator(*workspace).generate(options);
    if (!result.ok) {
        workspace.reset();
        QFile::remove(path);
        return cl.runtimeError(QStringLiteral("the demo workspace could not be written: %1").arg(result.error));
    }
    const qint64 first = options.endDay - options.days + 1;
    const UsageTotals totals = SummaryQuery(*workspace).run({first, options.endDay, {}}, {}).totals;
    io.out << "created " << path << ": " << result.events << " events from " << utc::formatDate(first) << " to "
           << utc::formatDate(options.endDay) << ", cost " << Money::fromNano(totals.costNano).toDecimalString()
           << " USD, " << totals.unpricedEvents << " unpriced events\n";
    return Success;
}

} // namespace costline::cli
