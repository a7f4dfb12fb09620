#include "payments/GatewayClient.h"

#include "payments/AlipayClient.h"
#include "payments/PaypalClient.h"
#include "payments/StripeClient.h"
#include "payments/WechatPayClient.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>

namespace pd::payments {

GatewayClient::GatewayClient(GatewayConfig config, QNetworkAccessManager* network,
                             const domain::Clock& clock, QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_network(network), m_clock(clock)
{}

std::unique_ptr<GatewayClient> GatewayClient::create(const GatewayConfig& config,
                                                     QNetworkAccessManager* network,
                                                     const domain::Clock& clock)
{
    if (config.gateway == QLatin1String("alipay"))
        return std::make_unique<AlipayClient>(config, network, clock);
    if (config.gateway == QLatin1String("wechat"))
        return std::make_unique<WechatPayClient>(config, network, clock);
    if (config.gateway == QLatin1String("stripe"))
        return std::make_unique<StripeClient>(config, network, clock);
    if (config.gateway == QLatin1String("paypal"))
        return std::make_unique<PaypalClient>(config, network, clock);
    return nullptr;
}

QNetworkRequest GatewayClient::request(const QUrl& url) const
{
    QNetworkRequest r(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    // A sandbox or test CA is trusted in addition to the system's; verification stays on.
    if (!m_config.extraCaPem.trimmed().isEmpty())
        ssl.addCaCertificates(QSslCertificate::fromData(m_config.extraCaPem));
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    r.setSslConfiguration(ssl);
    r.setTransferTimeout(m_config.timeoutMs);
    r.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("PanelDesk/0.1"));
    // One request per connection attempt over HTTP/1.1: what every gateway accepts, and what
    // the fault tests reproduce exactly. (Qt may still resend once on a connection closed
    // before any answer; the refund's key makes that harmless.)
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return r;
}

QUrl GatewayClient::urlFor(const QString& pathAndQuery) const
{
    QString base = m_config.baseUrl.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl::fromEncoded(base.toUtf8() + pathAndQuery.toUtf8(), QUrl::StrictMode);
}

void GatewayClient::send(const QNetworkRequest& request, const QByteArray& verb,
                         const QByteArray& body, ReplyHandler handler)
{
    QNetworkReply* reply = m_network->sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::finished, this, [reply, handler = std::move(handler)] {
        reply->deleteLater();
        Reply r;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        r.status = status.isValid() ? status.toInt() : 0;
        r.body = reply->isOpen() ? reply->readAll() : QByteArray();
        for (const auto& pair : reply->rawHeaderPairs())
            r.headers.insert(pair.first.toLower(), pair.second);
        // An HTTP error status still carries an answer; only no status at all is a transport
        // failure (timeout, reset, TLS refused, malformed HTTP).
        r.transportFailed = r.status == 0;
        r.errorText = reply->errorString();
        handler(r);
    });
}

GatewayAnswer GatewayClient::unknown(const QString& code, const QString& message)
{
    GatewayAnswer a;
    a.outcome = GatewayAnswer::Outcome::Unknown;
    a.code = code;
    a.message = message;
    return a;
}

GatewayAnswer GatewayClient::unknownFromReply(const Reply& reply)
{
    if (reply.transportFailed)
        return unknown(QStringLiteral("NETWORK"),
                       tr("No answer came from the gateway (%1). The refund may or may not have "
                          "been made; it will be settled with the same key.")
                           .arg(reply.errorText));
    return unknown(QStringLiteral("HTTP_%1").arg(reply.status),
                   tr("The gateway answered with HTTP status %1 and no verifiable result. The "
                      "refund may or may not have been made; it will be settled with the same key.")
                       .arg(reply.status));
}

} // namespace pd::payments
