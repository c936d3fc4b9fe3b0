#include "signalsthreshold.h"

#include "tablewriter.h"
#include "signals/anomalythresholds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline::cli {
namespace {

const QString kUsage = QStringLiteral("expected 'signals threshold list', 'signals threshold set [--tenant T] --pct N' "
                                      "or 'signals threshold clear [--tenant T]'");

QString pctText(double pct)
{
    return QString::number(pct, 'g', 10);
}

int list(CommandLine &cl, const AnomalyThresholds &thresholds, Io io)
{
    const auto own = thresholds.workspacePct();
    const QList<TenantThreshold> tenants = thresholds.tenants();
    if (cl.format() == Format::Json) {
        QJsonArray array;
        for (const TenantThreshold &t : tenants)
            array.append(QJsonObject{{QStringLiteral("tenant"), t.tenant}, {QStringLiteral("threshold_pct"), t.pct}});
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("workspace_pct"), own ? QJsonValue(*own) : QJsonValue::Null},
                                            {QStringLiteral("default_pct"), AnomalyThresholds::kDefaultPct},
                                            {QStringLiteral("tenants"), array}})
                      .toJson(QJsonDocument::Indented);
        return Success;
    }
    TableWriter table({QStringLiteral("scope"), QStringLiteral("threshold_pct"), QStringLiteral("set_by")}, {false, true, false});
    table.addRow({QStringLiteral("workspace"), pctText(own.value_or(AnomalyThresholds::kDefaultPct)),
                  own ? QStringLiteral("workspace") : QStringLiteral("default")});
    for (const TenantThreshold &t : tenants)
        table.addRow({QStringLiteral("tenant=") + t.tenant, pctText(t.pct), QStringLiteral("tenant")});
    cl.format() == Format::Csv ? table.writeCsv(io.out) : table.writeTable(io.out);
    return Success;
}

int set(CommandLine &cl, AnomalyThresholds &thresholds, Io io)
{
    if (!cl.isSet(QStringLiteral("pct")))
        return cl.usageError(QStringLiteral("'signals threshold set' needs --pct N, the percentage above the baseline"));
    bool ok = false;
    const double pct = cl.value(QStringLiteral("pct")).toDouble(&ok);
    // Text that is not a number gets the same advice as 0, which is never a threshold.
    if (const QString why = AnomalyThresholds::rangeError(ok ? pct : 0); !why.isEmpty())
        return cl.usageError(QStringLiteral("--pct '%1': %2").arg(cl.value(QStringLiteral("pct")), why));
    const QString tenant = cl.value(QStringLiteral("tenant"));
    QString error;
    if (!(tenant.isEmpty() ? thresholds.setWorkspacePct(pct, &error) : thresholds.setTenantPct(tenant, pct, &error)))
        return cl.runtimeError(error);
    io.out << (tenant.isEmpty() ? QStringLiteral("anomaly threshold of the workspace")
                                : QStringLiteral("anomaly threshold of tenant ") + tenant)
           << " is " << pctText(pct) << " % above the baseline\n";
    return Success;
}

int clear(CommandLine &cl, AnomalyThresholds &thresholds, Io io)
{
    if (cl.isSet(QStringLiteral("pct")))
        return cl.usageError(QStringLiteral("'signals threshold clear' takes no --pct"));
    const QString tenant = cl.value(QStringLiteral("tenant"));
    QString error;
    if (!(tenant.isEmpty() ? thresholds.clearWorkspacePct(&error) : thresholds.clearTenantPct(tenant, &error)))
        return cl.runtimeError(error);
    const double now = thresholds.workspacePct().value_or(AnomalyThresholds::kDefaultPct);
    io.out << (tenant.isEmpty() ? QStringLiteral("the workspace's anomaly threshold is back to the default, ")
                                : QStringLiteral("tenant ") + tenant + QStringLiteral(" follows the workspace's threshold, "))
           << pctText(now) << " %\n";
    return Success;
}

} // namespace

int runSignalsThreshold(CommandLine &cl, Workspace &workspace, Io io)
{
    const QString action = cl.positional().value(2);
    if (cl.positional().size() != 3)
        return cl.usageError(kUsage);
    if (cl.isSet(QStringLiteral("threshold")))
        return cl.usageError(QStringLiteral("--threshold is a listing's threshold for one run; "
                                            "'signals threshold set' takes --pct"));
    if (cl.isSet(QStringLiteral("tenant")) && cl.value(QStringLiteral("tenant")).isEmpty())
        return cl.usageError(QStringLiteral("--tenant needs a tenant's name"));
    AnomalyThresholds thresholds(workspace);
    if (action == QLatin1String("list"))
        return list(cl, thresholds, io);
    if (action == QLatin1String("set"))
        return set(cl, thresholds, io);
    if (action == QLatin1String("clear"))
        return clear(cl, thresholds, io);
    return cl.usageError(kUsage);
}

} // namespace costline::cli
