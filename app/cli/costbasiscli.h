#pragma once

#include "cliapp.h"

#include <QJsonArray>

namespace costline {
class Workspace;
}

namespace costline::cli {

class CommandLine;

// `source set NAME --cost-basis BASIS`: moves a FOCUS source to another cost column.
int setSourceCostBasis(CommandLine &cl, const QStringList &positional, Io io);

// [{"source":"aws","basis":"effective","column":"EffectiveCost"}] for every FOCUS source:
// what `summary` and the other money outputs say they counted.
QJsonArray costBasisJson(Workspace &workspace);
// "cost basis: aws EffectiveCost; azure BilledCost", or "" without FOCUS sources.
QString costBasisLine(Workspace &workspace);

} // namespace costline::cli
