#include "payments/WechatPayClient.h"

#include "payments/WechatCertificates.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace pd::payments {

namespace {

QByteArray nonce()
{
    static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray out;
    for (int i = 0; i < 32; ++i)
        out += chars[QRandomGenerator::system()->bounded(36)];
    return out;
}

} // namespace

WechatPayClient::WechatPayClient(GatewayConfig config, QNetworkAccessManager* network,
                                 const domain::Clock& clock, QObject* parent)
    : GatewayClient(std::move(config), network, clock, parent),
      m_privateKey(RsaKey::fromPrivatePem(m_config.privateKeyPem)),
      m_wechatKey(RsaKey::fromPublicPem(m_config.gatewayPublicKeyPem)),
      m_wechatKeyName(m_config.platformKeyId.trimmed())
{
    // A configured platform certificate without a separate id answers to its own serial.
    if (m_wechatKeyName.isEmpty()) {
        const QList<QSslCertificate> configured =
            QSslCertificate::fromData(m_config.gatewayPublicKeyPem, QSsl::Pem);
        if (configured.size() == 1)
            m_wechatKeyName = WechatCertificates::serialOf(configured.first());
    }
}

QByteArray WechatPayClient::requestMessage(const QByteArray& method, const QByteArray& pathAndQuery,
                                           qint64 timestamp, const QByteArray& nonce,
                                           const QByteArray& body)
{
    return method + '\n' + pathAndQuery + '\n' + QByteArray::number(timestamp) + '\n' + nonce +
           '\n' + body + '\n';
}

QByteArray WechatPayClient::authorization(const QByteArray& method, const QByteArray& pathAndQuery,
                                          const QByteArray& body, qint64 timestamp,
                                          const QByteArray& nonce) const
{
    const QByteArray signature =
        m_privateKey.signSha256Base64(requestMessage(method, pathAndQuery, timestamp, nonce, body));
    if (signature.isEmpty())
        return {};
    return "WECHATPAY2-SHA256-RSA2048 mchid=\"" + m_config.merchantId.toUtf8() + "\",nonce_str=\"" +
           nonce + "\",timestamp=\"" + QByteArray::number(timestamp) + "\",serial_no=\"" +
           m_config.certSerial.toUtf8() + "\",signature=\"" + signature + '"';
}

bool WechatPayClient::verifyAnswer(const QHash<QByteArray, QByteArray>& headers,
                                   const QByteArray& body, QString* why) const
{
    return check(headers, body, true, downloadedCertificates(), why) == Verdict::Verified;
}

QList<QSslCertificate> WechatPayClient::downloadedCertificates() const
{
    if (m_config.wechatPublicKeyMode() || m_config.merchantId.isEmpty())
        return {};
    return WechatCertificates::known(m_config.merchantId);
}

