// A page of the OpenAI organization usage and costs API, whatever its bytes.
#include "connectorpage.h"
#include "fuzzinput.h"
#include "sync/openaiconnector.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const costline::OpenAiConnector connector(QUrl(QStringLiteral("https://api.invalid")), "key");
    costline::fuzz::readPageAsEveryEndpoint(connector, costline::fuzz::bytesOf(data, size));
    return 0;
}
