#pragma once

#include "domain/SecretStore.h"
#include "payments/GatewayConfig.h"

#include <QObject>
#include <functional>

namespace pd::payments {

// Where each gateway's settings live: ids, base URL, serials, the gateway's public key and an
// extra CA in the settings file (QSettings, group "gateways/<name>"; none of them is secret),
// private keys and API secrets in the OS keychain only (SecretStore key "gateway/<name>").
// The settings are per machine, like the keychain that holds the secrets.
class GatewaySettings
{
public:
    explicit GatewaySettings(domain::SecretStore* secrets) : m_secrets(secrets) {}

    // The settings without the secret.
    static GatewayConfig loadPublic(const QString& gateway);
    static void savePublic(const GatewayConfig& config);
    static bool isConfigured(const QString& gateway); // a base URL was saved
    static QString secretKey(const QString& gateway);

    // With the secret from the keychain. `done` gets an error sentence when the gateway is not
    // configured or the keychain cannot give the secret.
    void load(const QString& gateway, QObject* context,
              std::function<void(const GatewayConfig& config, const QString& error)> done);
    // Saves the public part, then the secret (when config carries one) in the keychain.
    void save(const GatewayConfig& config, QObject* context,
              std::function<void(const QString& error)> done);

private:
    domain::SecretStore* m_secrets;
};

} // namespace pd::payments
