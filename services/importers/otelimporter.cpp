#include "otelimporter.h"

#include "core/jsonnumbers.h"
#include "otelspan.h"
#include "workspace/ingestsession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace costline {
namespace {

ImportResult failure(const QString &error)
{
    ImportResult r;
    r.error = error;
    return r;
}

// One export request, or one per line (the file exporter's JSON lines).
std::optional<QList<QJsonObject>> readRequests(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument whole = QJsonDocument::fromJson(quoteJsonNumbers(bytes), &parseError);
    if (whole.isObject())
        return QList<QJsonObject>{whole.object()};
    QList<QJsonObject> requests;
    qint64 lineNumber = 0;
    for (const QByteArray &line : bytes.split('\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(quoteJsonNumbers(line), &parseError);
        if (!doc.isObject()) {
            *error = QStringLiteral("line %1 is not OTLP/JSON (%2 at byte %3)").arg(lineNumber).arg(parseError.errorString()).arg(parseError.offset);
            return std::nullopt;
        }
        requests << doc.object();
    }
    return requests;
}

} // namespace

bool OtelImporter::importRequest(IngestSession &session, const QJsonObject &request, const QString &file,
                                 qint64 *spanNumber, const ImportOptions &options, QString *error)
{
    for (const QJsonValue &rs : request.value(QStringLiteral("resourceSpans")).toArray()) {
        const QJsonArray resource = rs.toObject().value(QStringLiteral("resource")).toObject().value(QStringLiteral("attributes")).toArray();
        for (const QJsonValue &ss : rs.toObject().value(QStringLiteral("scopeSpans")).toArray()) {
            for (const QJsonValue &s : ss.toObject().value(QStringLiteral("spans")).toArray()) {
                ++*spanNumber;
                UsageEvent event;
                QString reason;
                if (!readGenAiSpan(s.toObject(), resource, &event, &reason))
                    continue; // not a GenAI span
                if (reason.isEmpty())
                    session.add(std::move(event), &reason);
                if (session.databaseFailed() || (!reason.isEmpty() && options.strict)) {
                    *error = QStringLiteral("%1 span %2: %3").arg(file).arg(*spanNumber).arg(reason);
                    return false;
                }
                if (!reason.isEmpty())
                    session.quarantine(file, *spanNumber, reason, QJsonDocument(s.toObject()).toJson(QJsonDocument::Compact));
            }
        }
    }
    return true;
}

ImportResult OtelImporter::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return importData(file.readAll(), path, options);
}

ImportResult OtelImporter::importData(const QByteArray &bytes, const QString &displayName, const ImportOptions &options)
{
    QString error;
    const auto requests = readRequests(bytes, &error);
    if (!requests)
        return failure(QStringLiteral("%1: %2; nothing was imported").arg(displayName, error));
    IngestSession session(m_workspace, options.sourceName.isEmpty() ? QStringLiteral("otel") : options.sourceName,
                          QStringLiteral("otel"));
    if (!session.begin(&error))
        return failure(QStringLiteral("%1: %2").arg(displayName, error));
    qint64 spans = 0;
    for (const QJsonObject &request : *requests) {
        if (!importRequest(session, request, displayName, &spans, options, &error)) {
            session.rollback();
            return failure(error + QStringLiteral("; nothing was imported"));
        }
    }
    if (!session.commit(&error))
        return failure(QStringLiteral("%1: saving failed: %2; nothing was imported").arg(displayName, error));
    ImportResult result;
    result.ok = true;
    result.inserted = session.inserted();
    result.updated = session.updated();
    result.quarantined = session.quarantined();
    return result;
}

} // namespace costline
