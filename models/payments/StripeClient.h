#pragma once

#include "payments/GatewayClient.h"

namespace pd::payments {

// Stripe's REST API: Bearer secret key, form-encoded bodies, amounts in the currency's minor
// unit (whole units for zero-decimal currencies), and the refund's key as Idempotency-Key so a
// resend replays the first answer instead of refunding again. Because Stripe replays even a
// stored 500, an unknown refund is looked up first (by Stripe's id, or in the payment's refunds
// by the key kept in metadata) and only resent when it is not there.
class StripeClient : public GatewayClient
{
    Q_OBJECT
public:
    StripeClient(GatewayConfig config, QNetworkAccessManager* network, const domain::Clock& clock,
                 QObject* parent = nullptr);

    void createRefund(const RefundOrder& order, Callback done) override;
    void queryRefund(const RefundOrder& order, Callback done) override;
    void queryPayment(const QString& outTradeNo, const QString& gatewayTradeNo,
                      Callback done) override;
    bool sameKeyRetryIsSafeQuery() const override { return false; }

    // The create body: payment_intent (or charge), amount in minor units, metadata with our key.
    static QByteArray refundForm(const RefundOrder& order);

private:
    void call(const QByteArray& verb, const QString& path, const QByteArray& form,
              const QByteArray& idempotencyKey, Callback done);
    static GatewayAnswer refundAnswer(int status, const QByteArray& body,
                                      const QHash<QByteArray, QByteArray>& headers);
};

} // namespace pd::payments
