#include "payments/RsaKey.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace pd::payments {

struct RsaKey::Impl
{
    EVP_PKEY* pkey = nullptr;
    ~Impl() { EVP_PKEY_free(pkey); }
};

namespace {

// Keys pasted from a gateway console are often bare Base64 without the PEM armour.
QByteArray armoured(const QByteArray& text, const char* label)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith("-----BEGIN"))
        return trimmed + '\n';
    QByteArray body;
    const QByteArray compact =
        QByteArray(trimmed).replace('\n', "").replace('\r', "").replace(' ', "");
    for (qsizetype i = 0; i < compact.size(); i += 64)
        body += compact.mid(i, 64) + '\n';
    return QByteArray("-----BEGIN ") + label + "-----\n" + body + "-----END " + label + "-----\n";
}

EVP_PKEY* readPem(const QByteArray& pem, bool privateKey)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY* key = nullptr;
    if (privateKey) {
        key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    } else {
        key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
        if (!key) {
            (void)BIO_reset(bio);
            if (X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
                key = X509_get_pubkey(cert);
                X509_free(cert);
            }
        }
    }
    BIO_free(bio);
    if (key && EVP_PKEY_base_id(key) != EVP_PKEY_RSA) {
        EVP_PKEY_free(key);
        key = nullptr;
    }
    return key;
}

} // namespace

RsaKey::RsaKey() = default;
RsaKey::~RsaKey() = default;
RsaKey::RsaKey(RsaKey&&) noexcept = default;
RsaKey& RsaKey::operator=(RsaKey&&) noexcept = default;

RsaKey RsaKey::fromPrivatePem(const QByteArray& pem, QString* error)
{
    RsaKey key;
    if (pem.trimmed().isEmpty()) {
        if (error)
            *error =
                QCoreApplication::translate("pd::payments::RsaKey", "No private key was given.");
        return key;
    }
    EVP_PKEY* pkey = readPem(pem, true);
    if (!pkey && !pem.trimmed().startsWith("-----BEGIN"))
        pkey = readPem(armoured(pem, "PRIVATE KEY"), true);
    if (!pkey) {
        if (error)
            *error = QCoreApplication::translate(
                "pd::payments::RsaKey",
                "The private key is not an RSA private key in PEM (PKCS#8 or PKCS#1). Paste the "
                "whole key, including the BEGIN and END lines, as the gateway's key tool made it.");
        return key;
    }
    key.m_key = std::make_unique<Impl>();
    key.m_key->pkey = pkey;
    key.m_private = true;
    if (key.bits() < 2048) {
        if (error)
            *error = QCoreApplication::translate(
                         "pd::payments::RsaKey",
                         "The private key has %1 bits; the gateways require RSA keys of at least "
                         "2048 bits. Make a new key with the gateway's key tool.")
                         .arg(key.bits());
        return RsaKey();
    }
    return key;
}

RsaKey RsaKey::fromPublicPem(const QByteArray& pem, QString* error)
{
    RsaKey key;
    if (pem.trimmed().isEmpty()) {
        if (error)
            *error =
                QCoreApplication::translate("pd::payments::RsaKey", "No public key was given.");
        return key;
    }
    EVP_PKEY* pkey = readPem(pem, false);
    if (!pkey && !pem.trimmed().startsWith("-----BEGIN"))
        pkey = readPem(armoured(pem, "PUBLIC KEY"), false);
    if (!pkey) {
        if (error)
            *error = QCoreApplication::translate(
                "pd::payments::RsaKey",
                "The gateway's public key is neither an RSA public key nor a certificate in PEM. "
                "Copy it again from the gateway's console, including the BEGIN and END lines.");
        return key;
    }
    key.m_key = std::make_unique<Impl>();
    key.m_key->pkey = pkey;
    return key;
}

int RsaKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key->pkey) : 0;
}

QByteArray RsaKey::signSha256Base64(const QByteArray& data) const
{
    if (!m_key || !m_private)
        return {};
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    QByteArray signature;
    size_t length = 0;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1 &&
        EVP_DigestSign(ctx, nullptr, &length,
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       size_t(data.size())) == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(signature.data()), &length,
                           reinterpret_cast<const unsigned char*>(data.constData()),
                           size_t(data.size())) == 1)
            signature.resize(qsizetype(length));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(ctx);
    return signature.toBase64();
}

bool RsaKey::verifySha256Base64(const QByteArray& data, const QByteArray& signatureBase64) const
{
    if (!m_key || signatureBase64.isEmpty())
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(signatureBase64.trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QByteArray& signature = *decoded;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok =
        EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char*>(data.constData()),
                         size_t(data.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

} // namespace pd::payments
