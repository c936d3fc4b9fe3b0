#include "driverscsv.h"

#include "core/money.h"
#include "core/utctime.h"
#include "eventexport.h"
#include "workspace/exportrecord.h"

#include <QSaveFile>

namespace costline {
namespace {

QString exact(qint64 nano)
{
    return Money::fromNano(nano).toDecimalString();
}

} // namespace

QByteArray driversCsv(const DriversResult &r)
{
    QStringList lines{csvRecord({dimensionName(r.dim), QStringLiteral("current"), QStringLiteral("previous"),
                                 QStringLiteral("delta"), QStringLiteral("delta_pct"), QStringLiteral("share_pct"),
                                 QStringLiteral("requests"), QStringLiteral("tokens")})};
    for (const DriverRow &row : r.rows) {
        const auto pct = row.deltaPercent();
        lines << csvRecord({row.value, exact(row.current.costNano), exact(row.previous.costNano), exact(row.deltaNano()),
                            pct ? QString::number(*pct, 'f', 1) : QString(), QString::number(r.sharePercent(row), 'f', 1),
                            QString::number(row.current.requests),
                            QString::number(row.current.inputTokens + row.current.outputTokens)});
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

bool writeDriversCsv(Workspace &workspace, const DriversResult &result, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(driversCsv(result)) < 0 || !file.commit()) {
        *error = QStringLiteral("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString());
        return false;
    }
    const QJsonObject details{{QStringLiteral("dimension"), dimensionName(result.dim)},
                              {QStringLiteral("from"), utc::formatDate(result.current.fromDay)},
                              {QStringLiteral("to"), utc::formatDate(result.current.toDay)}};
    return recordExport(workspace, QStringLiteral("drivers"), path, result.rows.size(), details, error);
}

} // namespace costline
