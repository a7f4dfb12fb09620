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

void GatewaySettings::readApiV3Key(domain::SecretStore* store, GatewayConfig c, QObject* context,
                                   Done done)
{
    if (c.gateway != QLatin1String("wechat") || !c.apiV3Key.isEmpty() || c.wechatPublicKeyMode()) {
        done(c, {});
        return;
    }
    store->read(GatewaySettings::apiV3SecretKey(c.gateway), context,
                [c, done](const domain::SecretStore::Result& r) mutable {
                    if (r.status == domain::SecretStore::Status::Ok) {
                        c.apiV3Key = r.secret.toUtf8();
                    } else if (r.status != domain::SecretStore::Status::NotFound) {
                        done(c, tr("The %1 APIv3 key could not be read from the keychain (%2), "
                                   "so nothing was sent. Enter it again in the gateway settings.")
                                    .arg(GatewayConfig::displayName(c.gateway), r.message));
                        return;
                    }
                    done(c, {});
                });
}

QString GatewaySettings::secretKey(const QString& gateway)
{
    return QStringLiteral("gateway/") + gateway;
}

QString GatewaySettings::apiV3SecretKey(const QString& gateway)
{
    return secretKey(gateway) + QStringLiteral("/apiv3");
}

QByteArray GatewaySettings::wechatCertificatesPem(const QString& merchantId)
{
    QSettings s;
    s.beginGroup(group(QStringLiteral("wechat")));
    if (merchantId.isEmpty() ||
        s.value(QStringLiteral("platform_certificates_merchant")).toString() != merchantId)
        return {};
    return s.value(QStringLiteral("platform_certificates")).toByteArray();
}

void GatewaySettings::saveWechatCertificatesPem(const QString& merchantId, const QByteArray& pem)
{
    QSettings s;
    s.beginGroup(group(QStringLiteral("wechat")));
    s.setValue(QStringLiteral("platform_certificates_merchant"), merchantId);
    s.setValue(QStringLiteral("platform_certificates"), pem);
    s.endGroup();
    s.sync();
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
    completeSecrets(c, context, std::move(done));
}

void GatewaySettings::completeSecrets(const GatewayConfig& config, QObject* context, Done done)
{
    const GatewayConfig& c = config;
    const bool mainMissing = GatewayConfig::usesPrivateKey(c.gateway) ? c.privateKeyPem.isEmpty()
                                                                      : c.apiSecret.isEmpty();
    const bool apiV3Missing =
        c.gateway == QLatin1String("wechat") && c.apiV3Key.isEmpty() && !c.wechatPublicKeyMode();
    if (!mainMissing && !apiV3Missing) {
        done(c, {});
        return;
    }
    if (!m_secrets) {
        done(c, tr("No keychain is available for the %1 secret, so nothing was sent.")
                    .arg(GatewayConfig::displayName(c.gateway)));
        return;
    }
    // The callbacks outlive this object (a caller's local); the store outlives them.
    domain::SecretStore* store = m_secrets;
    if (!mainMissing) {
        readApiV3Key(store, c, context, std::move(done));
        return;
    }
    store->read(secretKey(c.gateway), context,
                [c = config, done, store, context](const domain::SecretStore::Result& r) mutable {
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
                    readApiV3Key(store, c, context, done);
                });
}

void GatewaySettings::save(const GatewayConfig& config, QObject* context,
                           std::function<void(const QString&)> done)
{
    savePublic(config);
    const QString secret = GatewayConfig::usesPrivateKey(config.gateway)
                               ? QString::fromUtf8(config.privateKeyPem)
                               : config.apiSecret;
    const QString apiV3Key =
        config.gateway == QLatin1String("wechat") ? QString::fromUtf8(config.apiV3Key) : QString();
    if (secret.isEmpty() && apiV3Key.isEmpty()) {
        done({});
        return;
    }
    if (!m_secrets) {
        done(tr("No keychain is available, so the secret was not saved (the other settings "
                "were)."));
        return;
    }
    domain::SecretStore* store = m_secrets;
    const QString gateway = config.gateway;
    // The APIv3 key after the main secret, each only when given.
    auto writeApiV3Key = [store, gateway, apiV3Key, context, done] {
        if (apiV3Key.isEmpty()) {
            done({});
            return;
        }
        store->write(apiV3SecretKey(gateway), apiV3Key, context,
                     [done](const domain::SecretStore::Result& r) {
                         done(r.status == domain::SecretStore::Status::Ok
                                  ? QString()
                                  : tr("The APIv3 key could not be saved in the keychain (%1); "
                                       "the other settings were saved. Try again once the "
                                       "keychain is unlocked.")
                                        .arg(r.message));
                     });
    };
    if (secret.isEmpty()) {
        writeApiV3Key();
        return;
    }
    store->write(secretKey(gateway), secret, context,
                 [done, writeApiV3Key](const domain::SecretStore::Result& r) {
                     if (r.status != domain::SecretStore::Status::Ok) {
                         done(tr("The secret could not be saved in the keychain (%1); the "
                                 "other settings were saved. Try again once the keychain "
                                 "is unlocked.")
                                  .arg(r.message));
                         return;
                     }
                     writeApiV3Key();
                 });
}

} // namespace pd::payments
