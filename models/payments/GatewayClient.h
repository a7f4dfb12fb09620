#pragma once

#include "domain/Clock.h"
#include "payments/GatewayAnswer.h"
#include "payments/GatewayConfig.h"
#include "payments/RefundOrder.h"

#include <QHash>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace pd::payments {

// A gateway's refund create, refund query and payment query over QNetworkAccessManager,
// asynchronous. Subclasses sign requests and verify answers as their gateway does; this class
// sends with verified TLS (the system CAs plus the configured extra CA, never "ignore errors"),
// a transfer timeout, and turns transport failures into Unknown answers.
class GatewayClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const GatewayAnswer&)>;

    GatewayClient(GatewayConfig config, QNetworkAccessManager* network, const domain::Clock& clock,
                  QObject* parent = nullptr);

    // The client for config.gateway; null when the name is not a gateway.
    static std::unique_ptr<GatewayClient>
    create(const GatewayConfig& config, QNetworkAccessManager* network, const domain::Clock& clock);

    const GatewayConfig& config() const { return m_config; }

    virtual void createRefund(const RefundOrder& order, Callback done) = 0;
    virtual void queryRefund(const RefundOrder& order, Callback done) = 0;
    // Reads a payment by our order number, or by the gateway's id where the API has no other
    // way (Stripe payment_intent, PayPal capture id).
    virtual void queryPayment(const QString& outTradeNo, const QString& gatewayTradeNo,
                              Callback done) = 0;
    // Whether queryRefund, without the gateway's refund id, is a resend of the create call with
    // the same key (PayPal returns the original's latest state for a reused request id, which
    // it keeps about 45 days). Everywhere else a query only reads, and a resend follows only a
    // verified NotFound. Stripe is read by listing, as its keys are forgotten after 24 hours.
    virtual bool sameKeyRetryIsSafeQuery() const = 0;

protected:
    struct Reply
    {
        bool transportFailed = false; // no HTTP answer at all (timeout, reset, TLS, DNS)
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QString errorText;
    };
    using ReplyHandler = std::function<void(const Reply&)>;

    QNetworkRequest request(const QUrl& url) const;
    // The URL of `path` (which may hold a query) under the base URL.
    QUrl urlFor(const QString& pathAndQuery) const;
    void send(const QNetworkRequest& request, const QByteArray& verb, const QByteArray& body,
              ReplyHandler handler);

    static GatewayAnswer unknown(const QString& code, const QString& message);
    // The Unknown answer for a reply without a verifiable body (transport failure or 5xx).
    static GatewayAnswer unknownFromReply(const Reply& reply);

    GatewayConfig m_config;
    QNetworkAccessManager* m_network;
    const domain::Clock& m_clock;
};

} // namespace pd::payments
