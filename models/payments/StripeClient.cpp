#include "payments/StripeClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd::payments {

StripeClient::StripeClient(GatewayConfig config, QNetworkAccessManager* network,
                           const domain::Clock& clock, QObject* parent)
    : GatewayClient(std::move(config), network, clock, parent)
{}

QByteArray StripeClient::refundForm(const RefundOrder& order)
{
    auto pair = [](const QByteArray& key, const QString& value) {
        return QUrl::toPercentEncoding(QString::fromUtf8(key)) + '=' +
               QUrl::toPercentEncoding(value);
    };
    QList<QByteArray> fields;
    fields << pair(order.gatewayTradeNo.startsWith(QLatin1String("ch_")) ? "charge"
                                                                         : "payment_intent",
                   order.gatewayTradeNo);
    // Money's minor units are Stripe's: cents for USD, whole yen for zero-decimal JPY.
    fields << pair("amount", QString::number(order.amount.minorUnits()));
    fields << pair("reason", QStringLiteral("requested_by_customer"));
    fields << pair("metadata[paneldesk_refund_key]", order.key);
    fields << pair("metadata[out_trade_no]", order.outTradeNo);
    return fields.join('&');
}

void StripeClient::call(const QByteArray& verb, const QString& path, const QByteArray& form,
                        const QByteArray& idempotencyKey, Callback done)
{
    QNetworkRequest r = request(urlFor(path));
    r.setRawHeader("Authorization", "Bearer " + m_config.apiSecret.toUtf8());
    if (!idempotencyKey.isEmpty())
        r.setRawHeader("Idempotency-Key", idempotencyKey);
    if (!form.isEmpty())
        r.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    send(r, verb, form, [done](const Reply& reply) {
        if (reply.transportFailed || reply.status >= 500)
            return done(unknownFromReply(reply));
        done(refundAnswer(reply.status, reply.body, reply.headers));
    });
}

GatewayAnswer StripeClient::refundAnswer(int status, const QByteArray& body,
                                         const QHash<QByteArray, QByteArray>& headers)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return unknown(QStringLiteral("MALFORMED"),
                       tr("Stripe's answer is not readable JSON. The refund will be settled with "
                          "the same key."));
    const QJsonObject o = doc.object();
    GatewayAnswer a;
    if (status >= 200 && status < 300) {
        a.gatewayRefundId = o.value(QStringLiteral("id")).toString();
        const QString s = o.value(QStringLiteral("status")).toString();
        if (s == QLatin1String("succeeded")) {
            a.outcome = GatewayAnswer::Outcome::Succeeded;
        } else if (s == QLatin1String("pending") || s == QLatin1String("requires_action")) {
            a.outcome = GatewayAnswer::Outcome::Processing;
            a.message = tr("Stripe reports the refund as %1.").arg(s);
        } else if (s == QLatin1String("failed") || s == QLatin1String("canceled")) {
            a.outcome = GatewayAnswer::Outcome::Failed;
            a.code = o.value(QStringLiteral("failure_reason")).toString(s);
            a.message = tr("Stripe reports the refund as %1 (%2).").arg(s, a.code);
        } else {
            a = unknown(QStringLiteral("MALFORMED"),
                        tr("Stripe answered without a refund status."));
        }
        return a;
    }
    const QJsonObject e = o.value(QStringLiteral("error")).toObject();
    const QString type = e.value(QStringLiteral("type")).toString();
    const QString code = e.value(QStringLiteral("code")).toString(type);
    const QString message = e.value(QStringLiteral("message")).toString();
    // Stripe says when a retry may succeed; rate limits and idempotency conflicts are not
    // answers about this refund.
    if (status == 401 || status == 403)
        // The key was refused before Stripe looked at the refund: says nothing about it.
        return unknown(code.isEmpty() ? QStringLiteral("HTTP_%1").arg(status) : code,
                       tr("Stripe refused the API key (%1). Check the gateway settings; the "
                          "refund will be settled with the same key.")
                           .arg(message));
    if (headers.value("stripe-should-retry") == "true" || status == 429 || status == 409 ||
        type == QLatin1String("idempotency_error"))
        return unknown(code.isEmpty() ? QStringLiteral("HTTP_%1").arg(status) : code,
                       tr("Stripe asked to try again later (%1). The refund will be settled "
                          "with the same key.")
                           .arg(message));
    if (status == 404) {
        a.outcome = GatewayAnswer::Outcome::NotFound;
        a.code = code;
        a.message = message;
        return a;
    }
    a.outcome = GatewayAnswer::Outcome::Failed;
    a.code = code.isEmpty() ? QStringLiteral("HTTP_%1").arg(status) : code;
    a.message = tr("Stripe refused the refund: %1 (%2).").arg(message, a.code);
    return a;
}

