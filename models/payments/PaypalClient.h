#pragma once

#include "payments/GatewayClient.h"

#include <QDateTime>

namespace pd::payments {

// PayPal Payments v2: an OAuth2 client-credentials token (cached for the process per base URL
// and credentials until it expires, fetched again after a 401), refunds of a capture with the
// refund's key as PayPal-Request-Id so that a resend returns the original refund's latest state.
// PayPal keeps request ids about 45 days: an unknown refund older than RequestIdDays is not
// resent (it could refund again) but left unknown for a person to check.
class PaypalClient : public GatewayClient
{
    Q_OBJECT
public:
    PaypalClient(GatewayConfig config, QNetworkAccessManager* network, const domain::Clock& clock,
                 QObject* parent = nullptr);

    void createRefund(const RefundOrder& order, Callback done) override;
    void queryRefund(const RefundOrder& order, Callback done) override;
    void queryPayment(const QString& outTradeNo, const QString& gatewayTradeNo,
                      Callback done) override;
    bool sameKeyRetryIsSafeQuery() const override { return true; }

    static QByteArray refundBody(const RefundOrder& order);
    static constexpr int RequestIdDays = 40;

private:
    // Runs `send` with a valid token; on a 401 fetches a new token and runs it once more.
    void authorized(const QNetworkRequest& request, const QByteArray& verb, const QByteArray& body,
                    ReplyHandler handler, bool retried = false);
    void fetchToken(std::function<void(const Reply* failure)> done);
    static GatewayAnswer refundAnswer(const Reply& reply);

    // Where this client's token lives in the process-wide cache.
    QString tokenCacheKey() const;
};

} // namespace pd::payments
