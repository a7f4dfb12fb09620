#include "payments/GatewayConfig.h"

#include "payments/RsaKey.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSslCertificate>

namespace pd::payments {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("pd::payments::GatewayConfig", text);
}
} // namespace

QStringList GatewayConfig::gateways()
{
    return {QStringLiteral("alipay"), QStringLiteral("wechat"), QStringLiteral("stripe"),
            QStringLiteral("paypal")};
}

QString GatewayConfig::displayName(const QString& gateway)
{
    if (gateway == QLatin1String("alipay"))
        return tr("Alipay");
    if (gateway == QLatin1String("wechat"))
        return tr("WeChat Pay");
    if (gateway == QLatin1String("stripe"))
        return tr("Stripe");
    if (gateway == QLatin1String("paypal"))
        return tr("PayPal");
    return gateway;
}

QUrl GatewayConfig::productionUrl(const QString& gateway)
{
    if (gateway == QLatin1String("alipay"))
        return QUrl(QStringLiteral("https://openapi.alipay.com/gateway.do"));
    if (gateway == QLatin1String("wechat"))
        return QUrl(QStringLiteral("https://api.mch.weixin.qq.com"));
    if (gateway == QLatin1String("stripe"))
        return QUrl(QStringLiteral("https://api.stripe.com"));
    if (gateway == QLatin1String("paypal"))
        return QUrl(QStringLiteral("https://api-m.paypal.com"));
    return {};
}

QUrl GatewayConfig::sandboxUrl(const QString& gateway)
{
    if (gateway == QLatin1String("alipay"))
        return QUrl(QStringLiteral("https://openapi-sandbox.dl.alipaydev.com/gateway.do"));
    if (gateway == QLatin1String("stripe")) // test mode is chosen by an sk_test_ key
        return QUrl(QStringLiteral("https://api.stripe.com"));
    if (gateway == QLatin1String("paypal"))
        return QUrl(QStringLiteral("https://api-m.sandbox.paypal.com"));
    return {};
}

bool GatewayConfig::usesPrivateKey(const QString& gateway)
{
    return gateway == QLatin1String("alipay") || gateway == QLatin1String("wechat");
}

bool GatewayConfig::wechatPublicKeyMode() const
{
    return platformKeyId.trimmed().startsWith(QLatin1String("PUB_KEY_ID_"));
}

QStringList GatewayConfig::problems(Secrets secrets) const
{
    QStringList p;
    if (!gateways().contains(gateway)) {
        p << tr("\"%1\" is not a gateway PanelDesk knows (alipay, wechat, stripe, paypal).")
                 .arg(gateway);
        return p;
    }
    // A secret the form left empty may already be in the keychain; one that was given is checked.
    const bool all = secrets == Secrets::Required;
    if (!baseUrl.isValid() || baseUrl.scheme() != QLatin1String("https") ||
        baseUrl.host().isEmpty())
        p << tr("The base URL must be an https:// address (TLS is always verified).");
    QString error;
    if (gateway == QLatin1String("alipay")) {
        if (appId.trimmed().isEmpty())
            p << tr("The Alipay app id is missing.");
        if ((all || !privateKeyPem.isEmpty()) &&
            RsaKey::fromPrivatePem(privateKeyPem, &error).isNull())
            p << tr("App private key: %1").arg(error);
        if (RsaKey::fromPublicPem(gatewayPublicKeyPem, &error).isNull())
            p << tr("Alipay public key: %1").arg(error);
    } else if (gateway == QLatin1String("wechat")) {
        if (merchantId.trimmed().isEmpty())
            p << tr("The WeChat Pay merchant id (mchid) is missing.");
        if (certSerial.trimmed().isEmpty() ||
            !QRegularExpression(QStringLiteral("^[0-9A-Fa-f]{8,64}$")).match(certSerial).hasMatch())
            p << tr("The merchant certificate serial must be the certificate's serial number in "
                    "hex, as the merchant platform shows it.");
        if ((all || !privateKeyPem.isEmpty()) &&
            RsaKey::fromPrivatePem(privateKeyPem, &error).isNull())
            p << tr("Merchant API private key: %1").arg(error);
        if (wechatPublicKeyMode()) {
            if (RsaKey::fromPublicPem(gatewayPublicKeyPem, &error).isNull())
                p << tr("WeChat Pay public key or platform certificate: %1").arg(error);
        } else {
            // Certificate mode: the platform certificates are downloaded (and rotate), so a
            // configured one is optional; what the download needs is the APIv3 key.
            if (!gatewayPublicKeyPem.trimmed().isEmpty()) {
                if (RsaKey::fromPublicPem(gatewayPublicKeyPem, &error).isNull())
                    p << tr("WeChat Pay public key or platform certificate: %1").arg(error);
                else if (platformKeyId.trimmed().isEmpty() &&
                         QSslCertificate::fromData(gatewayPublicKeyPem).isEmpty())
                    p << tr("A WeChat Pay public key needs its public key id (PUB_KEY_ID_…), as "
                            "the merchant platform shows it next to the key.");
            }
            // A configured certificate verifies answers until WeChat Pay rotates it; without one,
            // nothing can be verified before a download.
            if (all && apiV3Key.isEmpty() &&
                QSslCertificate::fromData(gatewayPublicKeyPem).isEmpty())
                p << tr("The WeChat Pay APIv3 key is missing. Without a WeChat Pay public key id "
                        "(PUB_KEY_ID_…) or a platform certificate PanelDesk uses WeChat Pay's "
                        "platform certificates, and it needs the APIv3 key to download them.");
        }
        if (!apiV3Key.isEmpty() && apiV3Key.size() != 32)
            p << tr("The WeChat Pay APIv3 key must be exactly 32 characters (32 bytes), as set "
                    "in the merchant platform (Account centre → API security). Copy it again.");
    } else if (gateway == QLatin1String("stripe")) {
        if ((all || !apiSecret.isEmpty()) && !apiSecret.startsWith(QLatin1String("sk_live_")) &&
            !apiSecret.startsWith(QLatin1String("sk_test_")) &&
            !apiSecret.startsWith(QLatin1String("rk_live_")) &&
            !apiSecret.startsWith(QLatin1String("rk_test_")))
            p << tr("The Stripe secret key must start with sk_live_ or sk_test_ (or rk_ for a "
                    "restricted key).");
    } else {
        if (appId.trimmed().isEmpty())
            p << tr("The PayPal client id is missing.");
        if (all && apiSecret.trimmed().isEmpty())
            p << tr("The PayPal client secret is missing.");
    }
    if (!extraCaPem.trimmed().isEmpty() && QSslCertificate::fromData(extraCaPem).isEmpty())
        p << tr("The extra CA certificate is not a PEM certificate.");
    return p;
}

} // namespace pd::payments
