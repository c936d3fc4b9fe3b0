#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace costline {

class Workspace;

// A model that has usage but no price: its events count in tokens and requests and show
// as unpriced, and here is what they may cost.
struct PricingGap
{
    QString provider;
    QString model;
    qint64 events = 0;
    qint64 tokens = 0; // input + output
    qint64 firstDay = 0;
    qint64 lastDay = 0;
    // Tokens × the provider's average priced cost per token (all providers' when the
    // provider has no priced usage); nullopt when nothing is priced at all.
    std::optional<qint64> estimatedCostNano;
};

// Reads the pricing gaps from the rollups, largest estimate first.
QList<PricingGap> findPricingGaps(Workspace &workspace, std::optional<qint64> fromDay = std::nullopt,
                                  std::optional<qint64> toDay = std::nullopt);

} // namespace costline
