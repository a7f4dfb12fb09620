#pragma once

#include "payments/GatewayClient.h"
#include "payments/RsaKey.h"

namespace pd::payments {

// WeChat Pay API v3 (direct merchant): the WECHATPAY2-SHA256-RSA2048 Authorization header signed
// with the merchant API private key, and the Wechatpay-* signature of every answer verified with
// the WeChat Pay public key (or platform certificate) inside a 300 s clock window.
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
    // Whether an answer's Wechatpay-* headers sign its body with the configured key within the
    // clock window; *why says what failed.
    bool verifyAnswer(const QHash<QByteArray, QByteArray>& headers, const QByteArray& body,
                      QString* why) const;

private:
    void
    call(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
         std::function<void(int status, const QJsonObject& answer, const GatewayAnswer* failure)>
             done);
    static GatewayAnswer refundAnswer(const QJsonObject& answer);

    RsaKey m_privateKey;
    RsaKey m_wechatKey;
};

} // namespace pd::payments
