// An OTLP/JSON trace export (one request, or one per line), whatever its bytes, imported
// into a fresh workspace.
#include "fuzzinput.h"
#include "fuzzworkspace.h"
#include "importers/otelimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto workspace = costline::fuzz::openWorkspace();
    costline::OtelImporter(*workspace).importData(costline::fuzz::bytesOf(data, size), QStringLiteral("fuzz.json"), {});
    costline::fuzz::checkTotals(*workspace);
    return 0;
}
