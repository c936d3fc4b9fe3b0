#include "fakepages.h"

#include "core/utctime.h"
#include "fakedata.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace costline::fakes {
namespace {

// Fixture days whose start lies in [startMs, endMs).
QList<int> daysIn(qint64 startMs, qint64 endMs)
{
    QList<int> days;
    for (int d = 0; d < kDays; ++d) {
        const qint64 ms = fixtureDay(d) * kMsPerDay;
        if (ms >= startMs && ms < endMs)
            days << d;
    }
    return days;
}

// Cursor tokens look like the real ones: opaque base64.
QString pageToken(int offset)
{
    return QStringLiteral("page_") + QString::fromLatin1(QByteArray::number(offset).toBase64());
}

int pageOffset(const QString &token)
{
    return token.isEmpty() ? 0 : QByteArray::fromBase64(token.mid(5).toLatin1()).toInt();
}

qint64 rfc3339Ms(const QString &text)
{
    return utc::parseTimestamp(text.toUtf8()).value_or(0);
}

} // namespace

QByteArray openAiPage(const QString &endpoint, const QUrlQuery &query, int pageSize, bool revised)
{
    const QList<int> days = daysIn(query.queryItemValue(QStringLiteral("start_time")).toLongLong() * 1000,
                                   query.queryItemValue(QStringLiteral("end_time")).toLongLong() * 1000);
    const int limit = qMin(pageSize, qMax(1, query.queryItemValue(QStringLiteral("limit")).toInt()));
    const int offset = pageOffset(query.queryItemValue(QStringLiteral("page")));
    QJsonArray data;
    for (int i = offset; i < days.size() && i < offset + limit; ++i) {
        const qint64 start = fixtureDay(days[i]) * 86'400;
        QJsonArray results;
        const QList<QJsonObject> rows = endpoint == QLatin1String("costs") ? openAiCostResults(days[i], revised)
                                                                           : openAiUsageResults(endpoint, days[i], revised);
        for (const QJsonObject &r : rows)
            results.append(r);
        data.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("bucket")}, {QStringLiteral("start_time"), start},
                                {QStringLiteral("end_time"), start + 86'400}, {QStringLiteral("results"), results}});
    }
    const bool more = offset + limit < days.size();
    return toWireJson(QJsonObject{{QStringLiteral("object"), QStringLiteral("page")}, {QStringLiteral("data"), data},
                                  {QStringLiteral("has_more"), more},
                                  {QStringLiteral("next_page"), more ? QJsonValue(pageToken(offset + limit)) : QJsonValue()}});
}

QByteArray anthropicPage(const QString &endpoint, const QUrlQuery &query, int pageSize, bool revised)
{
    const QList<int> days = daysIn(rfc3339Ms(query.queryItemValue(QStringLiteral("starting_at"))),
                                   rfc3339Ms(query.queryItemValue(QStringLiteral("ending_at"))));
    const int limit = qMin(pageSize, qMax(1, query.queryItemValue(QStringLiteral("limit")).toInt()));
    const int offset = pageOffset(query.queryItemValue(QStringLiteral("page")));
    QJsonArray data;
    for (int i = offset; i < days.size() && i < offset + limit; ++i) {
        QJsonArray results;
        const QList<QJsonObject> rows = endpoint == QLatin1String("cost_report") ? anthropicCostResults(days[i], revised)
                                                                                 : anthropicUsageResults(days[i], revised);
        for (const QJsonObject &r : rows)
            results.append(r);
        data.append(QJsonObject{{QStringLiteral("starting_at"), QString(utc::formatDate(fixtureDay(days[i])) + QStringLiteral("T00:00:00Z"))},
                                {QStringLiteral("ending_at"), QString(utc::formatDate(fixtureDay(days[i]) + 1) + QStringLiteral("T00:00:00Z"))},
                                {QStringLiteral("results"), results}});
    }
    const bool more = offset + limit < days.size();
    return toWireJson(QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("has_more"), more},
                                  {QStringLiteral("next_page"), more ? QJsonValue(pageToken(offset + limit)) : QJsonValue()}});
}

QByteArray gatewayPage(const QUrlQuery &query, int pageSize, bool revised)
{
    const qint64 from = rfc3339Ms(query.queryItemValue(QStringLiteral("from")));
    const qint64 to = rfc3339Ms(query.queryItemValue(QStringLiteral("to")));
    QList<QJsonObject> items;
    for (int d = 0; d < kDays; ++d) {
        for (const QJsonObject &item : gatewayItems(d, revised)) {
            const qint64 ts = rfc3339Ms(item.value(QStringLiteral("timestamp")).toString());
            if (ts >= from && ts < to)
                items << item;
        }
    }
    // Newest first, as the gateway serves it.
    std::reverse(items.begin(), items.end());
    const int size = qMin(pageSize, qMax(1, query.queryItemValue(QStringLiteral("size")).toInt()));
    const int page = query.queryItemValue(QStringLiteral("page")).toInt();
    QJsonArray out;
    for (qsizetype i = qsizetype(page) * size; i < items.size() && i < qsizetype(page + 1) * size; ++i)
        out.append(items[i]);
    return toWireJson(QJsonObject{{QStringLiteral("items"), out}, {QStringLiteral("page"), page},
                                  {QStringLiteral("size"), size}, {QStringLiteral("total"), qint64(items.size())}});
}

QByteArray liteLlmPage(const QUrlQuery &query, bool revised)
{
    const auto start = utc::parseDate(query.queryItemValue(QStringLiteral("start_date")).toUtf8());
    const auto end = utc::parseDate(query.queryItemValue(QStringLiteral("end_date")).toUtf8());
    QJsonArray rows;
    for (int d = 0; d < kDays; ++d) {
        // Serve [start, end] inclusive, the wider reading of end_date, to prove the
        // connector keeps only the day it asked for.
        if (start && end && fixtureDay(d) >= *start && fixtureDay(d) <= *end) {
            for (const QJsonObject &row : liteLlmRows(d, revised))
                rows.append(row);
        }
    }
    return toWireJson(rows);
}

} // namespace costline::fakes
