#include "otelattributes.h"

#include "core/decimal.h"

#include <QJsonObject>

namespace costline {

OtelAttributes::OtelAttributes(const QJsonArray &list)
{
    for (const QJsonValue &a : list) {
        const QJsonObject o = a.toObject();
        const QJsonObject v = o.value(QLatin1String("value")).toObject();
        m_values.insert(o.value(QLatin1String("key")).toString(), v.isEmpty() ? QJsonValue() : *v.begin());
    }
}

bool OtelAttributes::contains(const char *key) const
{
    return m_values.contains(QLatin1String(key));
}

bool OtelAttributes::hasKeyStartingWith(const char *prefix) const
{
    const QLatin1String p(prefix);
    for (auto it = m_values.keyBegin(); it != m_values.keyEnd(); ++it) {
        if (it->startsWith(p))
            return true;
    }
    return false;
}

QByteArray OtelAttributes::text(const QString &key) const
{
    return m_values.value(key).toString().trimmed().toUtf8();
}

QByteArray OtelAttributes::text(std::initializer_list<const char *> keys) const
{
    for (const char *key : keys) {
        if (QByteArray value = text(QString::fromLatin1(key)); !value.isEmpty())
            return value;
    }
    return {};
}

std::optional<qint64> OtelAttributes::count(std::initializer_list<const char *> keys, QString *bad) const
{
    for (const char *key : keys) {
        const QJsonValue v = m_values.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        qint64 n = 0;
        if (!parseCount(v.toString().toUtf8(), &n)) {
            *bad = QString::fromLatin1(key);
            return std::nullopt;
        }
        return n;
    }
    return std::nullopt;
}

} // namespace costline
