// Signing vectors against the openssl command line, verifiers that reject what they must, and
// the exact wire formats of money.

#include "TestPki.h"
#include "payments/AlipayClient.h"
#include "payments/GatewayConfig.h"
#include "payments/PaypalClient.h"
#include "payments/RsaKey.h"
#include "payments/StripeClient.h"
#include "payments/WechatPayClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace pd;
using namespace pd::payments;

class TestGatewaySigning : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestPki> m_pki;

    QByteArray opensslSign(const QByteArray& data)
    {
        // printf '%s' "$S" | openssl dgst -sha256 -sign app.pem | openssl base64 -A
        const QByteArray raw =
            m_pki->openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"),
                            QStringLiteral("-sign"), QStringLiteral("merchant.pem")},
                           data);
        return raw.toBase64();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pki = std::make_unique<test::TestPki>();
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
    }

    void alipaySigningStringAndSignature()
    {
        QMap<QByteArray, QByteArray> params;
        params.insert("app_id", "2021000000000001");
        params.insert("method", "alipay.trade.refund");
        params.insert("charset", "utf-8");
        params.insert("sign_type", "RSA2");
        params.insert("timestamp", "2026-11-23 10:00:00");
        params.insert("version", "1.0");
        params.insert("notify_url", ""); // empty: left out
        params.insert("sign", "ignored");
        params.insert(
            "biz_content",
            R"({"out_trade_no":"ORD1","refund_amount":"30.00","refund_reason":"重复支付"})");
        const QByteArray s = AlipayClient::signingString(params);
        // Sorted by key, raw values, no sign, no empty value.
        QCOMPARE(s, QByteArray("app_id=2021000000000001&biz_content=") +
                        params.value("biz_content") +
                        "&charset=utf-8&method=alipay.trade.refund&sign_type=RSA2&timestamp="
                        "2026-11-23 10:00:00&version=1.0");
        const RsaKey key = RsaKey::fromPrivatePem(m_pki->merchantPrivatePem);
        QVERIFY(!key.isNull());
        QCOMPARE(key.signSha256Base64(s), opensslSign(s));
    }

    void wechatRequestSignature()
    {
        const QByteArray body =
            R"({"out_refund_no":"PDRF1","amount":{"refund":3000,"total":9900,"currency":"CNY"}})";
        const QByteArray message = WechatPayClient::requestMessage(
            "POST", "/v3/refund/domestic/refunds", 1763892000, "NONCE123", body);
        QCOMPARE(message, QByteArray("POST\n/v3/refund/domestic/refunds\n1763892000\nNONCE123\n") +
                              body + '\n');
        GatewayConfig c;
        c.gateway = QStringLiteral("wechat");
        c.merchantId = QStringLiteral("1900000001");
        c.certSerial = QStringLiteral("ABCDEF0123456789");
        c.privateKeyPem = m_pki->merchantPrivatePem;
        QNetworkAccessManager nam;
        WechatPayClient client(c, &nam, domain::Clock::system());
        const QByteArray header = client.authorization("POST", "/v3/refund/domestic/refunds", body,
                                                       1763892000, "NONCE123");
        QVERIFY(header.startsWith(
            "WECHATPAY2-SHA256-RSA2048 mchid=\"1900000001\",nonce_str=\"NONCE123\","
            "timestamp=\"1763892000\",serial_no=\"ABCDEF0123456789\",signature=\""));
        QVERIFY(header.endsWith("\"" + opensslSign(message) + "\""));
    }

    void verifierRejectsTamperingAndWrongKeys()
    {
        const RsaKey merchant = RsaKey::fromPrivatePem(m_pki->merchantPrivatePem);
        const RsaKey merchantPublic = RsaKey::fromPublicPem(m_pki->merchantPublicPem);
        const RsaKey otherPublic = RsaKey::fromPublicPem(m_pki->otherPublicPem);
        const QByteArray data = R"({"code":"10000","fund_change":"Y"})";
        const QByteArray sig = merchant.signSha256Base64(data);
        QVERIFY(merchantPublic.verifySha256Base64(data, sig));
        QVERIFY(!merchantPublic.verifySha256Base64(R"({"code":"10000","fund_change":"N"})", sig));
        QVERIFY(!otherPublic.verifySha256Base64(data, sig));
        QVERIFY(!merchantPublic.verifySha256Base64(data, "not base64!"));
        QVERIFY(!merchantPublic.verifySha256Base64(data, {}));
    }

    void wechatAnswerVerification()
    {
        GatewayConfig c;
        c.gateway = QStringLiteral("wechat");
        c.platformKeyId = QStringLiteral("PUB_KEY_ID_1");
        c.gatewayPublicKeyPem = m_pki->merchantPublicPem; // the "platform" key of this test
        domain::FixedClock clock(QDateTime::fromSecsSinceEpoch(1763892000, Qt::UTC));
        QNetworkAccessManager nam;
        WechatPayClient client(c, &nam, clock);
        const RsaKey platform = RsaKey::fromPrivatePem(m_pki->merchantPrivatePem);
        const QByteArray body = R"({"status":"SUCCESS"})";
        auto headersAt = [&](qint64 ts, const QByteArray& b, const QByteArray& serial) {
            QHash<QByteArray, QByteArray> h;
            h.insert("wechatpay-timestamp", QByteArray::number(ts));
            h.insert("wechatpay-nonce", "N1");
            h.insert("wechatpay-serial", serial);
            h.insert("wechatpay-signature",
                     platform.signSha256Base64(QByteArray::number(ts) + "\nN1\n" + b + '\n'));
            return h;
        };
        QString why;
        QVERIFY2(client.verifyAnswer(headersAt(1763892000 - 299, body, "PUB_KEY_ID_1"), body, &why),
                 qPrintable(why));
        QVERIFY(
            !client.verifyAnswer(headersAt(1763892000 - 300, body, "PUB_KEY_ID_1"), body, &why));
        QVERIFY(why.contains(QLatin1String("300")));
        QVERIFY(
            !client.verifyAnswer(headersAt(1763892000 + 400, body, "PUB_KEY_ID_1"), body, &why));
        QVERIFY(!client.verifyAnswer(headersAt(1763892000, body, "PUB_KEY_ID_1"),
                                     R"({"status":"CLOSED"})", &why));
        QVERIFY(!client.verifyAnswer(headersAt(1763892000, body, "PUB_KEY_ID_2"), body, &why));
        auto probe = headersAt(1763892000, body, "PUB_KEY_ID_1");
        probe.insert("wechatpay-signature",
                     "WECHATPAY/SIGNTEST/" + probe.value("wechatpay-signature"));
        QVERIFY(!client.verifyAnswer(probe, body, &why));
        QVERIFY(!client.verifyAnswer({}, body, &why));
    }

    // Certificate mode: the platform key comes as an X.509 certificate, named by its serial.
    void wechatPlatformCertificate()
    {
        const QByteArray certPem =
            m_pki->openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-key"),
                            QStringLiteral("merchant.pem"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=Tenpay.com Root CA"), QStringLiteral("-days"),
                            QStringLiteral("30"), QStringLiteral("-set_serial"),
                            QStringLiteral("0x5157F09EFDC096DE15EBE81A47057A7232F8C5F1")});
        QVERIFY2(certPem.contains("BEGIN CERTIFICATE"), qPrintable(m_pki->error()));
        GatewayConfig c;
        c.gateway = QStringLiteral("wechat");
        c.platformKeyId = QStringLiteral("5157F09EFDC096DE15EBE81A47057A7232F8C5F1");
        c.gatewayPublicKeyPem = certPem;
        domain::FixedClock clock(QDateTime::fromSecsSinceEpoch(1763892000, Qt::UTC));
        QNetworkAccessManager nam;
        WechatPayClient client(c, &nam, clock);
        const RsaKey platform = RsaKey::fromPrivatePem(m_pki->merchantPrivatePem);
        const QByteArray body = R"({"status":"SUCCESS"})";
        QHash<QByteArray, QByteArray> h;
        h.insert("wechatpay-timestamp", "1763892000");
        h.insert("wechatpay-nonce", "N1");
        // Serials are hex; the case the gateway sends does not matter.
        h.insert("wechatpay-serial", "5157f09efdc096de15ebe81a47057a7232f8c5f1");
        h.insert("wechatpay-signature",
                 platform.signSha256Base64("1763892000\nN1\n" + body + '\n'));
        QString why;
        QVERIFY2(client.verifyAnswer(h, body, &why), qPrintable(why));
        QVERIFY(!client.verifyAnswer(h, R"({"status":"CLOSED"})", &why));
        // Another certificate (another key) under the same serial does not verify.
        c.gatewayPublicKeyPem = m_pki->otherPublicPem;
        WechatPayClient other(c, &nam, clock);
        QVERIFY(!other.verifyAnswer(h, body, &why));
    }

    void alipaySignedContentIsTheRawBytes()
    {
        // Spacing, key order and a brace inside a string all survive: no re-serialising.
        const QByteArray inner =
            "{\"code\":\"10000\", \"msg\":\"Success\",\"sub_msg\":\"a } brace \\\" and "
            "quote\",\"fund_change\":\"Y\"}";
        const QByteArray body = R"({"alipay_trade_refund_response":)" + inner + R"(,"sign":"abc"})";
        QCOMPARE(AlipayClient::rawJsonValue(body, "alipay_trade_refund_response"), inner);
        QCOMPARE(AlipayClient::rawJsonValue(body, "missing_response"), QByteArray());
        QCOMPARE(AlipayClient::responseKey("alipay.trade.fastpay.refund.query"),
                 QByteArray("alipay_trade_fastpay_refund_query_response"));
    }

    void moneyOnTheWire_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("stripeAmount");
        QTest::addColumn<QString>("decimal");
        QTest::newRow("usd") << "12.34"
                             << "USD"
                             << "1234"
                             << "12.34";
        QTest::newRow("cny") << "0.10"
                             << "CNY"
                             << "10"
                             << "0.10";
        QTest::newRow("jpy zero-decimal") << "500"
                                          << "JPY"
                                          << "500"
                                          << "500";
        QTest::newRow("large") << "9999999999.99"
                               << "USD"
                               << "999999999999"
                               << "9999999999.99";
    }

    void moneyOnTheWire()
    {
        QFETCH(QString, amount);
        QFETCH(QString, currency);
        QFETCH(QString, stripeAmount);
        QFETCH(QString, decimal);
        RefundOrder order;
        order.key = QStringLiteral("PDRFkey00001");
        order.amount = *domain::Money::parse(amount, currency);
        order.total = order.amount;
        order.gatewayTradeNo = QStringLiteral("pi_1");
        const QByteArray form = StripeClient::refundForm(order);
        QVERIFY2(form.split('&').contains("amount=" + stripeAmount.toUtf8()), form.constData());
        QVERIFY(form.contains("payment_intent=pi_1"));
        QVERIFY(form.contains("metadata%5Bpaneldesk_refund_key%5D=PDRFkey00001"));
        const QJsonObject paypal =
            QJsonDocument::fromJson(PaypalClient::refundBody(order)).object();
        const QJsonValue value =
            paypal.value(QStringLiteral("amount")).toObject().value(QStringLiteral("value"));
        QVERIFY(value.isString());
        QCOMPARE(value.toString(), decimal);
    }

    void malformedKeysAreNamed()
    {
        QString error;
        QVERIFY(RsaKey::fromPrivatePem(
                    "-----BEGIN PRIVATE KEY-----\nnonsense\n-----END PRIVATE KEY-----", &error)
                    .isNull());
        QVERIFY(error.contains(QLatin1String("PEM")));
        // A bare Base64 key as consoles hand it out is accepted.
        QByteArray bare = m_pki->merchantPrivatePem;
        bare.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "");
        QVERIFY(!RsaKey::fromPrivatePem(bare, &error).isNull());
        const QByteArray small = m_pki->openssl(
            {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
             QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:1024")});
        QVERIFY(RsaKey::fromPrivatePem(small, &error).isNull());
        QVERIFY2(error.contains(QLatin1String("2048")), qPrintable(error));

        GatewayConfig c;
        c.gateway = QStringLiteral("wechat");
        c.baseUrl = QUrl(QStringLiteral("http://api.mch.weixin.qq.com"));
        c.certSerial = QStringLiteral("not hex");
        const QStringList problems = c.problems();
        QVERIFY(problems.join(QLatin1Char(' ')).contains(QLatin1String("https")));
        QVERIFY(problems.join(QLatin1Char(' ')).contains(QLatin1String("serial")));
        c.gateway = QStringLiteral("stripe");
        c.baseUrl = GatewayConfig::productionUrl(c.gateway);
        c.apiSecret = QStringLiteral("pk_live_123");
        QVERIFY(c.problems().join(QLatin1Char(' ')).contains(QLatin1String("sk_live_")));
        c.apiSecret = QStringLiteral("sk_test_123");
        QVERIFY(c.problems().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGatewaySigning)
#include "tst_gatewaysigning.moc"
