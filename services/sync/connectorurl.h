#pragma once

#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace costline {

// base + path + query, where a base that already ends in the path's first segment
// ("https://proxy.example/v1") does not repeat it.
QUrl endpointUrl(const QUrl &base, const QString &path, const QUrlQuery &query);

} // namespace costline
