// A usage CSV file, whatever its bytes, imported into a fresh workspace.
#include "fuzzinput.h"
#include "fuzzworkspace.h"
#include "importers/usagecsvimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    costline::fuzz::importCsv<costline::UsageCsvImporter>(costline::fuzz::bytesOf(data, size));
    return 0;
}
