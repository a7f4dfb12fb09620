#include "payments/AlipayClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace pd::payments {

namespace {

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray formEncode(const QMap<QByteArray, QByteArray>& params)
{
    QByteArray out;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(QString::fromUtf8(it.key())) + '=' +
               QUrl::toPercentEncoding(QString::fromUtf8(it.value()));
    }
    return out;
}

} // namespace

AlipayClient::AlipayClient(GatewayConfig config, QNetworkAccessManager* network,
                           const domain::Clock& clock, QObject* parent)
    : GatewayClient(std::move(config), network, clock, parent),
      m_privateKey(RsaKey::fromPrivatePem(m_config.privateKeyPem)),
      m_alipayKey(RsaKey::fromPublicPem(m_config.gatewayPublicKeyPem))
{}

QByteArray AlipayClient::signingString(const QMap<QByteArray, QByteArray>& params)
{
    // QMap<QByteArray, …> sorts by byte order, as Alipay does.
    QByteArray out;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (it.key() == "sign" || it.value().isEmpty())
            continue;
        if (!out.isEmpty())
            out += '&';
        out += it.key() + '=' + it.value();
    }
    return out;
}

QByteArray AlipayClient::responseKey(const QByteArray& method)
{
    return QByteArray(method).replace('.', '_') + "_response";
}

QByteArray AlipayClient::rawJsonValue(const QByteArray& body, const QByteArray& key)
{
    const QByteArray needle = '"' + key + '"';
    qsizetype at = 0;
    while ((at = body.indexOf(needle, at)) >= 0) {
        qsizetype i = at + needle.size();
        while (i < body.size() && QChar::isSpace(uchar(body.at(i))))
            ++i;
        if (i >= body.size() || body.at(i) != ':') {
            at += needle.size();
            continue;
        }
        ++i;
        while (i < body.size() && QChar::isSpace(uchar(body.at(i))))
            ++i;
        if (i >= body.size() || body.at(i) != '{')
            return {};
        const qsizetype start = i;
        int depth = 0;
        bool inString = false;
        for (; i < body.size(); ++i) {
            const char c = body.at(i);
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                ++depth;
            } else if (c == '}') {
                if (--depth == 0)
                    return body.mid(start, i - start + 1);
            }
        }
        return {};
    }
    return {};
}

void AlipayClient::call(const QByteArray& method, const QByteArray& bizContent,
                        std::function<void(const QJsonObject&, const GatewayAnswer*)> done)
{
    QMap<QByteArray, QByteArray> params;
    params.insert("app_id", m_config.appId.toUtf8());
    params.insert("method", method);
    params.insert("format", "JSON");
    params.insert("charset", "utf-8");
    params.insert("sign_type", "RSA2");
    params.insert("version", "1.0");
    // Alipay wants Beijing time whatever the machine's zone.
    params.insert("timestamp", m_clock.now()
                                   .toTimeZone(QTimeZone(8 * 3600))
                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                   .toUtf8());
    params.insert("biz_content", bizContent);
    const QByteArray sign = m_privateKey.signSha256Base64(signingString(params));
    if (sign.isEmpty()) {
        const GatewayAnswer failure =
            unknown(QStringLiteral("CONFIG"), tr("The Alipay app private key cannot sign; nothing "
                                                 "was sent. Check the gateway settings."));
        done({}, &failure);
        return;
    }
    params.insert("sign", sign);
    // As the official SDK: common parameters and sign in the query string (charset must be
    // there), biz_content in the body.
    QMap<QByteArray, QByteArray> query = params;
    query.remove("biz_content");
    QMap<QByteArray, QByteArray> form;
    form.insert("biz_content", bizContent);
    const QByteArray base = m_config.baseUrl.toEncoded();
    QNetworkRequest r = request(QUrl::fromEncoded(
        base + (base.contains('?') ? '&' : '?') + formEncode(query), QUrl::StrictMode));
    r.setRawHeader("Content-Type", "application/x-www-form-urlencoded;charset=utf-8");
    const QByteArray key = responseKey(method);
    send(r, "POST", formEncode(form), [this, key, done](const Reply& reply) {
        if (reply.transportFailed || reply.status >= 500) {
            const GatewayAnswer failure = unknownFromReply(reply);
            done({}, &failure);
            return;
        }
        const QJsonObject root = QJsonDocument::fromJson(reply.body).object();
        const QByteArray signedBytes = rawJsonValue(reply.body, key);
        const QByteArray signature = root.value(QStringLiteral("sign")).toString().toUtf8();
        if (signedBytes.isEmpty() || signature.isEmpty() ||
            !m_alipayKey.verifySha256Base64(signedBytes, signature)) {
            // error_response (no sign) included: not a verified answer.
            const QString detail = root.value(QStringLiteral("error_response"))
                                       .toObject()
                                       .value(QStringLiteral("sub_msg"))
                                       .toString(root.value(QStringLiteral("error_response"))
                                                     .toObject()
                                                     .value(QStringLiteral("msg"))
                                                     .toString());
            const GatewayAnswer failure = unknown(
                QStringLiteral("BAD_SIGNATURE"),
                detail.isEmpty()
                    ? tr("Alipay's answer could not be verified with the Alipay public key, so "
                         "it is not believed. The refund will be settled with the same key.")
                    : tr("Alipay answered with an unsigned error (%1). The refund will be "
                         "settled with the same key.")
                          .arg(detail));
            done({}, &failure);
            return;
        }
        const QJsonObject response = QJsonDocument::fromJson(signedBytes).object();
        done(response, nullptr);
    });
}

