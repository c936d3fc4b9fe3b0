#pragma once

#include <QByteArray>
#include <QUrlQuery>

namespace costline::fakes {

// Bodies of the fake endpoints for a request's query; revised switches the last days.
QByteArray openAiPage(const QString &endpoint, const QUrlQuery &query, int pageSize, bool revised);
QByteArray anthropicPage(const QString &endpoint, const QUrlQuery &query, int pageSize, bool revised);
QByteArray gatewayPage(const QUrlQuery &query, int pageSize, bool revised);
QByteArray liteLlmPage(const QUrlQuery &query, bool revised);

} // namespace costline::fakes
