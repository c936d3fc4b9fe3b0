#pragma once

#include "core/usageevent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace costline {

// Reads one OTLP/JSON span (numbers already quoted, see quoteJsonNumbers) into an event.
// Returns false for a span that carries no GenAI usage (not an error); *reason is set
// when the span is a GenAI span that cannot become an event.
bool readGenAiSpan(const QJsonObject &span, const QJsonArray &resourceAttributes, UsageEvent *event, QString *reason);

} // namespace costline
