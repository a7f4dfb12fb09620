#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace pd::payments {

// Everything one gateway client needs. Secrets (privateKeyPem, apiSecret) come from the OS
// keychain only; the rest is kept in the settings file (see GatewaySettings).
struct GatewayConfig
{
    QString gateway;       // "alipay", "wechat", "stripe", "paypal"
    QUrl baseUrl;          // production, sandbox, or any https URL (tests)
    QString appId;         // Alipay app_id, PayPal client id
    QString merchantId;    // WeChat Pay mchid
    QString certSerial;    // WeChat Pay merchant certificate serial (hex)
    QString platformKeyId; // WeChat Pay public key id (PUB_KEY_ID_…) or platform cert serial
    QByteArray gatewayPublicKeyPem; // Alipay public key; WeChat Pay public key or certificate
    QByteArray extraCaPem;          // a CA trusted besides the system's (sandbox, tests)
    QString testOrder;              // an order (or gateway payment id) "test connection" reads
    int timeoutMs = 30000;
    // Secrets.
    QByteArray privateKeyPem; // Alipay app private key, WeChat Pay merchant API private key
    QString apiSecret;        // Stripe secret key, PayPal client secret

    static QStringList gateways();
    static QString displayName(const QString& gateway);
    static QUrl productionUrl(const QString& gateway);
    static QUrl sandboxUrl(const QString& gateway); // empty for WeChat Pay (no v3 sandbox)
    // Which secret the gateway needs: "private_key" (Alipay, WeChat) or "api_secret".
    static bool usesPrivateKey(const QString& gateway);

    // Sentences about what is missing or malformed, empty when the client can be used.
    QStringList problems() const;
};

} // namespace pd::payments
