#pragma once

#include "payments/GatewayClient.h"
#include "payments/RsaKey.h"

#include <QMap>

namespace pd::payments {

// Alipay Open Platform gateway.do (version 1.0): RSA2 request signing with the app private key,
// verification of the exact signed bytes of each answer with the Alipay public key.
class AlipayClient : public GatewayClient
{
    Q_OBJECT
public:
    AlipayClient(GatewayConfig config, QNetworkAccessManager* network, const domain::Clock& clock,
                 QObject* parent = nullptr);

    void createRefund(const RefundOrder& order, Callback done) override;
    void queryRefund(const RefundOrder& order, Callback done) override;
    void queryPayment(const QString& outTradeNo, const QString& gatewayTradeNo,
                      Callback done) override;
    bool sameKeyRetryIsSafeQuery() const override { return false; }

    // The string RSA2 signs: every non-empty parameter but `sign`, sorted by key in byte order,
    // joined as k=v with &, values raw (not URL-encoded).
    static QByteArray signingString(const QMap<QByteArray, QByteArray>& params);
    // The raw bytes of the JSON value of `key` in `body` (from its '{' to the matching '}',
    // strings and escapes respected), empty when absent. This is what Alipay signs.
    static QByteArray rawJsonValue(const QByteArray& body, const QByteArray& key);
    // "alipay.trade.refund" → "alipay_trade_refund_response"
    static QByteArray responseKey(const QByteArray& method);

private:
    // Signs and posts one call; `done` gets the verified response object or an Unknown answer.
    void call(const QByteArray& method, const QByteArray& bizContent,
              std::function<void(const QJsonObject& response, const GatewayAnswer* failure)> done);

    RsaKey m_privateKey;
    RsaKey m_alipayKey;
};

} // namespace pd::payments
