#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace pd::payments {

// One RSA key from PEM text (a PKCS#8 or PKCS#1 private key, a public key, or an X.509
// certificate whose public key is used), for SHA256withRSA (RSASSA-PKCS1-v1_5) signing and
// verification through OpenSSL: the one algorithm Alipay RSA2 and WeChat Pay v3 share.
class RsaKey
{
public:
    RsaKey();
    ~RsaKey();
    RsaKey(RsaKey&&) noexcept;
    RsaKey& operator=(RsaKey&&) noexcept;

    // Parses PEM; on failure the key is null and *error holds a sentence for people. Bare
    // Base64 (as gateway consoles hand out keys) is accepted and wrapped.
    static RsaKey fromPrivatePem(const QByteArray& pem, QString* error = nullptr);
    static RsaKey fromPublicPem(const QByteArray& pem, QString* error = nullptr);

    bool isNull() const { return !m_key; }
    bool isPrivate() const { return m_private; }
    int bits() const;

    // Base64 of the signature of `data`; empty on failure.
    QByteArray signSha256Base64(const QByteArray& data) const;
    // Whether `signatureBase64` is a valid signature of `data` by this key.
    bool verifySha256Base64(const QByteArray& data, const QByteArray& signatureBase64) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_key;
    bool m_private = false;
};

} // namespace pd::payments