WechatPayClient::Verdict WechatPayClient::check(const QHash<QByteArray, QByteArray>& headers,
                                                const QByteArray& body, bool withConfigured,
                                                const QList<QSslCertificate>& certificates,
                                                QString* why) const
{
    const QByteArray timestamp = headers.value("wechatpay-timestamp");
    const QByteArray nonceValue = headers.value("wechatpay-nonce");
    const QByteArray signature = headers.value("wechatpay-signature");
    const QByteArray serial = headers.value("wechatpay-serial");
    if (timestamp.isEmpty() || nonceValue.isEmpty() || signature.isEmpty() || serial.isEmpty()) {
        *why = tr("the answer carries no Wechatpay signature headers");
        return Verdict::Refused;
    }
    // Probe answers are signed so that they must fail.
    if (signature.startsWith("WECHATPAY/SIGNTEST/")) {
        *why = tr("the answer is a signature probe");
        return Verdict::Refused;
    }
    // The clock first: a stale answer is refused whatever key signed it, and never makes the
    // client download certificates.
    bool ok = false;
    const qint64 ts = timestamp.toLongLong(&ok);
    const QDateTime now = m_clock.now();
    if (!ok || qAbs(now.toSecsSinceEpoch() - ts) >= 300) {
        *why = tr("the answer's timestamp is more than 300 seconds away from this computer's "
                  "clock");
        return Verdict::Refused;
    }
    const QString name = QString::fromUtf8(serial);
    const QByteArray message = timestamp + '\n' + nonceValue + '\n' + body + '\n';
    if (withConfigured && !m_wechatKey.isNull() && !m_wechatKeyName.isEmpty() &&
        WechatCertificates::sameSerial(name, m_wechatKeyName)) {
        if (!m_wechatKey.verifySha256Base64(message, signature)) {
            *why = tr("the signature does not match the WeChat Pay public key");
            return Verdict::Refused;
        }
        return Verdict::Verified;
    }
    // Public-key mode knows one key; nothing is downloaded for another.
    if (m_config.wechatPublicKeyMode()) {
        *why = tr("the answer is signed with key %1, not the configured %2")
                   .arg(name, m_config.platformKeyId);
        return Verdict::Refused;
    }
    for (const QSslCertificate& certificate : certificates) {
        if (!WechatCertificates::sameSerial(WechatCertificates::serialOf(certificate), name) ||
            !WechatCertificates::validAt(certificate, now))
            continue;
        if (!RsaKey::fromPublicPem(certificate.toPem()).verifySha256Base64(message, signature)) {
            *why = tr("the signature does not match WeChat Pay platform certificate %1").arg(name);
            return Verdict::Refused;
        }
        return Verdict::Verified;
    }
    *why = tr("the answer is signed with platform certificate %1, which this computer does not "
              "have")
               .arg(name);
    return Verdict::UnknownKey;
}

std::optional<QNetworkRequest> WechatPayClient::signedRequest(const QByteArray& method,
                                                              const QString& pathAndQuery,
                                                              const QByteArray& body) const
{
    const QUrl url = urlFor(pathAndQuery);
    // The signed URL is the path plus query exactly as sent, without the host.
    QByteArray signedPath = url.path(QUrl::FullyEncoded).toUtf8();
    if (url.hasQuery())
        signedPath += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    const QByteArray auth =
        authorization(method, signedPath, body, m_clock.now().toSecsSinceEpoch(), nonce());
    if (auth.isEmpty())
        return std::nullopt;
    QNetworkRequest r = request(url);
    r.setRawHeader("Authorization", auth);
    r.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        r.setRawHeader("Content-Type", "application/json");
    return r;
}

void WechatPayClient::call(const QByteArray& method, const QString& pathAndQuery,
                           const QByteArray& body, Done done)
{
    const std::optional<QNetworkRequest> r = signedRequest(method, pathAndQuery, body);
    if (!r) {
        const GatewayAnswer failure =
            unknown(QStringLiteral("CONFIG"), tr("The WeChat Pay merchant private key cannot "
                                                 "sign; nothing was sent. Check the gateway "
                                                 "settings."));
        done(0, {}, &failure);
        return;
    }
    send(*r, method, body, [this, done](const Reply& reply) { accept(reply, false, done); });
}

