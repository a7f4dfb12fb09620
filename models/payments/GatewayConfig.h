#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace pd::payments {

// Everything one gateway client needs. Secrets (privateKeyPem, apiSecret, apiV3Key) come from the
// OS keychain only; the rest is kept in the settings file (see GatewaySettings).
struct GatewayConfig
{
    QString gateway;    // "alipay", "wechat", "stripe", "paypal"
    QUrl baseUrl;       // production, sandbox, or any https URL (tests)
    QString appId;      // Alipay app_id, PayPal client id
    QString merchantId; // WeChat Pay mchid
    QString certSerial; // WeChat Pay merchant certificate serial (hex)
    // WeChat Pay public key id (PUB_KEY_ID_…: public-key mode), or the serial of a configured
    // platform certificate, or empty (certificate mode with downloaded platform certificates).
    QString platformKeyId;
    // Alipay public key; WeChat Pay public key or a platform certificate (optional in certificate
    // mode, where the certificates are downloaded).
    QByteArray gatewayPublicKeyPem;
    QByteArray extraCaPem; // a CA trusted besides the system's (sandbox, tests)
    QString testOrder;     // an order (or gateway payment id) "test connection" reads
    int timeoutMs = 30000;
    // Secrets.
    QByteArray privateKeyPem; // Alipay app private key, WeChat Pay merchant API private key
    QString apiSecret;        // Stripe secret key, PayPal client secret
    // WeChat Pay APIv3 key (32 bytes): decrypts the platform certificates in certificate mode.
    QByteArray apiV3Key;

    // How problems() treats a secret the configuration does not carry.
    enum class Secrets {
        Required,   // a missing secret is a problem (a configuration about to be used)
        MayBeStored // a missing secret may be in the keychain already: only given ones are checked
    };

    static QStringList gateways();
    static QString displayName(const QString& gateway);
    static QUrl productionUrl(const QString& gateway);
    static QUrl sandboxUrl(const QString& gateway); // empty for WeChat Pay (no v3 sandbox)
    // Which secret the gateway needs: "private_key" (Alipay, WeChat) or "api_secret".
    static bool usesPrivateKey(const QString& gateway);
    // WeChat Pay: whether answers are verified with a WeChat Pay public key (PUB_KEY_ID_…) rather
    // than with platform certificates, which rotate and are downloaded with the APIv3 key.
    bool wechatPublicKeyMode() const;

    // Sentences about what is missing or malformed, empty when the client can be used.
    QStringList problems(Secrets secrets = Secrets::Required) const;
};

} // namespace pd::payments
