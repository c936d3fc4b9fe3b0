#include "exportrecord.h"

#include "auditedwrite.h"
#include "core/utctime.h"
#include "eventfilter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace costline {

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

bool recordExport(Workspace &workspace, const QString &what, const QString &path, qint64 rows, QJsonObject details,
                  QString *error)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    details.insert(QStringLiteral("file"), file);
    details.insert(QStringLiteral("rows"), rows);
    details.insert(QStringLiteral("sha256"), fileSha256(path));
    AuditedWrite audited(workspace);
    if (audited.begin(error) && audited.commit({QStringLiteral("export.") + what, QStringLiteral("file:") + file, {}, details}, error))
        return true;
    QFile::remove(path);
    *error = QStringLiteral("%1 was not kept: the export could not be recorded in the audit trail (%2)").arg(path, *error);
    return false;
}

QJsonObject filterAuditJson(const EventFilter &filter)
{
    QJsonObject o;
    if (filter.fromDay)
        o.insert(QStringLiteral("from"), utc::formatDate(*filter.fromDay));
    if (filter.toDay)
        o.insert(QStringLiteral("to"), utc::formatDate(*filter.toDay));
    QJsonObject where;
    for (auto it = filter.where.cbegin(); it != filter.where.cend(); ++it)
        where.insert(dimensionName(it.key()), QJsonArray::fromStringList(it.value()));
    if (!where.isEmpty())
        o.insert(QStringLiteral("where"), where);
    return o;
}

} // namespace costline
