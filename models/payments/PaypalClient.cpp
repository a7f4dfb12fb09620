#include "payments/PaypalClient.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd::payments {

namespace {

struct CachedToken
{
    QByteArray token;
    QDateTime expires;
};

// One token per base URL and credentials for the whole process: every refund gets a client of
// its own, and PayPal asks that tokens be reused until they expire. Network code runs on one
// thread (the GUI's or the CLI's), so no lock.
QHash<QString, CachedToken>& tokenCache()
{
    static QHash<QString, CachedToken> cache;
    return cache;
}

} // namespace

PaypalClient::PaypalClient(GatewayConfig config, QNetworkAccessManager* network,
                           const domain::Clock& clock, QObject* parent)
    : GatewayClient(std::move(config), network, clock, parent)
{}

QByteArray PaypalClient::refundBody(const RefundOrder& order)
{
    QJsonObject amount;
    amount.insert(QStringLiteral("currency_code"), order.amount.currency());
    // A decimal string with the currency's own decimals, from the exact amount.
    amount.insert(QStringLiteral("value"), order.amount.toDecimalString());
    QJsonObject body;
    body.insert(QStringLiteral("amount"), amount);
    body.insert(QStringLiteral("invoice_id"), order.key);
    if (!order.reason.isEmpty())
        body.insert(QStringLiteral("note_to_payer"), order.reason.left(255));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void PaypalClient::fetchToken(std::function<void(const Reply*)> done)
{
    QNetworkRequest r = request(urlFor(QStringLiteral("/v1/oauth2/token")));
    r.setRawHeader(
        "Authorization",
        "Basic " + (m_config.appId + QLatin1Char(':') + m_config.apiSecret).toUtf8().toBase64());
    r.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    r.setRawHeader("Accept", "application/json");
    send(r, "POST", "grant_type=client_credentials", [this, done](const Reply& reply) {
        const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
        const QString token = o.value(QStringLiteral("access_token")).toString();
        if (reply.transportFailed || reply.status != 200 || token.isEmpty()) {
            done(&reply);
            return;
        }
        // Renew a minute early so a token never expires in flight.
        const qint64 expiresIn = o.value(QStringLiteral("expires_in")).toInteger(3600);
        tokenCache().insert(
            tokenCacheKey(),
            {token.toUtf8(), m_clock.now().addSecs(qMax<qint64>(0, expiresIn - 60))});
        done(nullptr);
    });
}

void PaypalClient::authorized(const QNetworkRequest& request, const QByteArray& verb,
                              const QByteArray& body, ReplyHandler handler, bool retried)
{
    auto go = [this, request, verb, body, handler, retried] {
        QNetworkRequest r = request;
        r.setRawHeader("Authorization", "Bearer " + tokenCache().value(tokenCacheKey()).token);
        send(r, verb, body, [this, request, verb, body, handler, retried](const Reply& reply) {
            if (reply.status == 401 && !retried) {
                tokenCache().remove(tokenCacheKey());
                authorized(request, verb, body, handler, true);
                return;
            }
            handler(reply);
        });
    };
    const CachedToken cached = tokenCache().value(tokenCacheKey());
    if (!cached.token.isEmpty() && m_clock.now() < cached.expires) {
        go();
        return;
    }
    fetchToken([handler, go](const Reply* failure) {
        if (failure) {
            // Nothing was sent for the refund: say so through a 401-like reply.
            Reply r = *failure;
            if (!r.transportFailed && r.status < 500)
                r.status = 401;
            handler(r);
            return;
        }
        go();
    });
}

QString PaypalClient::tokenCacheKey() const
{
    // The secret only as a digest: a changed secret must not reuse the old one's token.
    return m_config.baseUrl.toString() + QLatin1Char('\n') + m_config.appId + QLatin1Char('\n') +
           QString::fromLatin1(
               QCryptographicHash::hash(m_config.apiSecret.toUtf8(), QCryptographicHash::Sha256)
                   .toHex());
}

GatewayAnswer PaypalClient::refundAnswer(const Reply& reply)
{
    if (reply.transportFailed || reply.status >= 500 || reply.status == 409 || reply.status == 429)
        return unknownFromReply(reply);
    if (reply.status == 401 || reply.status == 403)
        // Refused credentials say nothing about the refund (on a resend, it may exist).
        return unknown(QStringLiteral("HTTP_%1").arg(reply.status),
                       tr("PayPal refused the client id or secret (HTTP %1). Check the gateway "
                          "settings; the refund will be settled with the same key.")
                           .arg(reply.status));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return unknown(QStringLiteral("MALFORMED"),
                       tr("PayPal's answer is not readable JSON. The refund will be settled with "
                          "the same key."));
    const QJsonObject o = doc.object();
    GatewayAnswer a;
    if (reply.status >= 200 && reply.status < 300) {
        a.gatewayRefundId = o.value(QStringLiteral("id")).toString();
        const QString s = o.value(QStringLiteral("status")).toString();
        if (s == QLatin1String("COMPLETED")) {
            a.outcome = GatewayAnswer::Outcome::Succeeded;
        } else if (s == QLatin1String("PENDING")) {
            a.outcome = GatewayAnswer::Outcome::Processing;
            a.message = tr("PayPal reports the refund as pending.");
        } else if (s == QLatin1String("FAILED") || s == QLatin1String("CANCELLED")) {
            a.outcome = GatewayAnswer::Outcome::Failed;
            a.code = s;
            a.message = tr("PayPal reports the refund as %1.").arg(s.toLower());
        } else {
            a = unknown(QStringLiteral("MALFORMED"),
                        tr("PayPal answered without a refund status."));
        }
        return a;
    }
    if (reply.status == 404) {
        a.outcome = GatewayAnswer::Outcome::NotFound;
        a.message = o.value(QStringLiteral("message")).toString();
        return a;
    }
    const QJsonArray details = o.value(QStringLiteral("details")).toArray();
    const QString issue =
        details.isEmpty() ? o.value(QStringLiteral("name")).toString()
                          : details.first().toObject().value(QStringLiteral("issue")).toString();
    a.outcome = GatewayAnswer::Outcome::Failed;
    a.code = issue.isEmpty() ? QStringLiteral("HTTP_%1").arg(reply.status) : issue;
    a.message = tr("PayPal refused the refund: %1 (%2).")
                    .arg(o.value(QStringLiteral("message")).toString(), a.code);
    return a;
}

void PaypalClient::createRefund(const RefundOrder& order, Callback done)
{
    QNetworkRequest r =
        request(urlFor(QStringLiteral("/v2/payments/captures/%1/refund")
                           .arg(QString::fromUtf8(QUrl::toPercentEncoding(order.gatewayTradeNo)))));
    r.setRawHeader("Content-Type", "application/json");
    r.setRawHeader("PayPal-Request-Id", order.key.toUtf8());
    r.setRawHeader("Prefer", "return=representation");
    authorized(r, "POST", refundBody(order),
               [done](const Reply& reply) { done(refundAnswer(reply)); });
}

void PaypalClient::queryRefund(const RefundOrder& order, Callback done)
{
    if (order.gatewayRefundId.isEmpty()) {
        if (order.createdAt.isValid() && order.createdAt.daysTo(m_clock.now()) >= RequestIdDays) {
            done(unknown(QStringLiteral("REQUEST_ID_EXPIRED"),
                         tr("PayPal may have forgotten this refund's request id (it keeps them "
                            "about 45 days), so it is not sent again: that could refund twice. "
                            "Look for a refund with invoice id %1 in PayPal.")
                             .arg(order.key)));
            return;
        }
        // A reused PayPal-Request-Id returns the original refund's latest state.
        createRefund(order, std::move(done));
        return;
    }
    QNetworkRequest r =
        request(urlFor(QStringLiteral("/v2/payments/refunds/") +
                       QString::fromUtf8(QUrl::toPercentEncoding(order.gatewayRefundId))));
    authorized(r, "GET", {}, [done](const Reply& reply) { done(refundAnswer(reply)); });
}

void PaypalClient::queryPayment(const QString&, const QString& gatewayTradeNo, Callback done)
{
    QNetworkRequest r = request(urlFor(QStringLiteral("/v2/payments/captures/") +
                                       QString::fromUtf8(QUrl::toPercentEncoding(gatewayTradeNo))));
    authorized(r, "GET", {}, [done](const Reply& reply) {
        if (reply.transportFailed || reply.status >= 500)
            return done(unknownFromReply(reply));
        const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
        GatewayAnswer a;
        if (reply.status >= 200 && reply.status < 300) {
            a.outcome = GatewayAnswer::Outcome::Succeeded;
            a.paymentState = o.value(QStringLiteral("status")).toString();
        } else {
            a.outcome = GatewayAnswer::Outcome::Failed;
            a.code = o.value(QStringLiteral("name"))
                         .toString(QStringLiteral("HTTP_%1").arg(reply.status));
            a.message = o.value(QStringLiteral("message")).toString();
        }
        done(a);
    });
}

} // namespace pd::payments
