#pragma once

#include <QtGlobal>

namespace costline {

// SplitMix64: a small generator whose output is fixed by its definition, so a seed gives
// the same workspace on every machine and compiler (std:: distributions do not promise that).
class DemoRandom final
{
public:
    explicit DemoRandom(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound).
    quint64 below(quint64 bound) { return bound == 0 ? 0 : next() % bound; }
    // Uniform in [0, 1) with 53 bits; only used for shaping token counts, never money.
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }

private:
    quint64 m_state;
};

} // namespace costline
