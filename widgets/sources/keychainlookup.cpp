#include "keychainlookup.h"

#include "credentials/keystore.h"

namespace costline {

KeyLookup keychainLookup()
{
    return [store = KeyStore()](const SourceConfig &c, QString *why) { return lookupSourceKey(store, c.name, c.apiKeyEnv, why); };
}

} // namespace costline
