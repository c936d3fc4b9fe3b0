#include "retrypolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

namespace costline {

qint64 RetryPolicy::backoffMs(int attempt) const
{
    const int doublings = qBound(0, attempt - 2, 20);
    const qint64 ceiling = qMin(maxDelayMs, baseDelayMs << doublings);
    if (ceiling <= 1)
        return ceiling;
    return ceiling / 2 + qint64(QRandomGenerator::global()->bounded(quint64(ceiling / 2 + 1)));
}

std::optional<qint64> parseRetryAfter(QByteArrayView value, qint64 nowMs)
{
    const QByteArray text = value.trimmed().toByteArray();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // An HTTP date (RFC 9110 IMF-fixdate) is always GMT, in English.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    when.setTimeSpec(Qt::UTC);
    if (!when.isValid())
        return std::nullopt;
    return qMax<qint64>(0, when.toMSecsSinceEpoch() - nowMs);
}

} // namespace costline
