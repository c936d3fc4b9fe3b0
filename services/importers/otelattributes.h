#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <optional>

namespace costline {

// The attributes of one span or resource, read from OTLP/JSON's
// [{key, value:{stringValue|intValue|doubleValue|boolValue|arrayValue|kvlistValue}}]
// with numbers already quoted (quoteJsonNumbers): an intValue is text either way.
class OtelAttributes final
{
public:
    OtelAttributes() = default;
    explicit OtelAttributes(const QJsonArray &list);

    bool isEmpty() const { return m_values.isEmpty(); }
    bool contains(const char *key) const;
    bool hasKeyStartingWith(const char *prefix) const;
    // The first non-empty text (or number's text) under the keys, in order.
    QByteArray text(std::initializer_list<const char *> keys) const;
    QByteArray text(const QString &key) const;
    // The whole count under the first key present; nullopt when none is. A value that is
    // not a non-negative whole number sets *bad to its key and gives nullopt.
    std::optional<qint64> count(std::initializer_list<const char *> keys, QString *bad) const;
    const QHash<QString, QJsonValue> &values() const { return m_values; }

private:
    QHash<QString, QJsonValue> m_values;
};

} // namespace costline
