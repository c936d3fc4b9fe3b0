#pragma once

#include "sync/connector.h"

#include <QByteArray>

namespace costline::fuzz {

// What a sync does with one page body: parse it with exact numbers, read it as each of
// the connector's endpoints, and check every event the way the ingest session will.
void readPageAsEveryEndpoint(const Connector &connector, const QByteArray &body);

} // namespace costline::fuzz
