#include "connectorpage.h"

#include "sync/jsonfields.h"
#include "workspace/ingestsession.h"

namespace costline::fuzz {
namespace {

// January 2025, the window the committed seed pages fall into.
constexpr SyncWindow kWindow{1'735'689'600'000, 1'738'368'000'000};

} // namespace

void readPageAsEveryEndpoint(const Connector &connector, const QByteArray &body)
{
    QString error;
    const auto doc = json::parseExact(body, &error);
    if (!doc)
        return;
    for (const QString &endpoint : connector.endpoints()) {
        ParsedPage page;
        if (!connector.parse(endpoint, *doc, kWindow, QString(), &page, &error))
            continue;
        for (const UsageEvent &event : std::as_const(page.events))
            IngestSession::validate(event);
    }
}

} // namespace costline::fuzz
