#pragma once

#include "core/usageevent.h"
#include "otelspans.h"

#include <QList>
#include <QString>

namespace costline {

// The events a counted span becomes: its text tokens, keyed "trace:span"; and its audio
// input and output tokens, keyed "trace:span:audio_input" and "trace:span:audio_output",
// each a metered quantity in the unit "audio_input_tokens" / "audio_output_tokens" with no
// request of its own, so audio is never priced at the text rates. False with *reason when
// the span carries usage but cannot become an event (no ids, no time, no model, bad counts).
bool spanEvents(const OtelSpan &span, const OtelSpans &spans, QList<UsageEvent> *events, QString *reason);

} // namespace costline
