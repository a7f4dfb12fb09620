#pragma once

#include "payments/GatewayClient.h"
#include "payments/RsaKey.h"

#include <QSslCertificate>
#include <optional>

namespace pd::payments {

// WeChat Pay API v3 (direct merchant): the WECHATPAY2-SHA256-RSA2048 Authorization header signed
// with the merchant API private key, and the Wechatpay-* signature of every answer verified inside
// a 300 s clock window with the WeChat Pay public key (public-key mode), or with WeChat Pay's
// platform certificates (certificate mode): a configured one, or those downloaded from
// GET /v3/certificates with the APIv3 key when an answer names a serial the client does not know
// (see WechatCertificates), at most once per answer.
class WechatPayClient : public GatewayClient
{
    Q_OBJECT
public:
    WechatPayClient(GatewayConfig config, QNetworkAccessManager* network,
                    const domain::Clock& clock, QObject* parent = nullptr);

    void createRefund(const RefundOrder& order, Callback done) override;
    void queryRefund(const RefundOrder& order, Callback done) override;
    void queryPayment(const QString& outTradeNo, const QString& gatewayTradeNo,
                      Callback done) override;
    bool sameKeyRetryIsSafeQuery() const override { return false; }

    // "METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n": what the merchant signs.
    static QByteArray requestMessage(const QByteArray& method, const QByteArray& pathAndQuery,
                                     qint64 timestamp, const QByteArray& nonce,
                                     const QByteArray& body);
    // The Authorization header value for a request.
    QByteArray authorization(const QByteArray& method, const QByteArray& pathAndQuery,
                             const QByteArray& body, qint64 timestamp,
                             const QByteArray& nonce) const;
    // Whether an answer's Wechatpay-* headers sign its body, within the clock window, with the
    // configured key or (certificate mode) a platform certificate already downloaded; *why says
    // what failed. Downloads nothing.
    bool verifyAnswer(const QHash<QByteArray, QByteArray>& headers, const QByteArray& body,
                      QString* why) const;

private:
    using Done =
        std::function<void(int status, const QJsonObject& answer, const GatewayAnswer* failure)>;
    enum class Verdict {
        Verified,
        UnknownKey, // certificate mode: a serial no certificate at hand has (a download may help)
        Refused
    };
    Verdict check(const QHash<QByteArray, QByteArray>& headers, const QByteArray& body,
                  bool withConfigured, const QList<QSslCertificate>& certificates,
                  QString* why) const;
    QList<QSslCertificate> downloadedCertificates() const;
    // The request with its Authorization header; nothing when the key cannot sign.
    std::optional<QNetworkRequest> signedRequest(const QByteArray& method,
                                                 const QString& pathAndQuery,
                                                 const QByteArray& body) const;
    void call(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
              Done done);
    // Verifies `reply` and hands it on; an unknown certificate first fetches the certificates
    // once (`downloaded` says it was done for this answer).
    void accept(const Reply& reply, bool downloaded, const Done& done);
    // GET /v3/certificates: decrypted, checked, its own signature verified with the certificate
    // it names, then kept; `done` gets an empty string or a reason (nothing kept then).
    void downloadCertificates(std::function<void(const QString& error)> done);
    static GatewayAnswer refundAnswer(const QJsonObject& answer);

    RsaKey m_privateKey;
    RsaKey m_wechatKey;      // the configured public key or certificate, possibly null
    QString m_wechatKeyName; // the serial or key id it answers to (platformKeyId, or its serial)
};

} // namespace pd::payments
