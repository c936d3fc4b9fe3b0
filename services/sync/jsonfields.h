#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace costline::json {

// Parses a response body: the error names the byte offset in the body as received.
// Numbers come back as strings holding their exact text.
std::optional<QJsonDocument> parseExact(const QByteArray &body, QString *error);

// A field as text ("" for null or missing); numbers are already text after parseExact.
QByteArray text(const QJsonObject &object, const QString &key);
// A whole count; null or missing is 0. False (and *error naming the key) otherwise.
bool count(const QJsonObject &object, const QString &key, qint64 *out, QString *error);
// A decimal that may carry more digits than nano precision (a float's text): rounded once,
// half away from zero, to `scale` fractional digits. nullopt when it is not a number.
std::optional<qint64> roundedDecimal(QByteArrayView text, int scale);
// The object as compact JSON text, for quarantine.
QByteArray raw(const QJsonObject &object);
// {"name":"value"} of the non-empty values, or empty when all are empty.
QByteArray labels(const QList<QPair<QString, QByteArray>> &pairs);

} // namespace costline::json
