#include "payments/WechatCertificates.h"

#include "payments/GatewaySettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <memory>

namespace pd::payments {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pd::payments::WechatCertificates", text);
}

constexpr qsizetype TagSize = 16;

// PEM text per merchant rather than QSslCertificate objects: a process-wide static outlives the
// TLS backend plugin that QSslCertificate's destructor would call into at exit.
struct Store
{
    QMutex mutex;
    QHash<QString, QByteArray> pemByMerchant;
};

Store& store()
{
    static Store s;
    return s;
}

QString normalisedHex(const QString& serial)
{
    QString s = serial.trimmed().remove(QLatin1Char(':')).toUpper();
    while (s.size() > 1 && s.startsWith(QLatin1Char('0')))
        s.remove(0, 1);
    return s;
}

} // namespace

std::optional<QByteArray> WechatCertificates::decrypt(const QByteArray& apiV3Key,
                                                      const QByteArray& nonce,
                                                      const QByteArray& associatedData,
                                                      const QByteArray& ciphertext)
{
    if (apiV3Key.size() != 32 || nonce.isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(ciphertext.trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < TagSize)
        return std::nullopt;
    const QByteArray& all = *decoded;
    const QByteArray data = all.left(all.size() - TagSize);
    QByteArray tag = all.right(TagSize);
    const std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                              &EVP_CIPHER_CTX_free);
    const auto bytes = [](const QByteArray& b) {
        return reinterpret_cast<const unsigned char*>(b.constData());
    };
    QByteArray plain(data.size() + TagSize, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(plain.data());
    int length = 0;
    int total = 0;
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) &&
              // The nonce is used as it is sent (12 characters), so set its length explicitly.
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr) &&
              EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(apiV3Key), bytes(nonce)) &&
              (associatedData.isEmpty() ||
               EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(associatedData),
                                 int(associatedData.size()))) &&
              EVP_DecryptUpdate(ctx.get(), out, &length, bytes(data), int(data.size()));
    total = length;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(TagSize), tag.data()) &&
         EVP_DecryptFinal_ex(ctx.get(), out + total, &length) > 0;
    if (!ok) {
        // Nothing of an unauthenticated text is kept, and OpenSSL's error queue is left clean
        // for Qt's TLS code, which reads it.
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        ERR_clear_error();
        return std::nullopt;
    }
    total += length;
    plain.resize(total);
    return plain;
}

QList<QSslCertificate> WechatCertificates::fromAnswer(const QByteArray& body,
                                                      const QByteArray& apiV3Key,
                                                      const QDateTime& now, QString* why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QJsonArray data = doc.object().value(QStringLiteral("data")).toArray();
    if (error.error != QJsonParseError::NoError || data.isEmpty()) {
        *why = tr("the certificate list is not readable JSON or lists no certificate");
        return {};
    }
    QList<QSslCertificate> valid;
    for (const QJsonValue& value : data) {
        const QJsonObject item = value.toObject();
        const QString serial = item.value(QStringLiteral("serial_no")).toString();
        const QJsonObject encrypted = item.value(QStringLiteral("encrypt_certificate")).toObject();
        if (encrypted.value(QStringLiteral("algorithm")).toString() !=
            QLatin1String("AEAD_AES_256_GCM")) {
            *why = tr("certificate %1 is not encrypted with AEAD_AES_256_GCM").arg(serial);
            return {};
        }
        const auto pem =
            decrypt(apiV3Key, encrypted.value(QStringLiteral("nonce")).toString().toUtf8(),
                    encrypted.value(QStringLiteral("associated_data")).toString().toUtf8(),
                    encrypted.value(QStringLiteral("ciphertext")).toString().toUtf8());
        if (!pem) {
            *why = tr("certificate %1 cannot be decrypted with the APIv3 key: the key is not this "
                      "merchant's, or the list was altered")
                       .arg(serial);
            return {};
        }
        const QList<QSslCertificate> parsed = QSslCertificate::fromData(*pem, QSsl::Pem);
        if (parsed.size() != 1 || parsed.first().isNull()) {
            *why = tr("certificate %1 is not one PEM certificate").arg(serial);
            return {};
        }
        if (serial.isEmpty() || !sameSerial(serialOf(parsed.first()), serial)) {
            *why = tr("certificate %1 carries serial %2").arg(serial, serialOf(parsed.first()));
            return {};
        }
        // WeChat Pay lists the certificates it still uses; one not valid now verifies nothing.
        if (validAt(parsed.first(), now))
            valid << parsed.first();
    }
    if (valid.isEmpty())
        *why = tr("none of the listed certificates is valid at this computer's time");
    return valid;
}

QString WechatCertificates::serialOf(const QSslCertificate& certificate)
{
    return normalisedHex(QString::fromLatin1(certificate.serialNumber()));
}

bool WechatCertificates::sameSerial(const QString& a, const QString& b)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f:]+$"));
    if (hex.match(a.trimmed()).hasMatch() && hex.match(b.trimmed()).hasMatch())
        return normalisedHex(a) == normalisedHex(b);
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool WechatCertificates::validAt(const QSslCertificate& certificate, const QDateTime& now)
{
    return !certificate.isNull() && certificate.effectiveDate() <= now &&
           now <= certificate.expiryDate();
}

QList<QSslCertificate> WechatCertificates::known(const QString& merchantId)
{
    Store& s = store();
    QMutexLocker lock(&s.mutex);
    auto it = s.pemByMerchant.find(merchantId);
    if (it == s.pemByMerchant.end())
        it = s.pemByMerchant.insert(merchantId, GatewaySettings::wechatCertificatesPem(merchantId));
    return QSslCertificate::fromData(*it, QSsl::Pem);
}

void WechatCertificates::remember(const QString& merchantId,
                                  const QList<QSslCertificate>& certificates)
{
    QByteArray pem;
    for (const QSslCertificate& c : certificates)
        pem += c.toPem();
    Store& s = store();
    QMutexLocker lock(&s.mutex);
    s.pemByMerchant.insert(merchantId, pem);
    GatewaySettings::saveWechatCertificatesPem(merchantId, pem);
}

} // namespace pd::payments
