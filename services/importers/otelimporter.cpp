#include "otelimporter.h"

#include "core/jsonnumbers.h"
#include "otelspan.h"
#include "otelspans.h"
#include "workspace/ingestsession.h"

#include <QFile>
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

QString spanCount(qint64 n)
{
    return n == 1 ? QStringLiteral("1 span") : QStringLiteral("%1 spans").arg(n);
}

// Spans left out on purpose, by kind: how many, and the first of each.
class SkipLog final
{
public:
    enum Kind { NoUsage, Wrapper, KindCount };

    void add(Kind kind, const OtelSpan &span)
    {
        if (m_count[kind]++ == 0)
            m_first[kind] = QStringLiteral("span %1 '%2'").arg(span.number).arg(span.name);
    }
    qint64 total() const { return m_count[NoUsage] + m_count[Wrapper]; }
    QStringList lines() const
    {
        QStringList lines;
        if (m_count[NoUsage] > 0)
            lines << QStringLiteral("%1 without token usage attributes (dialect not recognised: no gen_ai.usage.*, "
                                    "llm.usage.* or llm.token_count.*), the first %2")
                         .arg(spanCount(m_count[NoUsage]), m_first[NoUsage]);
        if (m_count[Wrapper] > 0)
            lines << QStringLiteral("%1 wrapping model calls counted from the spans inside them, the first %2")
                         .arg(spanCount(m_count[Wrapper]), m_first[Wrapper]);
        return lines;
    }

private:
    qint64 m_count[KindCount] = {};
    QString m_first[KindCount];
};

} // namespace

bool OtelImporter::importSpans(IngestSession &session, const OtelSpans &spans, const QString &file,
                               const ImportOptions &options, ImportResult *result, QString *error)
{
    SkipLog skipped;
    for (const OtelSpan &span : spans.spans()) {
        if (!span.usage.carriesTokens() || span.wrapsUsage) {
            skipped.add(span.usage.carriesTokens() ? SkipLog::Wrapper : SkipLog::NoUsage, span);
            continue;
        }
        QList<UsageEvent> events;
        QString reason;
        if (spanEvents(span, spans, &events, &reason)) {
            for (UsageEvent &event : events) {
                if (session.add(std::move(event), &reason) == IngestSession::Outcome::Rejected)
                    break;
            }
        }
        if (session.databaseFailed() || (!reason.isEmpty() && options.strict)) {
            *error = QStringLiteral("%1 span %2: %3").arg(file).arg(span.number).arg(reason);
            return false;
        }
        if (!reason.isEmpty())
            session.quarantine(file, span.number, reason, QJsonDocument(span.raw).toJson(QJsonDocument::Compact));
    }
    result->skipped = skipped.total();
    result->skipReasons = skipped.lines();
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
    OtelSpans spans;
    for (const QJsonObject &request : *requests)
        spans.add(request);
    spans.link();
    if (spans.spans().isEmpty())
        return failure(QStringLiteral("%1 holds no spans (resourceSpans[].scopeSpans[].spans[]); "
                                      "export traces as OTLP/JSON; nothing was imported").arg(displayName));
    IngestSession session(m_workspace, options.sourceName.isEmpty() ? QStringLiteral("otel") : options.sourceName,
                          QStringLiteral("otel"));
    if (!session.begin(&error))
        return failure(QStringLiteral("%1: %2").arg(displayName, error));
    ImportResult result;
    if (!importSpans(session, spans, displayName, options, &result, &error)) {
        session.rollback();
        return failure(error + QStringLiteral("; nothing was imported"));
    }
    if (session.inserted() + session.updated() + session.quarantined() == 0) {
        session.rollback();
        return failure(QStringLiteral("%1: no span carries GenAI token usage (%2 read): %3; nothing was imported")
                           .arg(displayName, spanCount(spans.spans().size()), result.skipReasons.join(QStringLiteral("; "))));
    }
    if (!session.commit(&error))
        return failure(QStringLiteral("%1: saving failed: %2; nothing was imported").arg(displayName, error));
    result.ok = true;
    result.inserted = session.inserted();
    result.updated = session.updated();
    result.quarantined = session.quarantined();
    result.firstReasons = session.firstQuarantineReasons();
    return result;
}

} // namespace costline
