#include "oteltokens.h"

namespace costline {
namespace {

// Takes audio out of the text counts; false when the counts leave no room for it.
bool separateAudio(CallTokens *t, QString *reason)
{
    if (t->audioInput > t->input - t->cachedInput - t->cacheWrite) {
        *reason = QStringLiteral("the prompt's %1 tokens cannot hold its %2 audio tokens besides %3 cached ones")
                      .arg(t->input)
                      .arg(t->audioInput)
                      .arg(t->cachedInput + t->cacheWrite);
        return false;
    }
    if (t->audioOutput > t->output - t->reasoning) {
        *reason = QStringLiteral("the completion's %1 tokens cannot hold its %2 audio tokens besides %3 reasoning ones")
                      .arg(t->output)
                      .arg(t->audioOutput)
                      .arg(t->reasoning);
        return false;
    }
    t->input -= t->audioInput;
    t->output -= t->audioOutput;
    return true;
}

} // namespace

std::optional<CallTokens> callTokens(const SpanUsage &u, QString *reason)
{
    if (!u.badCount.isEmpty()) {
        *reason = QStringLiteral("%1 is not a whole count").arg(u.badCount);
        return std::nullopt;
    }
    if (!u.input && !u.output) {
        *reason = u.total ? QStringLiteral("the span gives only a total of %1 tokens; input and output cannot be told apart")
                                .arg(*u.total)
                          : QStringLiteral("the span gives no input or output token count");
        return std::nullopt;
    }
    CallTokens t;
    t.input = u.input.value_or(0);
    t.output = u.output.value_or(0);
    t.cachedInput = u.cacheRead.value_or(0);
    t.cacheWrite = u.cacheWrite.value_or(0);
    t.reasoning = u.reasoning.value_or(0);
    t.audioInput = u.audioInput.value_or(0);
    t.audioOutput = u.audioOutput.value_or(0);
    if (t.cachedInput + t.cacheWrite > t.input) {
        t.cacheOutsidePrompt = t.cachedInput + t.cacheWrite;
        t.input += t.cacheOutsidePrompt;
    }
    if (t.reasoning > t.output)
        t.output += t.reasoning;
    if (u.input && u.output && u.total && *u.total > t.input + t.output) {
        t.outputOnlyInTotal = *u.total - t.input - t.output;
        t.output += t.outputOnlyInTotal;
        t.reasoning += t.outputOnlyInTotal;
    }
    if (!separateAudio(&t, reason))
        return std::nullopt;
    return t;
}

} // namespace costline
