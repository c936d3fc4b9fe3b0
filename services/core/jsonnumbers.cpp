#include "jsonnumbers.h"

namespace costline {
namespace {

bool startsNumber(char c)
{
    return c == '-' || (c >= '0' && c <= '9');
}

bool inNumber(char c)
{
    return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
}

} // namespace

QByteArray quoteJsonNumbers(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 8);
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        if (c == '"') {
            // Copy a string verbatim, escapes included.
            const qsizetype start = i++;
            while (i < n && json[i] != '"')
                i += json[i] == '\\' ? 2 : 1;
            out.append(json.constData() + start, qMin(i, n - 1) - start + 1);
        } else if (startsNumber(c)) {
            const qsizetype start = i;
            while (i + 1 < n && inNumber(json[i + 1]))
                ++i;
            out.append('"').append(json.constData() + start, i - start + 1).append('"');
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace costline
