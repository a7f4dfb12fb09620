#include "PaymentsFixture.h"

namespace pd::test {

const char* const PaymentsFixture::WechatApiV3Key = "PanelDeskFakeApiV3Key0123456789x";

PaymentsFixture::PaymentsFixture()
{
    if (!m_pki.ok()) {
        m_error = m_pki.error();
        return;
    }
    m_gateway = std::make_unique<FakeGateway>(m_pki.serverCertPem, m_pki.serverKeyPem,
                                              m_pki.merchantPublicPem, m_pki.gatewayPrivatePem,
                                              m_pki.otherPrivatePem);
    if (!m_gateway->listen())
        m_error = QStringLiteral("the fake gateway cannot listen");
}

payments::GatewayConfig PaymentsFixture::config(const QString& gateway, int timeoutMs) const
{
    payments::GatewayConfig c;
    c.gateway = gateway;
    c.baseUrl = m_gateway->baseUrl(gateway);
    c.extraCaPem = m_pki.caPem;
    c.timeoutMs = timeoutMs;
    if (gateway == QLatin1String("alipay")) {
        c.appId = QLatin1String(FakeGateway::AlipayAppId);
        c.privateKeyPem = m_pki.merchantPrivatePem;
        c.gatewayPublicKeyPem = m_pki.gatewayPublicPem;
    } else if (gateway == QLatin1String("wechat")) {
        c.merchantId = QLatin1String(FakeGateway::WechatMchId);
        c.certSerial = QLatin1String(FakeGateway::WechatSerial);
        c.platformKeyId = QLatin1String(FakeGateway::WechatKeyId);
        c.privateKeyPem = m_pki.merchantPrivatePem;
        c.gatewayPublicKeyPem = m_pki.gatewayPublicPem;
    } else if (gateway == QLatin1String("stripe")) {
        c.apiSecret = QLatin1String(FakeGateway::StripeKey);
    } else {
        c.appId = QLatin1String(FakeGateway::PaypalClientId);
        c.apiSecret = QLatin1String(FakeGateway::PaypalSecret);
    }
    return c;
}

bool PaymentsFixture::useWechatCertificates()
{
    if (m_wechatCertificates == 0 && rotateWechatCertificate().isEmpty())
        return false;
    m_gateway->useWechatCertificates(WechatApiV3Key);
    return true;
}

QByteArray PaymentsFixture::rotateWechatCertificate(bool listed)
{
    // Known serials; the leading zero checks that serials compare as numbers, not as text.
    const int n = ++m_wechatCertificates;
    const QByteArray serial = (n == 1 ? QByteArray("3D1F5A6B7C8D9E0F1A2B3C4D5E6F708192A3B4")
                                      : QByteArray("0B6D2E9F1C3A5B7D9E0F2A4C6E8B0D1F3A5C7E")) +
                              QByteArray::number(n, 16).rightJustified(2, '0').toUpper();
    const TestPki::PlatformCertificate c =
        m_pki.makePlatformCertificate(QStringLiteral("platform%1").arg(n), serial);
    if (c.certPem.isEmpty()) {
        m_error = m_pki.error();
        return {};
    }
    m_gateway->addWechatCertificate(c.serial, c.certPem, c.privatePem, listed);
    return c.serial;
}

payments::GatewayConfig PaymentsFixture::wechatCertificateConfig(int timeoutMs) const
{
    payments::GatewayConfig c = config(QStringLiteral("wechat"), timeoutMs);
    c.platformKeyId.clear();
    c.gatewayPublicKeyPem.clear();
    c.apiV3Key = WechatApiV3Key;
    return c;
}

QString PaymentsFixture::secret(const QString& gateway) const
{
    const payments::GatewayConfig c = config(gateway);
    return payments::GatewayConfig::usesPrivateKey(gateway) ? QString::fromUtf8(c.privateKeyPem)
                                                            : c.apiSecret;
}

QString PaymentsFixture::gatewayTradeNoFor(const QString& gateway, const QString& outTradeNo)
{
    if (gateway == QLatin1String("alipay"))
        return QStringLiteral("2026112222001") + outTradeNo.right(6);
    if (gateway == QLatin1String("wechat"))
        return QStringLiteral("42000026") + outTradeNo.right(6);
    if (gateway == QLatin1String("stripe"))
        return QStringLiteral("pi_3Fake") + outTradeNo.right(6);
    return QStringLiteral("CAPT") + outTradeNo.right(6);
}

QString PaymentsFixture::currencyFor(const QString& gateway)
{
    return gateway == QLatin1String("alipay") || gateway == QLatin1String("wechat")
               ? QStringLiteral("CNY")
               : QStringLiteral("USD");
}

} // namespace pd::test
