// A page of the Anthropic Admin API usage and cost reports, whatever its bytes.
#include "connectorpage.h"
#include "fuzzinput.h"
#include "sync/anthropicconnector.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const costline::AnthropicConnector connector(QUrl(QStringLiteral("https://api.invalid")), "key");
    costline::fuzz::readPageAsEveryEndpoint(connector, costline::fuzz::bytesOf(data, size));
    return 0;
}
