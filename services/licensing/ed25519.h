#pragma once

#include <QByteArray>

#include <optional>

namespace costline::ed25519 {

constexpr int kPublicKeySize = 32;
constexpr int kSignatureSize = 64;

// True when `signature` is the Ed25519 signature of exactly `message` under the raw
// 32-byte public key.
bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

// Signs with a PEM (PKCS#8) Ed25519 private key; nullopt when the key is not one.
std::optional<QByteArray> sign(const QByteArray &privateKeyPem, const QByteArray &message);

// The raw public key of a PEM private key, to compile into a build.
std::optional<QByteArray> publicKeyOf(const QByteArray &privateKeyPem);

// A fresh key pair, PEM private key and raw public key (tests issue their own licences).
struct KeyPair
{
    QByteArray privateKeyPem;
    QByteArray publicKey;
};
std::optional<KeyPair> generate();

} // namespace costline::ed25519
