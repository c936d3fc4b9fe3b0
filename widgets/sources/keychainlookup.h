#pragma once

#include "sync/syncrunner.h"

namespace costline {

// Keys for a sync run: the source's environment variable where set, else the OS keychain.
KeyLookup keychainLookup();

} // namespace costline
