#include "linepart.h"

#include <QRegularExpression>

namespace costline {
namespace {

bool hasWord(const QString &text, const char *pattern)
{
    return QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(QLatin1String(pattern)),
                              QRegularExpression::CaseInsensitiveOption)
        .match(text)
        .hasMatch();
}

// Token direction from words: "cached input", "cache read", "cache write", "input",
// "prompt", "reasoning", "output", "completion"; none of them: everything.
LineKind directionOf(const QString &text)
{
    if (hasWord(text, "cached|cache read|cache reads|cache hit"))
        return LineKind::CachedInput;
    if (hasWord(text, "cache write|cache writes|cache creation"))
        return LineKind::CacheWrite;
    if (hasWord(text, "reasoning|thinking"))
        return LineKind::Reasoning;
    if (hasWord(text, "input|prompt"))
        return LineKind::Input;
    if (hasWord(text, "output|completion|completions"))
        return LineKind::Output;
    return LineKind::All;
}

qint64 tokenMultiplier(const QString &unit)
{
    if (hasWord(unit, "1m|m|million|mtok|mtoks"))
        return 1'000'000;
    if (hasWord(unit, "1k|k|thousand|ktok|ktoks"))
        return 1'000;
    return 1;
}

} // namespace

bool kindCovers(LineKind kind, MeterPart part)
{
    switch (kind) {
    case LineKind::All:
        return true;
    case LineKind::Input:
        return part == MeterPart::UncachedInput || part == MeterPart::CacheRead || part == MeterPart::CacheWrite;
    case LineKind::CachedInput:
        return part == MeterPart::CacheRead;
    case LineKind::CacheWrite:
        return part == MeterPart::CacheWrite;
    case LineKind::Output:
        return part == MeterPart::PlainOutput || part == MeterPart::Reasoning;
    case LineKind::Reasoning:
        return part == MeterPart::Reasoning;
    case LineKind::Requests:
        return part == MeterPart::Requests;
    case LineKind::Metered:
        return part == MeterPart::Metered;
    }
    return false;
}

int kindSpecificity(LineKind kind)
{
    switch (kind) {
    case LineKind::All:
        return 0;
    case LineKind::Input:
    case LineKind::Output:
    case LineKind::Requests:
    case LineKind::Metered:
        return 1;
    case LineKind::CachedInput:
    case LineKind::CacheWrite:
    case LineKind::Reasoning:
        return 2;
    }
    return 0;
}

QString kindName(LineKind kind)
{
    switch (kind) {
    case LineKind::All:
        return QStringLiteral("all usage");
    case LineKind::Input:
        return QStringLiteral("input tokens");
    case LineKind::CachedInput:
        return QStringLiteral("cached input tokens");
    case LineKind::CacheWrite:
        return QStringLiteral("cache write tokens");
    case LineKind::Output:
        return QStringLiteral("output tokens");
    case LineKind::Reasoning:
        return QStringLiteral("reasoning tokens");
    case LineKind::Requests:
        return QStringLiteral("requests");
    case LineKind::Metered:
        return QStringLiteral("metered units");
    }
    return {};
}

LineUnit lineUnitFrom(const QString &unit, const QString &description)
{
    LineUnit u;
    const QString trimmed = unit.trimmed();
    if (trimmed.isEmpty()) {
        u.kind = directionOf(description);
        return u;
    }
    if (hasWord(trimmed, "tokens|token|tok|toks|mtok|mtoks|ktok|ktoks")) {
        u.tokens = true;
        u.multiplier = tokenMultiplier(trimmed);
        // "1M input tokens" says the direction itself; "tokens" leaves it to the description.
        u.kind = directionOf(trimmed);
        if (u.kind == LineKind::All)
            u.kind = directionOf(description);
        return u;
    }
    if (hasWord(trimmed, "requests|request|calls|call")) {
        u.kind = LineKind::Requests;
        return u;
    }
    u.kind = LineKind::Metered;
    u.meter = trimmed;
    return u;
}

bool unitCounts(const LineUnit &unit, MeterPart part)
{
    if (unit.tokens)
        return part <= MeterPart::Reasoning;
    if (unit.kind == LineKind::Requests)
        return part == MeterPart::Requests;
    if (unit.kind == LineKind::Metered)
        return part == MeterPart::Metered;
    return false;
}

} // namespace costline
