#include "payments/GatewaySettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace pd::payments {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pd::payments::GatewaySettings", text);
}

QString group(const QString& gateway)
{
    return QStringLiteral("gateways/") + gateway;
}

} // namespace

QString GatewaySettings::secretKey(const QString& gateway)
{
    return QStringLiteral("gateway/") + gateway;
}

GatewayConfig GatewaySettings::loadPublic(const QString& gateway)
{
    QSettings s;
    s.beginGroup(group(gateway));
    GatewayConfig c;
    c.gateway = gateway;
    c.baseUrl = QUrl(s.value(QStringLiteral("base_url")).toString());
    c.appId = s.value(QStringLiteral("app_id")).toString();
    c.merchantId = s.value(QStringLiteral("merchant_id")).toString();
    c.certSerial = s.value(QStringLiteral("cert_serial")).toString();
    c.platformKeyId = s.value(QStringLiteral("platform_key_id")).toString();
    c.gatewayPublicKeyPem = s.value(QStringLiteral("gateway_public_key")).toByteArray();
    c.extraCaPem = s.value(QStringLiteral("extra_ca")).toByteArray();
    c.testOrder = s.value(QStringLiteral("test_order")).toString();
    c.timeoutMs = qBound(1000, s.value(QStringLiteral("timeout_ms"), 30000).toInt(), 300000);
    return c;
}

void GatewaySettings::savePublic(const GatewayConfig& c)
{
    QSettings s;
    s.beginGroup(group(c.gateway));
    s.setValue(QStringLiteral("base_url"), c.baseUrl.toString());
    s.setValue(QStringLiteral("app_id"), c.appId);
    s.setValue(QStringLiteral("merchant_id"), c.merchantId);
    s.setValue(QStringLiteral("cert_serial"), c.certSerial);
    s.setValue(QStringLiteral("platform_key_id"), c.platformKeyId);
    s.setValue(QStringLiteral("gateway_public_key"), c.gatewayPublicKeyPem);
    s.setValue(QStringLiteral("extra_ca"), c.extraCaPem);
    s.setValue(QStringLiteral("test_order"), c.testOrder);
    s.setValue(QStringLiteral("timeout_ms"), c.timeoutMs);
    s.endGroup();
    s.sync();
}

bool GatewaySettings::isConfigured(const QString& gateway)
{
    return !QSettings().value(group(gateway) + QStringLiteral("/base_url")).toString().isEmpty();
}

void GatewaySettings::load(const QString& gateway, QObject* context,
                           std::function<void(const GatewayConfig&, const QString&)> done)
{
    GatewayConfig c = loadPublic(gateway);
    if (!GatewayConfig::gateways().contains(gateway) || c.baseUrl.isEmpty()) {
        done(c, tr("%1 is not configured on this computer, so nothing was sent to it. Set it up "
                   "in Payments → Gateway settings (or \"paneldeskctl gateway set\").")
                    .arg(GatewayConfig::displayName(gateway)));
        return;
    }
    if (!m_secrets) {
        done(c, tr("No keychain is available for the %1 secret, so nothing was sent.")
                    .arg(GatewayConfig::displayName(gateway)));
        return;
    }
    m_secrets->read(secretKey(gateway), context,
                    [c, done](const domain::SecretStore::Result& r) mutable {
                        if (r.status != domain::SecretStore::Status::Ok) {
                            done(c, tr("The %1 key could not be read from the keychain (%2), so "
                                       "nothing was sent. Enter it again in the gateway "
                                       "settings.")
                                        .arg(GatewayConfig::displayName(c.gateway), r.message));
                            return;
                        }
                        if (GatewayConfig::usesPrivateKey(c.gateway))
                            c.privateKeyPem = r.secret.toUtf8();
                        else
                            c.apiSecret = r.secret;
                        done(c, {});
                    });
}

void GatewaySettings::save(const GatewayConfig& config, QObject* context,
                           std::function<void(const QString&)> done)
{
    savePublic(config);
    const QString secret = GatewayConfig::usesPrivateKey(config.gateway)
                               ? QString::fromUtf8(config.privateKeyPem)
                               : config.apiSecret;
    if (secret.isEmpty()) {
        done({});
        return;
    }
    if (!m_secrets) {
        done(tr("No keychain is available, so the secret was not saved (the other settings "
                "were)."));
        return;
    }
    m_secrets->write(secretKey(config.gateway), secret, context,
                     [done](const domain::SecretStore::Result& r) {
                         done(r.status == domain::SecretStore::Status::Ok
                                  ? QString()
                                  : tr("The secret could not be saved in the keychain (%1); the "
                                       "other settings were saved. Try again once the keychain "
                                       "is unlocked.")
                                        .arg(r.message));
                     });
}

} // namespace pd::payments
