#include "jsonfields.h"

#include "core/decimal.h"
#include "core/jsonnumbers.h"
#include "core/roundeddecimal.h"

#include <QJsonArray>
#include <QJsonParseError>

namespace costline::json {

std::optional<QJsonDocument> parseExact(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    // Parse the body as received first so that the offset points into what the server sent.
    const QJsonDocument plain = QJsonDocument::fromJson(body, &parseError);
    if (plain.isNull()) {
        *error = QStringLiteral("malformed JSON at byte %1 of %2 (%3)")
                     .arg(parseError.offset)
                     .arg(body.size())
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    return QJsonDocument::fromJson(quoteJsonNumbers(body));
}

QByteArray text(const QJsonObject &object, const QString &key)
{
    const QJsonValue v = object.value(key);
    if (v.isString())
        return v.toString().toUtf8();
    if (v.isBool())
        return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    return {};
}

bool count(const QJsonObject &object, const QString &key, qint64 *out, QString *error)
{
    const QJsonValue v = object.value(key);
    if (v.isNull() || v.isUndefined()) {
        *out = 0;
        return true;
    }
    QByteArray t = v.toString().toUtf8();
    // "1200.0" is a whole count too; anything with a real fraction is not.
    if (const qsizetype dot = t.indexOf('.'); dot > 0 && t.mid(dot + 1).count('0') == t.size() - dot - 1)
        t.truncate(dot);
    if (v.isString() && parseCount(t, out))
        return true;
    *error = QStringLiteral("%1 is not a whole count of 0 or more").arg(key);
    return false;
}

std::optional<qint64> roundedDecimal(QByteArrayView text, int scale)
{
    return parseRoundedDecimal(text, scale);
}

QByteArray raw(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray labels(const QList<QPair<QString, QByteArray>> &pairs)
{
    QJsonObject object;
    for (const auto &[name, value] : pairs) {
        if (!value.isEmpty())
            object.insert(name, QString::fromUtf8(value));
    }
    return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace costline::json
