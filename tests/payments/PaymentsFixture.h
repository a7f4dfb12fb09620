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
    // The secret the keychain holds for `gateway` (private key PEM or API secret).
    QString secret(const QString& gateway) const;
    // Our order number and the gateway's id of a trade of `gateway`, total in minor units.
    static QString gatewayTradeNoFor(const QString& gateway, const QString& outTradeNo);
    static QString currencyFor(const QString& gateway);

private:
    TestPki m_pki;
    std::unique_ptr<FakeGateway> m_gateway;
    QString m_error;
};

} // namespace pd::test
