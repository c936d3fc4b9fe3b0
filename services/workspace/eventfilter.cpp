#include "eventfilter.h"

#include "dimensioncatalog.h"

namespace costline {

QByteArray tupleCondition(DimensionCatalog &dims, const EventFilter &filter, const QByteArray &alias)
{
    QByteArrayList parts;
    for (auto it = filter.where.cbegin(); it != filter.where.cend(); ++it) {
        const QList<qint64> ids = dims.findValues(it.key(), it.value());
        if (ids.isEmpty())
            return "0";
        QByteArrayList idTexts;
        for (const qint64 id : ids)
            idTexts << QByteArray::number(id);
        parts << alias + '.' + dimensionColumn(it.key()).toLatin1() + " IN (" + idTexts.join(',') + ')';
    }
    return parts.isEmpty() ? QByteArray("1") : parts.join(" AND ");
}

} // namespace costline