void StripeClient::createRefund(const RefundOrder& order, Callback done)
{
    call("POST", QStringLiteral("/v1/refunds"), refundForm(order), order.key.toUtf8(),
         std::move(done));
}

void StripeClient::queryRefund(const RefundOrder& order, Callback done)
{
    if (!order.gatewayRefundId.isEmpty()) {
        call("GET",
             QStringLiteral("/v1/refunds/") +
                 QString::fromUtf8(QUrl::toPercentEncoding(order.gatewayRefundId)),
             {}, {}, std::move(done));
        return;
    }
    // Without Stripe's id: the payment's refunds, matched by our key in their metadata. This,
    // not a resend, is what tells an unknown outcome: Stripe forgets idempotency keys after
    // about 24 hours, and a resend after that would refund again.
    const bool charge = order.gatewayTradeNo.startsWith(QLatin1String("ch_"));
    QNetworkRequest r =
        request(urlFor((charge ? QStringLiteral("/v1/refunds?limit=100&charge=")
                               : QStringLiteral("/v1/refunds?limit=100&payment_intent=")) +
                       QString::fromUtf8(QUrl::toPercentEncoding(order.gatewayTradeNo))));
    r.setRawHeader("Authorization", "Bearer " + m_config.apiSecret.toUtf8());
    const QString key = order.key;
    send(r, "GET", {}, [done, key](const Reply& reply) {
        if (reply.transportFailed || reply.status >= 500)
            return done(unknownFromReply(reply));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
        if (reply.status != 200 || error.error != QJsonParseError::NoError || !doc.isObject()) {
            // A refused listing says nothing about the refund: never a failure.
            const GatewayAnswer a = refundAnswer(reply.status, reply.body, reply.headers);
            if (a.outcome == GatewayAnswer::Outcome::Failed)
                return done(unknown(a.code, tr("Stripe could not list the payment's refunds "
                                               "(%1). The refund will be settled later.")
                                                .arg(a.message)));
            return done(a);
        }
        const QJsonArray data = doc.object().value(QStringLiteral("data")).toArray();
        for (const QJsonValue& v : data) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("metadata"))
                    .toObject()
                    .value(QStringLiteral("paneldesk_refund_key"))
                    .toString() == key)
                return done(refundAnswer(200, QJsonDocument(o).toJson(), reply.headers));
        }
        if (doc.object().value(QStringLiteral("has_more")).toBool())
            // More refunds than one page: not finding ours is no proof it does not exist.
            return done(unknown(QStringLiteral("TOO_MANY_REFUNDS"),
                                tr("The payment has more than 100 refunds at Stripe; find this "
                                   "one in the Stripe dashboard by its key.")));
        GatewayAnswer a;
        a.outcome = GatewayAnswer::Outcome::NotFound;
        a.message = tr("Stripe has no refund under this key.");
        done(a);
    });
}

void StripeClient::queryPayment(const QString&, const QString& gatewayTradeNo, Callback done)
{
    QNetworkRequest r = request(urlFor(QStringLiteral("/v1/payment_intents/") +
                                       QString::fromUtf8(QUrl::toPercentEncoding(gatewayTradeNo))));
    r.setRawHeader("Authorization", "Bearer " + m_config.apiSecret.toUtf8());
    send(r, "GET", {}, [done](const Reply& reply) {
        if (reply.transportFailed || reply.status >= 500)
            return done(unknownFromReply(reply));
        const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
        GatewayAnswer a;
        if (reply.status >= 200 && reply.status < 300) {
            a.outcome = GatewayAnswer::Outcome::Succeeded;
            a.paymentState = o.value(QStringLiteral("status")).toString();
        } else {
            const QJsonObject e = o.value(QStringLiteral("error")).toObject();
            a.outcome = GatewayAnswer::Outcome::Failed;
            a.code = e.value(QStringLiteral("code"))
                         .toString(e.value(QStringLiteral("type")).toString());
            a.message = e.value(QStringLiteral("message")).toString();
        }
        done(a);
    });
}

} // namespace pd::payments
