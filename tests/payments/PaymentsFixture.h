#pragma once

#include "FakeGateway.h"
#include "TestPki.h"
#include "payments/GatewayConfig.h"

#include <memory>

namespace pd::test {

// The keys, the fake gateway and the matching client settings the payments tests share.
class PaymentsFixture
{
public:
    PaymentsFixture();
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    TestPki& pki() { return m_pki; }
    FakeGateway& gateway() { return *m_gateway; }
    // A complete configuration of `gateway` pointing at the fake, timeout `timeoutMs`.
    payments::GatewayConfig config(const QString& gateway, int timeoutMs = 2000) const;
    // WeChat Pay certificate mode: the fake signs with a platform certificate of the test CA and
    // serves its certificates encrypted with WechatApiV3Key; false (see error()) when the
    // certificate cannot be made. Public-key mode stays the default.
    bool useWechatCertificates();
    // A new platform certificate signs from now on (WeChat Pay's rotation); an unlisted one is
    // missing from /v3/certificates. Returns its serial, empty on failure.
    QByteArray rotateWechatCertificate(bool listed = true);
    // A certificate-mode merchant: merchant id, certificate serial, private key and APIv3 key,
    // and nothing of WeChat Pay's (no public key, no key id).
    payments::GatewayConfig wechatCertificateConfig(int timeoutMs = 2000) const;
    static const char* const WechatApiV3Key;

    // The secret the keychain holds for `gateway` (private key PEM or API secret).
    QString secret(const QString& gateway) const;
    // Our order number and the gateway's id of a trade of `gateway`, total in minor units.
    static QString gatewayTradeNoFor(const QString& gateway, const QString& outTradeNo);
    static QString currencyFor(const QString& gateway);

private:
    TestPki m_pki;
    std::unique_ptr<FakeGateway> m_gateway;
    QString m_error;
    int m_wechatCertificates = 0;
};

} // namespace pd::test
