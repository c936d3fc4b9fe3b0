#pragma once

#include "core/usagetotals.h"

#include <QJsonObject>
#include <QStringList>

namespace costline::cli {

// Names of the totals' fields as the CLI prints them, in column order.
QStringList totalsColumnNames();
// The totals' values as text: money as exact decimals, counts as integers.
QStringList totalsCells(const UsageTotals &totals);
// The totals as JSON: money as exact decimal strings, counts as numbers.
QJsonObject totalsJson(const UsageTotals &totals);

} // namespace costline::cli