void WechatPayClient::accept(const Reply& reply, bool downloaded, const Done& done)
{
    if (reply.transportFailed || reply.status >= 500 || reply.status == 429) {
        const GatewayAnswer failure = unknownFromReply(reply);
        done(reply.status, {}, &failure);
        return;
    }
    auto notBelieved = [done, status = reply.status](const QString& why) {
        const GatewayAnswer failure =
            unknown(QStringLiteral("BAD_SIGNATURE"),
                    tr("WeChat Pay's answer is not believed: %1. The refund will be "
                       "settled with the same key.")
                        .arg(why));
        done(status, {}, &failure);
    };
    QString why;
    const Verdict verdict = check(reply.headers, reply.body, true, downloadedCertificates(), &why);
    if (verdict == Verdict::UnknownKey) {
        const QString serial = QString::fromUtf8(reply.headers.value("wechatpay-serial"));
        if (downloaded)
            return notBelieved(tr("the answer is signed with platform certificate %1, which is "
                                  "not among the certificates WeChat Pay lists")
                                   .arg(serial));
        if (m_config.apiV3Key.isEmpty())
            return notBelieved(tr("the answer is signed with platform certificate %1, which this "
                                  "computer does not have, and without the APIv3 key it cannot "
                                  "download WeChat Pay's certificates")
                                   .arg(serial));
        // WeChat Pay rotates its platform certificates: fetch the current ones, then try again.
        downloadCertificates([this, reply, done, notBelieved, serial](const QString& error) {
            if (!error.isEmpty())
                return notBelieved(tr("the answer is signed with platform certificate %1, which "
                                      "this computer does not have, and WeChat Pay's certificate "
                                      "list was not accepted: %2")
                                       .arg(serial, error));
            accept(reply, true, done);
        });
        return;
    }
    if (verdict != Verdict::Verified)
        return notBelieved(why);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        const GatewayAnswer failure =
            unknown(QStringLiteral("MALFORMED"),
                    tr("WeChat Pay's answer is not readable JSON. The refund will be settled "
                       "with the same key."));
        done(reply.status, {}, &failure);
        return;
    }
    done(reply.status, doc.object(), nullptr);
}

void WechatPayClient::downloadCertificates(std::function<void(const QString& error)> done)
{
    const std::optional<QNetworkRequest> r =
        signedRequest("GET", QStringLiteral("/v3/certificates"), {});
    if (!r) {
        done(tr("the merchant private key cannot sign the request"));
        return;
    }
    send(*r, "GET", {}, [this, done](const Reply& reply) {
        if (reply.transportFailed)
            return done(tr("no answer came (%1)").arg(reply.errorText));
        if (reply.status != 200)
            return done(tr("WeChat Pay answered with HTTP status %1").arg(reply.status));
        QString why;
        // The APIv3 key is what authenticates the certificates: only WeChat Pay and the merchant
        // have it.
        const QList<QSslCertificate> certificates =
            WechatCertificates::fromAnswer(reply.body, m_config.apiV3Key, m_clock.now(), &why);
        if (certificates.isEmpty())
            return done(why);
        // The list is signed like every answer, by one of the certificates it carries: how the
        // official SDKs bootstrap trust in them.
        if (check(reply.headers, reply.body, false, certificates, &why) != Verdict::Verified)
            return done(tr("its own signature is not right (%1)").arg(why));
        WechatCertificates::remember(m_config.merchantId, certificates);
        done({});
    });
}

GatewayAnswer WechatPayClient::refundAnswer(const QJsonObject& answer)
{
    GatewayAnswer a;
    a.gatewayRefundId = answer.value(QStringLiteral("refund_id")).toString();
    const QString status = answer.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("SUCCESS")) {
        a.outcome = GatewayAnswer::Outcome::Succeeded;
    } else if (status == QLatin1String("PROCESSING")) {
        a.outcome = GatewayAnswer::Outcome::Processing;
        a.message = tr("WeChat Pay is processing the refund.");
    } else if (status == QLatin1String("CLOSED")) {
        a.outcome = GatewayAnswer::Outcome::Failed;
        a.code = status;
        a.message = tr("WeChat Pay closed the refund without paying it out.");
    } else if (status == QLatin1String("ABNORMAL")) {
        // The money is stuck (closed card, frozen account): someone must act in the merchant
        // platform, and the outcome is not final until they do.
        a.outcome = GatewayAnswer::Outcome::Processing;
        a.code = status;
        a.message = tr("WeChat Pay reports the refund as abnormal: the buyer's account cannot "
                       "receive it. Handle it in the WeChat Pay merchant platform.");
    } else {
        a.outcome = GatewayAnswer::Outcome::Unknown;
        a.code = QStringLiteral("MALFORMED");
        a.message = tr("WeChat Pay answered without a refund status.");
    }
    return a;
}

