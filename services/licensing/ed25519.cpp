#include "ed25519.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace costline::ed25519 {
namespace {

struct Deleter
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
    void operator()(BIO *b) const { BIO_free(b); }
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
};
template <typename T>
using Ptr = std::unique_ptr<T, Deleter>;

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

Ptr<EVP_PKEY> readPrivate(const QByteArray &pem)
{
    Ptr<BIO> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return nullptr;
    Ptr<EVP_PKEY> key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (key && EVP_PKEY_id(key.get()) != EVP_PKEY_ED25519)
        return nullptr;
    return key;
}

QByteArray rawPublic(EVP_PKEY *key)
{
    QByteArray out(kPublicKeySize, '\0');
    size_t size = out.size();
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(out.data()), &size) != 1)
        return {};
    return out;
}

} // namespace

bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != kPublicKeySize || signature.size() != kSignatureSize)
        return false;
    Ptr<EVP_PKEY> key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), publicKey.size()));
    Ptr<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    // Ed25519 is one-shot: the whole message in one call, no digest chosen.
    return EVP_DigestVerify(ctx.get(), bytes(signature), signature.size(), bytes(message), message.size()) == 1;
}

std::optional<QByteArray> sign(const QByteArray &privateKeyPem, const QByteArray &message)
{
    Ptr<EVP_PKEY> key = readPrivate(privateKeyPem);
    Ptr<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return std::nullopt;
    QByteArray signature(kSignatureSize, '\0');
    size_t size = signature.size();
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &size, bytes(message),
                       message.size()) != 1)
        return std::nullopt;
    return signature;
}

std::optional<QByteArray> publicKeyOf(const QByteArray &privateKeyPem)
{
    Ptr<EVP_PKEY> key = readPrivate(privateKeyPem);
    if (!key)
        return std::nullopt;
    const QByteArray raw = rawPublic(key.get());
    return raw.isEmpty() ? std::nullopt : std::optional(raw);
}

std::optional<KeyPair> generate()
{
    Ptr<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        return std::nullopt;
    Ptr<EVP_PKEY> key(raw);
    Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return std::nullopt;
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return KeyPair{QByteArray(data, int(size)), rawPublic(key.get())};
}

} // namespace costline::ed25519
