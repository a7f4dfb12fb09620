// Each gateway client against the fake gateway over verified HTTPS: refunds, queries, payment
// queries, definite refusals, and every transport or verification fault as Unknown.

#include "PaymentsFixture.h"
#include "payments/GatewayClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace pd;
using namespace pd::payments;
using Fault = test::FakeGateway::Fault;
using Outcome = GatewayAnswer::Outcome;

class TestGatewayClients : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::PaymentsFixture> m_fx;
    QNetworkAccessManager* m_nam = nullptr;
    int m_trade = 0;

    RefundOrder newTrade(const QString& gateway, qint64 totalMinor, qint64 refundMinor)
    {
        const QString no =
            QStringLiteral("ORD%1%2").arg(gateway.left(2)).arg(++m_trade, 6, 10, QLatin1Char('0'));
        const QString currency = test::PaymentsFixture::currencyFor(gateway);
        test::FakeGateway::Trade t;
        t.gateway = gateway;
        t.outTradeNo = no;
        t.gatewayTradeNo = test::PaymentsFixture::gatewayTradeNoFor(gateway, no);
        t.totalMinor = totalMinor;
        t.currency = currency;
        m_fx->gateway().addTrade(t);
        RefundOrder o;
        o.refundId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        o.key = QStringLiteral("PDRF") + QUuid::createUuid().toString(QUuid::Id128);
        o.amount = domain::Money(refundMinor, currency);
        o.total = domain::Money(totalMinor, currency);
        o.outTradeNo = no;
        o.gatewayTradeNo = t.gatewayTradeNo;
        o.reason = QStringLiteral("重复支付 duplicate");
        return o;
    }

    GatewayAnswer wait(const std::function<void(GatewayClient::Callback)>& call)
    {
        bool done = false;
        GatewayAnswer answer;
        call([&](const GatewayAnswer& a) {
            answer = a;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            answer.message = QStringLiteral("test: no callback");
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fx = std::make_unique<test::PaymentsFixture>();
        QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
        m_nam = new QNetworkAccessManager(this);
    }

    void init() { m_fx->gateway().clearFaults(); }

    void refundThenQuery_data()
    {
        QTest::addColumn<QString>("gateway");
        for (const QString& g : GatewayConfig::gateways())
            QTest::newRow(qPrintable(g)) << g;
    }

    void refundThenQuery()
    {
        QFETCH(QString, gateway);
        auto client = GatewayClient::create(m_fx->config(gateway), m_nam, domain::Clock::system());
        RefundOrder o = newTrade(gateway, 9900, 3000);
        const GatewayAnswer a = wait([&](auto cb) { client->createRefund(o, cb); });
        QCOMPARE(a.outcome, Outcome::Succeeded);
        QVERIFY(!a.gatewayRefundId.isEmpty());
        QCOMPARE(m_fx->gateway().refundedMinor(o.outTradeNo), 3000);
        o.gatewayRefundId = a.gatewayRefundId;
        const GatewayAnswer q = wait([&](auto cb) { client->queryRefund(o, cb); });
        QCOMPARE(q.outcome, Outcome::Succeeded);
        // The same key again refunds nothing more.
        const GatewayAnswer again = wait([&](auto cb) { client->createRefund(o, cb); });
        QVERIFY(again.outcome == Outcome::Succeeded || again.outcome == Outcome::Processing);
        QCOMPARE(m_fx->gateway().refundCount(o.outTradeNo), 1);
        QCOMPARE(m_fx->gateway().refundedMinor(o.outTradeNo), 3000);
        const GatewayAnswer p =
            wait([&](auto cb) { client->queryPayment(o.outTradeNo, o.gatewayTradeNo, cb); });
        QCOMPARE(p.outcome, Outcome::Succeeded);
        QVERIFY(!p.paymentState.isEmpty());
        QCOMPARE(m_fx->gateway().rejectedRequests(), 0);
    }

    void unknownRefundQueriesAsNotFound_data() { refundThenQuery_data(); }
    void unknownRefundQueriesAsNotFound()
    {
        QFETCH(QString, gateway);
        auto client = GatewayClient::create(m_fx->config(gateway), m_nam, domain::Clock::system());
        RefundOrder o = newTrade(gateway, 5000, 100);
        if (client->sameKeyRetryIsSafeQuery())
            QSKIP("PayPal settles by resending with the same key");
        const GatewayAnswer q = wait([&](auto cb) { client->queryRefund(o, cb); });
        QCOMPARE(q.outcome, Outcome::NotFound);
        QCOMPARE(m_fx->gateway().refundCount(o.outTradeNo), 0);
    }

    void refusalsAreDefinite_data() { refundThenQuery_data(); }
    void refusalsAreDefinite()
    {
        QFETCH(QString, gateway);
        auto client = GatewayClient::create(m_fx->config(gateway), m_nam, domain::Clock::system());
        RefundOrder o = newTrade(gateway, 9900, 3000);
        m_fx->gateway().queueFault(gateway, Fault::Refuse);
        const GatewayAnswer a = wait([&](auto cb) { client->createRefund(o, cb); });
        QCOMPARE(a.outcome, Outcome::Failed);
        QVERIFY(!a.code.isEmpty());
        QVERIFY2(a.message.contains(a.code), qPrintable(a.message));
        // Over the refundable amount is refused too.
        RefundOrder over = newTrade(gateway, 1000, 1001);
        const GatewayAnswer b = wait([&](auto cb) { client->createRefund(over, cb); });
        QCOMPARE(b.outcome, Outcome::Failed);
        QCOMPARE(m_fx->gateway().refundCount(over.outTradeNo), 0);
    }

    void faultsAreUnknown_data()
    {
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<Fault>("fault");
        for (const QString& g : GatewayConfig::gateways()) {
            QList<Fault> faults{Fault::TimeoutAfterProcessing, Fault::ResetAfterProcessing,
                                Fault::ServerErrorAfterProcessing, Fault::MalformedAfterProcessing,
                                Fault::LateAnswer};
            if (g == QLatin1String("alipay") || g == QLatin1String("wechat"))
                faults << Fault::BadSignatureAfterProcessing;
            if (g == QLatin1String("wechat"))
                faults << Fault::StaleTimestamp;
            for (Fault f : faults)
                QTest::newRow(qPrintable(
                    g + QLatin1Char(' ') +
                    QString::fromLatin1(QMetaEnum::fromType<Fault>().valueToKey(int(f)))))
                    << g << f;
        }
    }

    void faultsAreUnknown()
    {
        QFETCH(QString, gateway);
        QFETCH(Fault, fault);
        auto client =
            GatewayClient::create(m_fx->config(gateway, 1500), m_nam, domain::Clock::system());
        RefundOrder o = newTrade(gateway, 9900, 3000);
        m_fx->gateway().queueFault(gateway, fault);
        const GatewayAnswer a = wait([&](auto cb) { client->createRefund(o, cb); });
        QCOMPARE(a.outcome, Outcome::Unknown);
        QVERIFY(!a.message.isEmpty());
        // The gateway did refund: the answer was lost, not the refund.
        QCOMPARE(m_fx->gateway().refundCount(o.outTradeNo), 1);
    }

    void pendingThenSuccess_data() { refundThenQuery_data(); }
    void pendingThenSuccess()
    {
        QFETCH(QString, gateway);
        auto client = GatewayClient::create(m_fx->config(gateway), m_nam, domain::Clock::system());
        RefundOrder o = newTrade(gateway, 9900, 3000);
        m_fx->gateway().queueFault(gateway, Fault::Pending);
        const GatewayAnswer a = wait([&](auto cb) { client->createRefund(o, cb); });
        QCOMPARE(a.outcome, Outcome::Processing);
        o.gatewayRefundId = a.gatewayRefundId;
        const GatewayAnswer q = wait([&](auto cb) { client->queryRefund(o, cb); });
        QCOMPARE(q.outcome, Outcome::Succeeded);
    }

    void wrongMerchantKeyIsRefusedByTheGateway()
    {
        for (const QString& gateway : {QStringLiteral("alipay"), QStringLiteral("wechat")}) {
            GatewayConfig c = m_fx->config(gateway);
            c.privateKeyPem = m_fx->pki().otherPrivatePem;
            auto client = GatewayClient::create(c, m_nam, domain::Clock::system());
            RefundOrder o = newTrade(gateway, 9900, 3000);
            const int rejected = m_fx->gateway().rejectedRequests();
            const GatewayAnswer a = wait([&](auto cb) { client->createRefund(o, cb); });
            QVERIFY2(a.outcome != Outcome::Succeeded, qPrintable(gateway));
            QCOMPARE(m_fx->gateway().rejectedRequests(), rejected + 1);
            QCOMPARE(m_fx->gateway().refundCount(o.outTradeNo), 0);
        }
    }

    void tlsIsVerified()
    {
        // Without the test CA the fake's certificate is not trusted: nothing is sent.
        GatewayConfig c = m_fx->config(QStringLiteral("stripe"));
        c.extraCaPem.clear();
        // A manager of its own: QNetworkAccessManager keeps connections per host, with the TLS
        // configuration they were opened with.
        QNetworkAccessManager nam;
        auto client = GatewayClient::create(c, &nam, domain::Clock::system());
        RefundOrder o = newTrade(QStringLiteral("stripe"), 9900, 3000);
        const int before = m_fx->gateway().requestCount();
        const GatewayAnswer a = wait([&](auto cb) { client->createRefund(o, cb); });
        QCOMPARE(a.outcome, Outcome::Unknown);
        QCOMPARE(m_fx->gateway().requestCount(), before);
    }

    void paypalTokenIsCachedAndRefreshedOn401()
    {
        auto client = GatewayClient::create(m_fx->config(QStringLiteral("paypal")), m_nam,
                                            domain::Clock::system());
        RefundOrder a = newTrade(QStringLiteral("paypal"), 5000, 100);
        RefundOrder b = newTrade(QStringLiteral("paypal"), 5000, 100);
        auto tokenCalls = [&] {
            return int(m_fx->gateway().log().filter(QStringLiteral("/v1/oauth2/token")).size());
        };
        // Whatever earlier cases left in the process-wide cache is refused now.
        m_fx->gateway().expirePaypalTokens();
        const int before = tokenCalls();
        QCOMPARE(wait([&](auto cb) { client->createRefund(a, cb); }).outcome, Outcome::Succeeded);
        QCOMPARE(wait([&](auto cb) { client->createRefund(b, cb); }).outcome, Outcome::Succeeded);
        QCOMPARE(tokenCalls(), before + 1);
        // Each refund gets a client of its own; the token is shared by all of them.
        auto second = GatewayClient::create(m_fx->config(QStringLiteral("paypal")), m_nam,
                                            domain::Clock::system());
        RefundOrder d = newTrade(QStringLiteral("paypal"), 5000, 100);
        QCOMPARE(wait([&](auto cb) { second->createRefund(d, cb); }).outcome, Outcome::Succeeded);
        QCOMPARE(tokenCalls(), before + 1);
        m_fx->gateway().expirePaypalTokens();
        RefundOrder c = newTrade(QStringLiteral("paypal"), 5000, 100);
        QCOMPARE(wait([&](auto cb) { client->createRefund(c, cb); }).outcome, Outcome::Succeeded);
        QCOMPARE(tokenCalls(), before + 2);
    }
};

QTEST_GUILESS_MAIN(TestGatewayClients)
#include "tst_gatewayclients.moc"
