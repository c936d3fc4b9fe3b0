#include "cliapp.h"
#include "commandline.h"
#include "tablewriter.h"
#include "core/money.h"
#include "core/utctime.h"
#include "health/healthquery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline::cli {
namespace {

QJsonObject checkJson(const HealthCheck &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("capability"), c.capability);
    if (!c.subject.isEmpty())
        o.insert(QStringLiteral("subject"), c.subject);
    o.insert(QStringLiteral("status"), checkStatusName(c.status));
    o.insert(QStringLiteral("reason"), c.reason);
    o.insert(QStringLiteral("action"), c.action);
    o.insert(QStringLiteral("money_at_stake"), Money::fromNano(c.moneyAtStakeNano).toDecimalString());
    o.insert(QStringLiteral("locked"), c.locked);
    return o;
}

QJsonObject reportJson(const HealthReport &r, const HealthRequest &request)
{
    QJsonObject root;
    root.insert(QStringLiteral("from"), utc::formatDate(request.fromDay));
    root.insert(QStringLiteral("to"), utc::formatDate(request.toDay));
    root.insert(QStringLiteral("readiness"), r.readiness);
    QJsonArray checks;
    for (const HealthCheck &c : r.checks)
        checks.append(checkJson(c));
    root.insert(QStringLiteral("checks"), checks);
    root.insert(QStringLiteral("next_action"), r.next ? QJsonValue(checkJson(*r.next)) : QJsonValue::Null);
    return root;
}

TableWriter toTable(const HealthReport &r)
{
    TableWriter table({QStringLiteral("check"), QStringLiteral("subject"), QStringLiteral("status"),
                       QStringLiteral("money_at_stake"), QStringLiteral("reason")},
                      {false, false, false, true, false});
    for (const HealthCheck &c : r.checks)
        table.addRow({c.name, c.subject, c.locked ? QStringLiteral("locked") : checkStatusName(c.status),
                      Money::fromNano(c.moneyAtStakeNano).toDecimalString(), c.reason});
    return table;
}

std::optional<QSet<QString>> readCapabilities(const QString &text, QString *error)
{
    QSet<QString> out;
    for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!capability::all().contains(name.trimmed())) {
            *error = QStringLiteral("--capabilities: '%1' is not one of %2").arg(name, capability::all().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        out.insert(name.trimmed());
    }
    return out;
}

} // namespace

int runHealth(const QStringList &args, Io io)
{
    CommandLine cl(QStringLiteral("health"), QStringLiteral("Data health checks and the readiness score."), io);
    cl.addWorkspaceOption();
    cl.addFormatOption();
    cl.addFilterOptions();
    cl.parser().addOption({QStringLiteral("capabilities"), QStringLiteral("score only these capabilities (the plan's): %1")
                                                               .arg(capability::all().join(QStringLiteral(","))),
                           QStringLiteral("LIST")});
    if (const auto exit = cl.parse(args))
        return *exit;
    if (cl.positional().size() != 1)
        return cl.usageError(QStringLiteral("unexpected argument '%1'").arg(cl.positional().value(1)));
    QString error;
    const auto enabled = readCapabilities(cl.value(QStringLiteral("capabilities")), &error);
    if (!enabled)
        return cl.usageError(error);
    auto workspace = cl.openWorkspace(Workspace::OpenMode::ExistingOnly);
    if (!workspace)
        return RuntimeError;
    const auto filter = cl.readFilter(*workspace, true);
    if (!filter)
        return UsageError;
    HealthRequest request;
    request.fromDay = *filter->fromDay;
    request.toDay = *filter->toDay;
    request.nowMs = QDateTime::currentMSecsSinceEpoch();
    request.enabled = *enabled;
    const HealthReport report = HealthQuery(*workspace).run(request);
    if (cl.format() == Format::Json) {
        io.out << QJsonDocument(reportJson(report, request)).toJson(QJsonDocument::Indented);
    } else if (cl.format() == Format::Csv) {
        toTable(report).writeCsv(io.out);
    } else {
        io.out << "Readiness " << report.readiness << " / 100\n";
        if (report.next)
            io.out << "Next action: " << report.next->action << '\n';
        io.out << '\n';
        toTable(report).writeTable(io.out);
    }
    return Success;
}

} // namespace costline::cli
