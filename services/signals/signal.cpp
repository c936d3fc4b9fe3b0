#include "signal.h"

#include <QCryptographicHash>
#include <QStringList>

namespace costline {

void Signal::assignId()
{
    QByteArray key = kindName(kind).toUtf8() + '|' + QByteArray::number(day);
    for (auto it = scope.cbegin(); it != scope.cend(); ++it)
        key += '|' + it.key().toUtf8() + '=' + it.value().toUtf8();
    id = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(12));
}

QString scopeText(const QMap<QString, QString> &scope)
{
    QStringList parts;
    for (auto it = scope.cbegin(); it != scope.cend(); ++it) {
        const QString part = it.key() + QLatin1Char(' ') + (it.value().isEmpty() ? QStringLiteral("(none)") : it.value());
        it.key() == dimensionName(Dimension::Tenant) ? parts.prepend(part) : parts.append(part);
    }
    return parts.isEmpty() ? QStringLiteral("all spend") : parts.join(QStringLiteral(", "));
}

QString kindName(Signal::Kind kind)
{
    switch (kind) {
    case Signal::Kind::Anomaly:
        return QStringLiteral("anomaly");
    case Signal::Kind::Budget:
        return QStringLiteral("budget");
    case Signal::Kind::PricingGap:
        return QStringLiteral("pricing_gap");
    case Signal::Kind::MissingAttribution:
        return QStringLiteral("missing_attribution");
    case Signal::Kind::MixShift:
        return QStringLiteral("mix_shift");
    case Signal::Kind::Mismatch:
        return QStringLiteral("mismatch");
    case Signal::Kind::StaleWork:
        return QStringLiteral("stale_work");
    case Signal::Kind::RunawayCost:
        break;
    }
    return QStringLiteral("runaway_cost");
}

QString stateName(Signal::State state)
{
    switch (state) {
    case Signal::State::New:
        return QStringLiteral("new");
    case Signal::State::Acknowledged:
        return QStringLiteral("acknowledged");
    case Signal::State::Resolved:
        return QStringLiteral("resolved");
    case Signal::State::Dismissed:
        break;
    }
    return QStringLiteral("dismissed");
}

std::optional<Signal::State> stateFromName(const QString &name)
{
    for (const auto s : {Signal::State::New, Signal::State::Acknowledged, Signal::State::Resolved, Signal::State::Dismissed}) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace costline