void AlipayClient::createRefund(const RefundOrder& order, Callback done)
{
    QJsonObject biz;
    biz.insert(QStringLiteral("out_trade_no"), order.outTradeNo);
    if (!order.gatewayTradeNo.isEmpty())
        biz.insert(QStringLiteral("trade_no"), order.gatewayTradeNo);
    // Yuan as a JSON string with exactly two decimals, from the exact amount.
    biz.insert(QStringLiteral("refund_amount"), order.amount.toDecimalString());
    biz.insert(QStringLiteral("out_request_no"), order.key);
    biz.insert(QStringLiteral("refund_reason"), order.reason.left(256));
    call("alipay.trade.refund", compactJson(biz),
         [done](const QJsonObject& response, const GatewayAnswer* failure) {
             if (failure)
                 return done(*failure);
             GatewayAnswer a;
             const QString code = response.value(QStringLiteral("code")).toString();
             const QString subCode = response.value(QStringLiteral("sub_code")).toString();
             const QString subMsg = response.value(QStringLiteral("sub_msg"))
                                        .toString(response.value(QStringLiteral("msg")).toString());
             a.gatewayRefundId = response.value(QStringLiteral("trade_no")).toString();
             if (code == QLatin1String("10000")) {
                 // code 10000 alone does not mean the money moved.
                 a.outcome =
                     response.value(QStringLiteral("fund_change")).toString() == QLatin1String("Y")
                         ? GatewayAnswer::Outcome::Succeeded
                         : GatewayAnswer::Outcome::Processing;
                 if (a.outcome == GatewayAnswer::Outcome::Processing)
                     a.message = tr("Alipay accepted the refund without confirming that money "
                                    "moved; it will be confirmed with a refund query.");
             } else if (code == QLatin1String("40004") &&
                        subCode != QLatin1String("ACQ.SYSTEM_ERROR")) {
                 a.outcome = GatewayAnswer::Outcome::Failed;
                 a.code = subCode;
                 a.message = tr("Alipay refused the refund: %1 (%2).").arg(subMsg, subCode);
             } else {
                 a = unknown(subCode.isEmpty() ? code : subCode,
                             tr("Alipay could not say whether the refund was made (%1). It will "
                                "be settled with the same key.")
                                 .arg(subMsg));
             }
             done(a);
         });
}

void AlipayClient::queryRefund(const RefundOrder& order, Callback done)
{
    QJsonObject biz;
    biz.insert(QStringLiteral("out_trade_no"), order.outTradeNo);
    biz.insert(QStringLiteral("out_request_no"), order.key);
    call("alipay.trade.fastpay.refund.query", compactJson(biz),
         [done](const QJsonObject& response, const GatewayAnswer* failure) {
             if (failure)
                 return done(*failure);
             GatewayAnswer a;
             const QString code = response.value(QStringLiteral("code")).toString();
             if (code == QLatin1String("10000")) {
                 a.gatewayRefundId = response.value(QStringLiteral("trade_no")).toString();
                 if (response.value(QStringLiteral("refund_status")).toString() ==
                     QLatin1String("REFUND_SUCCESS")) {
                     a.outcome = GatewayAnswer::Outcome::Succeeded;
                 } else {
                     // Not received (or failed): the documented remedy is the same request again.
                     a.outcome = GatewayAnswer::Outcome::NotFound;
                     a.message = tr("Alipay has no successful refund under this key yet.");
                 }
             } else {
                 a = unknown(
                     response.value(QStringLiteral("sub_code")).toString(code),
                     tr("Alipay could not answer the refund query (%1).")
                         .arg(response.value(QStringLiteral("sub_msg"))
                                  .toString(response.value(QStringLiteral("msg")).toString())));
             }
             done(a);
         });
}

void AlipayClient::queryPayment(const QString& outTradeNo, const QString& gatewayTradeNo,
                                Callback done)
{
    QJsonObject biz;
    if (!outTradeNo.isEmpty())
        biz.insert(QStringLiteral("out_trade_no"), outTradeNo);
    else
        biz.insert(QStringLiteral("trade_no"), gatewayTradeNo);
    call("alipay.trade.query", compactJson(biz),
         [done](const QJsonObject& response, const GatewayAnswer* failure) {
             if (failure)
                 return done(*failure);
             GatewayAnswer a;
             const QString code = response.value(QStringLiteral("code")).toString();
             if (code == QLatin1String("10000")) {
                 a.outcome = GatewayAnswer::Outcome::Succeeded;
                 a.paymentState = response.value(QStringLiteral("trade_status")).toString();
             } else {
                 a.outcome = GatewayAnswer::Outcome::Failed;
                 a.code = response.value(QStringLiteral("sub_code")).toString(code);
                 a.message = response.value(QStringLiteral("sub_msg"))
                                 .toString(response.value(QStringLiteral("msg")).toString());
             }
             done(a);
         });
}

} // namespace pd::payments
