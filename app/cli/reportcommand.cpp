#include "cliapp.h"
#include "commandline.h"
#include "core/utctime.h"
#include "licensing/licencestore.h"
#include "reports/reportrunstore.h"
#include "reportrunscommand.h"
#include "reportschedulecommand.h"

#include <QDateTime>

namespace costline::cli {
namespace {

QString currentUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("costline-cli") : user;
}

// The licence gates packs and PDF the same way the Reports tab does; the demo workspace opens everything.
QString lockedReason(Workspace &ws, const QString &kind, bool pdf)
{
    const Entitlements ent(licencestore::current(), ws.setting(QStringLiteral("demo")) == QLatin1String("1"));
    for (const QString &needed : reportEntitlements(kind, pdf)) {
        if (!ent.allows(needed))
            return QStringLiteral("the %1%2 needs the %3 plan (%4); this licence is %5.%6 See 'costline-cli licence show'.")
                .arg(reportTitle(kind).toLower(), needed == entitlement::pdfReports() ? QStringLiteral(" as PDF") : QString(),
                     planDisplayName(planIncluding(needed)), needed, planDisplayName(ent.plan()),
                     // The entitlements before PDF passed, so the CSV is allowed.
                     needed == entitlement::pdfReports() ? QStringLiteral(" This licence can write it as CSV (--format csv).")
                                                         : QString());
    }
    if (reportIsPack(kind) && !ent.canExportPack(reportEntitlement(kind, pdf)))
        return QStringLiteral("a viewer licence cannot export the %1; ask an analyst or admin.").arg(reportTitle(kind).toLower());
    return {};
}

} // namespace

int runReport(const QStringList &args, Io io)
{
    if (args.value(1) == QLatin1String("schedule"))
        return runReportSchedule(args, io);
    if (args.value(1) == QLatin1String("run-due"))
        return runReportRunDue(args, io);
    if (args.value(1) == QLatin1String("runs"))
        return runReportRuns(args, io);
    if (args.value(1) == QLatin1String("delete"))
        return runReportDelete(args, io);
    CommandLine cl(QStringLiteral("report"), QStringLiteral("Write a report: 'report chargeback|drivers|dispute --from D "
                                                           "--to D [--tenant T] [--line ID] --format pdf|csv --out FILE'; on a cadence: "
                                                           "'report schedule add|list|remove', 'report run-due'; written: 'report runs', 'report delete ID'."), io);
    cl.addWorkspaceOption();
    cl.parser().addPositionalArgument(QStringLiteral("kind"), reportKinds().join(QStringLiteral(" | ")));
    cl.parser().addOptions({{QStringLiteral("from"), QStringLiteral("first day, inclusive"), QStringLiteral("YYYY-MM-DD")},
                            {QStringLiteral("to"), QStringLiteral("last day, inclusive"), QStringLiteral("YYYY-MM-DD")},
                            {QStringLiteral("tenant"), QStringLiteral("one tenant only"), QStringLiteral("T")},
                            {QStringLiteral("line"), QStringLiteral("dispute: the invoice billing line id (default: the largest in the period)"),
                             QStringLiteral("ID")},
                            {QStringLiteral("format"), QStringLiteral("pdf | csv (default pdf; focus is csv only)"), QStringLiteral("FORMAT")},
                            {QStringLiteral("page"), QStringLiteral("a4 | letter"), QStringLiteral("SIZE"), QStringLiteral("a4")},
                            {QStringLiteral("out"), QStringLiteral("file to write"), QStringLiteral("FILE")}});
    if (const auto exit = cl.parse(args))
        return *exit;
    const QString kind = cl.positional().value(1);
    if (cl.positional().size() != 2 || !reportKinds().contains(kind))
        return cl.usageError(QStringLiteral("name one report: %1").arg(reportKinds().join(QStringLiteral(", "))));
    const QString format = cl.isSet(QStringLiteral("format")) ? cl.value(QStringLiteral("format")).toLower()
                           : reportHasPdf(kind)               ? QStringLiteral("pdf")
                                                              : QStringLiteral("csv");
    const QString page = cl.value(QStringLiteral("page")).toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("csv"))
        return cl.usageError(QStringLiteral("--format must be pdf or csv"));
    if (format == QLatin1String("pdf") && !reportHasPdf(kind))
        return cl.usageError(QStringLiteral("the %1 is a CSV file for other FinOps tools and has no PDF; use --format csv")
                                 .arg(reportTitle(kind)));
    if (page != QLatin1String("a4") && page != QLatin1String("letter"))
        return cl.usageError(QStringLiteral("--page must be a4 or letter"));
    if (!cl.isSet(QStringLiteral("out")))
        return cl.usageError(QStringLiteral("--out FILE is required"));
    const auto from = utc::parseDate(cl.value(QStringLiteral("from")).toUtf8());
    const auto to = utc::parseDate(cl.value(QStringLiteral("to")).toUtf8());
    if (!from || !to || *to < *from)
        return cl.usageError(QStringLiteral("--from and --to must be dates (YYYY-MM-DD), --from not after --to"));
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    const bool pdf = format == QLatin1String("pdf");
    if (const QString locked = lockedReason(*workspace, kind, pdf); !locked.isEmpty())
        return cl.runtimeError(locked);
    ReportRequest request{kind, *from, *to, cl.value(QStringLiteral("tenant")), cl.value(QStringLiteral("line")).toLongLong(),
                          currentUser(), QDateTime::currentMSecsSinceEpoch()};
    QString error;
    const auto run = costline::runReport(*workspace, request, pdf ? ReportFormat::Pdf : ReportFormat::Csv,
                                         cl.value(QStringLiteral("out")),
                                         page == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4, &error);
    if (!run)
        return cl.runtimeError(error);
    io.out << "Wrote " << run->file << " (" << run->format << ", sha256 " << run->sha256 << ")\n";
    return Success;
}

} // namespace costline::cli
