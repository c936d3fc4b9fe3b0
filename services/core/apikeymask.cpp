#include "apikeymask.h"

#include <QStringBuilder>

namespace costline {

QByteArray maskApiKey(const QByteArray &key)
{
    static const QByteArray kSecretPrefixes[] = {"sk-", "sk_", "rk-", "pk-", "AKIA", "AIza", "xai-"};
    if (key.contains("..."))
        return key; // already masked upstream
    bool secret = false;
    for (const QByteArray &prefix : kSecretPrefixes)
        secret = secret || (key.startsWith(prefix) && key.size() > 8);
    if (!secret)
        return key;
    const qsizetype dash = key.indexOf('-');
    const QByteArray prefix = key.left(dash > 0 && dash < 8 ? dash + 1 : 3);
    return prefix + QByteArrayLiteral("...") + key.right(4);
}

} // namespace costline
