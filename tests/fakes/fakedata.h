#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace costline::fakes {

// The fixtures every fake provider serves: kDays UTC days ending yesterday, so that a
// sync "now" always covers them. Values follow simple formulas of the day index, so the
// tests state their exact totals by hand (see the test files for the sums).
constexpr int kDays = 10;
constexpr int kRevisedFromDay = 8; // revision touches the last two days, inside the look-back

// Day number (days since 1970) of fixture day `index` (0 = the oldest).
qint64 fixtureDay(int index);

// A JSON number whose exact text must survive serialisation: stored as a marker string
// and turned into a bare number by toWireJson().
QString exactNumber(const QString &text);
QByteArray toWireJson(const QJsonObject &object);
QByteArray toWireJson(const QJsonArray &array);

// Results of one day, in the providers' documented shapes (templates read from the
// shared samples where the shape has one).
QList<QJsonObject> openAiUsageResults(const QString &endpoint, int day, bool revised);
QList<QJsonObject> openAiCostResults(int day, bool revised);
QList<QJsonObject> anthropicUsageResults(int day, bool revised);
QList<QJsonObject> anthropicCostResults(int day, bool revised);
QList<QJsonObject> gatewayItems(int day, bool revised);
QList<QJsonObject> liteLlmRows(int day, bool revised);

} // namespace costline::fakes
