#include "synccursor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace costline {

SyncCursor SyncCursor::fromJson(const QByteArray &json)
{
    SyncCursor cursor;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        EndpointCursor c;
        // Milliseconds stay below 2^53, so doubles hold them exactly.
        c.doneUntilMs = qint64(o.value(QStringLiteral("done_until_ms")).toDouble());
        c.runStartMs = qint64(o.value(QStringLiteral("run_start_ms")).toDouble());
        c.runEndMs = qint64(o.value(QStringLiteral("run_end_ms")).toDouble());
        c.page = o.value(QStringLiteral("page")).toString();
        cursor.m_endpoints.insert(it.key(), c);
    }
    return cursor;
}

QByteArray SyncCursor::toJson() const
{
    QJsonObject root;
    for (auto it = m_endpoints.begin(); it != m_endpoints.end(); ++it) {
        QJsonObject o;
        o.insert(QStringLiteral("done_until_ms"), it->doneUntilMs);
        if (it->inRun()) {
            o.insert(QStringLiteral("run_start_ms"), it->runStartMs);
            o.insert(QStringLiteral("run_end_ms"), it->runEndMs);
            o.insert(QStringLiteral("page"), it->page);
        }
        root.insert(it.key(), o);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace costline
