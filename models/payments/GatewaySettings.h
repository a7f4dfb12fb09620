#pragma once

#include "domain/SecretStore.h"
#include "payments/GatewayConfig.h"

#include <QObject>
#include <functional>

namespace pd::payments {

// Where each gateway's settings live: ids, base URL, serials, the gateway's public key and an
// extra CA in the settings file (QSettings, group "gateways/<name>"; none of them is secret),
// private keys and API secrets in the OS keychain only (SecretStore key "gateway/<name>", and
// "gateway/wechat/apiv3" for the WeChat Pay APIv3 key). The WeChat Pay platform certificates
// downloaded in certificate mode are public and kept in the settings file too, so a restart does
// not fetch them again. The settings are per machine, like the keychain that holds the secrets.
class GatewaySettings
{
public:
    explicit GatewaySettings(domain::SecretStore* secrets) : m_secrets(secrets) {}

    // The settings without the secret.
    static GatewayConfig loadPublic(const QString& gateway);
    static void savePublic(const GatewayConfig& config);
    static bool isConfigured(const QString& gateway); // a base URL was saved
    static QString secretKey(const QString& gateway);
    // The keychain key of the WeChat Pay APIv3 key (the gateway's second secret).
    static QString apiV3SecretKey(const QString& gateway);

    // The PEM certificates downloaded for WeChat Pay merchant `merchantId` (empty when none, or
    // when the saved ones belong to another merchant), and replacing them.
    static QByteArray wechatCertificatesPem(const QString& merchantId);
    static void saveWechatCertificatesPem(const QString& merchantId, const QByteArray& pem);

    // With the secret from the keychain. `done` gets an error sentence when the gateway is not
    // configured or the keychain cannot give the secret.
    void load(const QString& gateway, QObject* context,
              std::function<void(const GatewayConfig& config, const QString& error)> done);
    // Fills in from the keychain the secrets `config` does not carry (a settings form with the
    // secrets left empty); `done` gets an error sentence when the keychain cannot give one. A
    // WeChat Pay APIv3 key that was never saved stays empty: public-key mode does not need it,
    // and GatewayConfig::problems() names it where it is needed.
    void
    completeSecrets(const GatewayConfig& config, QObject* context,
                    std::function<void(const GatewayConfig& config, const QString& error)> done);
    // Saves the public part, then the secrets (those config carries) in the keychain.
    void save(const GatewayConfig& config, QObject* context,
              std::function<void(const QString& error)> done);

private:
    using Done = std::function<void(const GatewayConfig& config, const QString& error)>;
    // The second read of completeSecrets(): the APIv3 key, where certificate mode uses it.
    static void readApiV3Key(domain::SecretStore* store, GatewayConfig config, QObject* context,
                             Done done);

    domain::SecretStore* m_secrets;
};

} // namespace pd::payments
