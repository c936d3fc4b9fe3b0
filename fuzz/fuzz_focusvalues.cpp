// One cell of a FOCUS export, whatever its bytes, read as a date-time, an amount and a null.
#include "fuzzinput.h"
#include "importers/focusvalues.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray cell = costline::fuzz::bytesOf(data, size);
    costline::isFocusNull(cell);
    costline::parseFocusTime(cell);
    if (const auto amount = costline::parseFocusMoney(cell)) {
        // The parts agree in sign and the rest stays below a nano-dollar.
        if ((amount->nano > 0 && amount->subNano < 0) || (amount->nano < 0 && amount->subNano > 0)
            || amount->subNano >= 1'000'000'000 || amount->subNano <= -1'000'000'000)
            __builtin_trap();
    }
    return 0;
}
