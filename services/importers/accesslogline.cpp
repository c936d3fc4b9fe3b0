#include "accesslogline.h"

#include "core/apikeymask.h"
#include "core/utctime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace costline {
namespace {

constexpr qsizetype kMaxFieldLength = 512;
constexpr qint64 kLatestTimestampMs = 4'417'977'600'000; // 2110-01-01, as for usage events

// A text field: absent or null is empty; anything but a short string is a reason.
QString readText(const QJsonObject &o, const QString &name, QString *value)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        return QStringLiteral("%1 must be a string").arg(name);
    *value = v.toString().trimmed();
    if (value->size() > kMaxFieldLength)
        return QStringLiteral("%1 is longer than %2 characters").arg(name).arg(kMaxFieldLength);
    return {};
}

QString readTimestamp(const QJsonValue &v, qint64 *ms)
{
    std::optional<qint64> parsed;
    if (v.isString())
        parsed = utc::parseTimestamp(v.toString().toUtf8());
    else if (v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() == std::floor(v.toDouble())
             && std::fabs(v.toDouble()) < 9.0e15)
        parsed = qint64(v.toDouble());
    if (!parsed)
        return v.isUndefined() || v.isNull()
                   ? QStringLiteral("timestamp is missing")
                   : QStringLiteral("timestamp is neither an ISO 8601 time with a zone nor epoch milliseconds");
    if (*parsed < 0 || *parsed >= kLatestTimestampMs)
        return QStringLiteral("timestamp is outside 1970–2109");
    *ms = *parsed;
    return {};
}

QString readDecision(const QJsonObject &o, bool *allowed)
{
    const QString decision = o.value(QStringLiteral("decision")).toString().trimmed().toLower();
    if (decision == QLatin1String("allow") || decision == QLatin1String("deny")) {
        *allowed = decision == QLatin1String("allow");
        return {};
    }
    if (decision.isEmpty())
        return QStringLiteral("decision is missing; it must be allow or deny");
    return QStringLiteral("decision '%1' is neither allow nor deny").arg(decision.left(40));
}

QString readStatus(const QJsonValue &v, std::optional<int> *status)
{
    if (v.isUndefined() || v.isNull())
        return {};
    const double code = v.toDouble(-1);
    if (!v.isDouble() || code != std::floor(code) || code < 100 || code > 599)
        return QStringLiteral("status must be an HTTP status code from 100 to 599");
    *status = int(code);
    return {};
}

QString readFields(const QJsonObject &o, AccessEvent *e)
{
    const std::pair<const char *, QString *> texts[] = {
        {"request_id", &e->requestId}, {"tenant", &e->tenant},     {"key_id", &e->keyId},         {"principal", &e->principal},
        {"action", &e->action},        {"route", &e->route},       {"provider", &e->provider},    {"model", &e->model},
        {"policy", &e->policy},        {"reason", &e->reason},     {"data_region", &e->dataRegion}};
    for (const auto &[name, value] : texts) {
        if (const QString why = readText(o, QString::fromLatin1(name), value); !why.isEmpty())
            return why;
    }
    if (e->requestId.isEmpty())
        return QStringLiteral("request_id is missing");
    if (e->action.isEmpty())
        return QStringLiteral("action is missing");
    if (QString why = readTimestamp(o.value(QStringLiteral("timestamp")), &e->timestampMs); !why.isEmpty())
        return why;
    if (QString why = readDecision(o, &e->allowed); !why.isEmpty())
        return why;
    return readStatus(o.value(QStringLiteral("status")), &e->status);
}

} // namespace

QString readAccessLogLine(const QByteArray &line, AccessEvent *event)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (!doc.isObject())
        return error.error != QJsonParseError::NoError
                   ? QStringLiteral("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset)
                   : QStringLiteral("not a JSON object");
    AccessEvent e;
    if (QString why = readFields(doc.object(), &e); !why.isEmpty())
        return why;
    e.keyId = QString::fromUtf8(maskApiKey(e.keyId.toUtf8()));
    *event = e;
    return {};
}

} // namespace costline
