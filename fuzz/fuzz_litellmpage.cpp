// A day of LiteLLM proxy spend logs, whatever its bytes.
#include "connectorpage.h"
#include "fuzzinput.h"
#include "sync/litellmconnector.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const costline::LiteLlmConnector connector(QUrl(QStringLiteral("https://api.invalid")), "key");
    costline::fuzz::readPageAsEveryEndpoint(connector, costline::fuzz::bytesOf(data, size));
    return 0;
}
