#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <optional>

namespace pd::payments {

// WeChat Pay's platform certificates in certificate mode: how they come out of
// GET /v3/certificates, and the one process-wide store that keeps them per merchant.
//
// The download is authenticated by AEAD_AES_256_GCM with the merchant's APIv3 key (a secret only
// the merchant and WeChat Pay share), not by TLS alone; the store backs itself with the settings
// file (GatewaySettings), since the certificates are public and a client is made per refund.
class WechatCertificates
{
public:
    // AEAD_AES_256_GCM as WeChat Pay uses it: key = the 32 bytes of the APIv3 key; IV = the raw
    // bytes of `nonce` (not Base64-decoded); AAD = `associatedData` (may be empty); `ciphertext`
    // is Base64 whose last 16 bytes are the tag. Nothing when the key, the tag or the Base64 is
    // wrong: a failed tag means the text is not WeChat Pay's (or the key is not this merchant's).
    static std::optional<QByteArray> decrypt(const QByteArray& apiV3Key, const QByteArray& nonce,
                                             const QByteArray& associatedData,
                                             const QByteArray& ciphertext);

    // The certificates of a /v3/certificates answer body: each one decrypted, parsed, its serial
    // compared with serial_no. A certificate that fails any of that makes the whole answer
    // untrusted (empty list, *why says why); one outside its validity period at `now` is only
    // left out. The answer's own signature is checked by the caller, with these certificates.
    static QList<QSslCertificate> fromAnswer(const QByteArray& body, const QByteArray& apiV3Key,
                                             const QDateTime& now, QString* why);

    // The serial in upper-case hex without separators or leading zeros, as WeChat Pay names it.
    static QString serialOf(const QSslCertificate& certificate);
    // Whether two hex serials are the same number, whatever their case and leading zeros.
    static bool sameSerial(const QString& a, const QString& b);
    static bool validAt(const QSslCertificate& certificate, const QDateTime& now);

    // The certificates downloaded for merchant `merchantId`, in this process or (first time) in
    // the settings file.
    static QList<QSslCertificate> known(const QString& merchantId);
    // Replaces them, in this process and in the settings file: a download lists every
    // certificate WeChat Pay still uses.
    static void remember(const QString& merchantId, const QList<QSslCertificate>& certificates);
};

} // namespace pd::payments
