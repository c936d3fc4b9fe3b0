#pragma once

#include "driversquery.h"

#include <QByteArray>

namespace costline {

// The Cost drivers table as CSV in the C locale, with the columns of
// `costline-cli drivers --format csv`: money as exact decimals with 9 fractional digits,
// percentages with one decimal (empty where there was no previous cost).
QByteArray driversCsv(const DriversResult &result);

} // namespace costline
