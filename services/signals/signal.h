#pragma once

#include "core/dimension.h"

#include <QMap>
#include <QString>

#include <optional>

namespace costline {

// Something in the spend that needs an analyst's attention.
struct Signal
{
    enum class Kind { Anomaly, Budget, PricingGap, MissingAttribution, MixShift, Mismatch, StaleWork, RunawayCost };
    enum class State { New, Acknowledged, Resolved, Dismissed };

    QString id; // stable across runs: kind, scope and the day the finding started
    Kind kind = Kind::Anomaly;
    QMap<QString, QString> scope; // {"tenant":"acme"}
    qint64 day = 0;               // UTC day the finding starts
    qint64 lastDay = 0;           // last day it covers
    qint64 currentNano = 0;
    qint64 baselineNano = 0;
    double deviationPct = 0;
    qint64 moneyAtStakeNano = 0;
    qint64 detectedAtMs = 0; // first detection, kept across runs
    QString explanation;
    QString nextAction;
    State state = State::New;
    QString note;

    // Sets id from kind, scope and day.
    void assignId();
};

QString kindName(Signal::Kind kind);
// "tenant globex, model gpt-4o": what a signal is about, the tenant first as an analyst
// names a tenant's spend; "all spend" for an empty scope.
QString scopeText(const QMap<QString, QString> &scope);
QString stateName(Signal::State state);
std::optional<Signal::State> stateFromName(const QString &name);

} // namespace costline
