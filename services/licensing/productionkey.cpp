#include "licenceverifier.h"

namespace costline {
namespace {

// The public half of the production signing key. The private half is kept by whoever
// issues licences, outside this repository (see docs/licensing.md); replacing it means
// replacing these bytes and reissuing every licence.
constexpr unsigned char kProductionKey[] = {
    0x89, 0xb6, 0x93, 0x03, 0x83, 0xbc, 0xaf, 0xa3, 0xa7, 0x2b, 0x80, 0xb5, 0xfa, 0x87, 0xc7, 0x99,
    0x32, 0xf5, 0x81, 0x57, 0x9f, 0xf4, 0x06, 0xf0, 0xf7, 0xef, 0xda, 0x5b, 0x67, 0xb8, 0x25, 0x2b,
};

} // namespace

LicenceVerifier LicenceVerifier::production()
{
    return LicenceVerifier(QByteArray(reinterpret_cast<const char *>(kProductionKey), sizeof kProductionKey));
}

} // namespace costline
