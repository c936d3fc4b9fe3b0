#include "connectorurl.h"

namespace costline {

QUrl endpointUrl(const QUrl &base, const QString &path, const QUrlQuery &query)
{
    QUrl url(base);
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    QString tail = path;
    const qsizetype second = path.indexOf(QLatin1Char('/'), 1);
    if (second > 0 && basePath.endsWith(path.left(second)))
        tail = path.mid(second);
    url.setPath(basePath + tail);
    url.setQuery(query);
    return url;
}

} // namespace costline
