#pragma once

#include <QString>

#include <array>

namespace costline {

// The metered parts one usage event is made of, each priced at its own rate (DESIGN §2):
// the input that was not cached, cache reads, cache writes, the output that was not
// reasoning, reasoning, the per-request fee, the other meter (GPU-seconds, images), and
// money with no quantity at all (a credit, a fee line).
enum class MeterPart { UncachedInput, CacheRead, CacheWrite, PlainOutput, Reasoning, Requests, Metered, Unmetered, Count };
constexpr int kMeterPartCount = int(MeterPart::Count);

// What an invoice line bills: everything of its events, or one part of them, as its unit
// or its description says ("gpt-4o input", "Cached input tokens", unit "1M output tokens").
enum class LineKind { All, Input, CachedInput, CacheWrite, Output, Reasoning, Requests, Metered };

bool kindCovers(LineKind kind, MeterPart part);
// How narrowly a kind picks parts: cached input is narrower than input, input than all.
int kindSpecificity(LineKind kind);
QString kindName(LineKind kind);

// How a line's quantity is counted: whole tokens, requests, or nano-units of a meter.
struct LineUnit
{
    LineKind kind = LineKind::All;
    bool tokens = false;   // the quantity counts tokens
    qint64 multiplier = 1; // tokens per unit: 1, 1 000 ("1K tokens"), 1 000 000 ("1M tokens")
    QString meter;         // the meter's unit name for LineKind::Metered

    bool operator==(const LineUnit &) const = default;
};

// Reads the kind from the unit where one is given ("tokens", "1M input tokens", "requests",
// "GPU-seconds"), else from the description's words; an empty unit counts no quantity.
LineUnit lineUnitFrom(const QString &unit, const QString &description);

// Whether a quantity in this part is counted in the unit's quantity.
bool unitCounts(const LineUnit &unit, MeterPart part);

} // namespace costline
