#pragma once

#include "retrypolicy.h"
#include "sourceconfig.h"

#include <QString>

namespace costline {

struct ConnectionCheck
{
    bool ok = false;
    QString message; // what happened, in words; never the key
};

// "Test connection": asks the source's first endpoint for the last day once, without
// retries and without writing anything, and says whether the key and address work.
// Blocks: run it off the UI thread.
ConnectionCheck checkConnection(const SourceConfig &config, const QByteArray &apiKey, qint64 timeoutMs = 15'000);

} // namespace costline
