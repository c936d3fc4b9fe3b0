#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

namespace costline::test {

// A seed for a randomised test: the value of `variable` when set, so a failure printed
// with its seed can be repeated, else a fresh one.
inline quint32 seedFromEnvironment(const char *variable)
{
    bool ok = false;
    const quint32 fromEnv = qEnvironmentVariable(variable).toUInt(&ok);
    return ok ? fromEnv : QRandomGenerator::global()->generate();
}

} // namespace costline::test
