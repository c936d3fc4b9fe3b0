// LiteLLM's model price catalogue, whatever its bytes.
#include "fuzzinput.h"
#include "pricing/litellmcatalog.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    costline::parseLiteLlmCatalog(costline::fuzz::bytesOf(data, size), 0);
    return 0;
}
