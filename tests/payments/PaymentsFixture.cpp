#include "PaymentsFixture.h"

namespace pd::test {

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