void WechatPayClient::createRefund(const RefundOrder& order, Callback done)
{
    QJsonObject amount;
    // Integer fen straight from the exact amount.
    amount.insert(QStringLiteral("refund"), QJsonValue(order.amount.minorUnits()));
    amount.insert(QStringLiteral("total"), QJsonValue(order.total.minorUnits()));
    amount.insert(QStringLiteral("currency"), order.amount.currency());
    QJsonObject body;
    body.insert(QStringLiteral("out_trade_no"), order.outTradeNo);
    body.insert(QStringLiteral("out_refund_no"), order.key);
    body.insert(QStringLiteral("reason"), order.reason.left(80));
    body.insert(QStringLiteral("amount"), amount);
    call("POST", QStringLiteral("/v3/refund/domestic/refunds"),
         QJsonDocument(body).toJson(QJsonDocument::Compact),
         [done](int status, const QJsonObject& answer, const GatewayAnswer* failure) {
             if (failure)
                 return done(*failure);
             if (status >= 200 && status < 300)
                 return done(refundAnswer(answer));
             const QString code = answer.value(QStringLiteral("code")).toString();
             const QString message = answer.value(QStringLiteral("message")).toString();
             if (code == QLatin1String("SYSTEM_ERROR") ||
                 code == QLatin1String("FREQUENCY_LIMITED"))
                 return done(unknown(code, tr("WeChat Pay asked to try again later (%1). The "
                                              "refund will be settled with the same key.")
                                               .arg(message)));
             GatewayAnswer a;
             a.outcome = GatewayAnswer::Outcome::Failed;
             a.code = code.isEmpty() ? QStringLiteral("HTTP_%1").arg(status) : code;
             a.message = tr("WeChat Pay refused the refund: %1 (%2).").arg(message, a.code);
             done(a);
         });
}

void WechatPayClient::queryRefund(const RefundOrder& order, Callback done)
{
    call("GET",
         QStringLiteral("/v3/refund/domestic/refunds/") +
             QString::fromUtf8(QUrl::toPercentEncoding(order.key)),
         {}, [done](int status, const QJsonObject& answer, const GatewayAnswer* failure) {
             if (failure)
                 return done(*failure);
             if (status >= 200 && status < 300)
                 return done(refundAnswer(answer));
             const QString code = answer.value(QStringLiteral("code")).toString();
             if (status == 404 || code == QLatin1String("RESOURCE_NOT_EXISTS")) {
                 GatewayAnswer a;
                 a.outcome = GatewayAnswer::Outcome::NotFound;
                 a.message = tr("WeChat Pay has no refund under this key.");
                 return done(a);
             }
             done(unknown(code, tr("WeChat Pay could not answer the refund query (%1).")
                                    .arg(answer.value(QStringLiteral("message")).toString())));
         });
}

void WechatPayClient::queryPayment(const QString& outTradeNo, const QString& gatewayTradeNo,
                                   Callback done)
{
    const QString mchid = QString::fromUtf8(QUrl::toPercentEncoding(m_config.merchantId));
    const QString path =
        outTradeNo.isEmpty()
            ? QStringLiteral("/v3/pay/transactions/id/%1?mchid=%2")
                  .arg(QString::fromUtf8(QUrl::toPercentEncoding(gatewayTradeNo)), mchid)
            : QStringLiteral("/v3/pay/transactions/out-trade-no/%1?mchid=%2")
                  .arg(QString::fromUtf8(QUrl::toPercentEncoding(outTradeNo)), mchid);
    call("GET", path, {},
         [done](int status, const QJsonObject& answer, const GatewayAnswer* failure) {
             if (failure)
                 return done(*failure);
             GatewayAnswer a;
             if (status >= 200 && status < 300) {
                 a.outcome = GatewayAnswer::Outcome::Succeeded;
                 a.paymentState = answer.value(QStringLiteral("trade_state")).toString();
             } else {
                 a.outcome = GatewayAnswer::Outcome::Failed;
                 a.code = answer.value(QStringLiteral("code")).toString();
                 a.message = answer.value(QStringLiteral("message")).toString();
             }
             done(a);
         });
}

} // namespace pd::payments
