// A FOCUS billing export, whatever its bytes, imported into a fresh workspace.
#include "fuzzinput.h"
#include "fuzzworkspace.h"
#include "importers/focusimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    costline::fuzz::importCsv<costline::FocusImporter>(costline::fuzz::bytesOf(data, size));
    return 0;
}
