// A licence file, whatever its bytes. The signature check stops almost every input, so
// the same bytes are also signed as a payload with the fuzzer's own key: that reaches the
// parsing of what a genuine licence carries.
#include "fuzzinput.h"
#include "licensing/ed25519.h"
#include "licensing/licenceverifier.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const costline::ed25519::KeyPair keys = costline::ed25519::generate().value();
    static const costline::LicenceVerifier verifier(keys.publicKey);
    const QDate today(2026, 6, 1);
    const QByteArray bytes = costline::fuzz::bytesOf(data, size);
    verifier.verify(bytes, today);
    if (const auto signature = costline::ed25519::sign(keys.privateKeyPem, bytes))
        verifier.verify(costline::LicenceVerifier::fileText(bytes, *signature), today);
    return 0;
}
