// WeChat Pay in platform-certificate mode: AEAD_AES_256_GCM exactly as WeChat Pay uses it (a
// vector made independently with Node.js), the /v3/certificates download against the fake
// gateway, the process-wide and settings-file cache, a rotation, and certificate lists that must
// not be trusted. Public-key mode is covered by tst_gatewayclients and stays untouched here.

#include "PaymentsFixture.h"
#include "payments/GatewayClient.h"
#include "payments/GatewaySettings.h"
#include "payments/WechatCertificates.h"
#include "payments/WechatPayClient.h"
#include "ui_conn/MemorySecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace pd;
using namespace pd::payments;
using Fault = test::FakeGateway::Fault;
using Outcome = GatewayAnswer::Outcome;

namespace {

// The known-answer vector, made once with Node.js 20 (an implementation independent of
// OpenSSL's EVP calls under test):
//   const c = crypto.createCipheriv('aes-256-gcm', Buffer.from(KatKey), Buffer.from(KatNonce));
//   c.setAAD(Buffer.from(KatAad));
//   Buffer.concat([c.update(Buffer.from(KatPlain)), c.final(), c.getAuthTag()]).toString('base64')
// and the same without setAAD for KatPlainNoAad / KatCipherNoAad.
const char KatKey[] = "PanelDeskApiV3KeyTest0123456789a"; // 32 bytes
const char KatNonce[] = "b9ZCHaj2iRrX";                   // 12 characters, used as raw bytes
const char KatAad[] = "certificate";
const char KatPlain[] = "-----BEGIN CERTIFICATE-----\nPanelDesk known answer\n"
                        "-----END CERTIFICATE-----\n";
const char KatCipher[] =
    "bOZVZbipE4rIBiObh9fS+6Tq4dMsdEnV/9oYFwINupXx7BtldzVWrRmNg3cBHIQxqpvHMHMeRLUF"
    "BYV4znonsN1t+SQC6mcdv9bjfqMIgNRMN3amXDa66ISM8fpq";
const char KatPlainNoAad[] = "hello, wechat pay";
const char KatCipherNoAad[] = "Ka4UJPrHdrrkK2u5tqX205sczJIUQ4A94Cwj+jEYhu8q";

} // namespace

class TestGatewayWechatCerts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::PaymentsFixture> m_fx;
    QNetworkAccessManager* m_nam = nullptr;
    int m_trade = 0;

    static QString mchid() { return QLatin1String(test::FakeGateway::WechatMchId); }
    // Nothing downloaded, in this process or in the settings file.
    static void forgetCertificates() { WechatCertificates::remember(mchid(), {}); }
    int downloads() const { return m_fx->gateway().wechatCertificateDownloads(); }

    RefundOrder newTrade(qint64 totalMinor, qint64 refundMinor)
    {
        const QString no = QStringLiteral("ORDwc%1").arg(++m_trade, 6, 10, QLatin1Char('0'));
        test::FakeGateway::Trade t;
        t.gateway = QStringLiteral("wechat");
        t.outTradeNo = no;
        t.gatewayTradeNo = test::PaymentsFixture::gatewayTradeNoFor(t.gateway, no);
        t.totalMinor = totalMinor;
        t.currency = QStringLiteral("CNY");
        m_fx->gateway().addTrade(t);
        RefundOrder o;
        o.refundId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        o.key = QStringLiteral("PDRF") + QUuid::createUuid().toString(QUuid::Id128);
        o.amount = domain::Money(refundMinor, t.currency);
        o.total = domain::Money(totalMinor, t.currency);
        o.outTradeNo = no;
        o.gatewayTradeNo = t.gatewayTradeNo;
        o.reason = QStringLiteral("重复支付 duplicate");
        return o;
    }

    GatewayAnswer refund(const GatewayConfig& config, const RefundOrder& order)
    {
        auto client = GatewayClient::create(config, m_nam, domain::Clock::system());
        bool done = false;
        GatewayAnswer answer;
        client->createRefund(order, [&](const GatewayAnswer& a) {
            answer = a;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            answer.message = QStringLiteral("test: no callback");
        return answer;
    }

    // A /v3/certificates body listing `certificates` as (serial_no, PEM) pairs.
    static QByteArray listBody(const QList<QPair<QByteArray, QByteArray>>& certificates,
                               const QByteArray& key,
                               const QString& algorithm = QStringLiteral("AEAD_AES_256_GCM"))
    {
        QJsonArray data;
        for (const auto& c : certificates)
            data.append(QJsonObject{
                {QStringLiteral("serial_no"), QString::fromLatin1(c.first)},
                {QStringLiteral("encrypt_certificate"),
                 QJsonObject{{QStringLiteral("algorithm"), algorithm},
                             {QStringLiteral("nonce"), QStringLiteral("0123456789ab")},
                             {QStringLiteral("associated_data"), QStringLiteral("certificate")},
                             {QStringLiteral("ciphertext"),
                              QString::fromLatin1(test::FakeGateway::wechatEncrypt(
                                  key, "0123456789ab", "certificate", c.second))}}}});
        return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The downloaded certificates are kept in the settings file: a throwaway one.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("PanelDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gatewaywechatcerts"));
        m_fx = std::make_unique<test::PaymentsFixture>();
        QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
        QVERIFY2(m_fx->useWechatCertificates(), qPrintable(m_fx->error()));
        m_nam = new QNetworkAccessManager(this);
    }

    void init() { m_fx->gateway().clearFaults(); }

    void aesGcmKnownAnswer()
    {
        const auto plain = WechatCertificates::decrypt(KatKey, KatNonce, KatAad, KatCipher);
        QVERIFY(plain);
        QCOMPARE(*plain, QByteArray(KatPlain));
        // Empty associated data is no associated data.
        const auto noAad = WechatCertificates::decrypt(KatKey, KatNonce, {}, KatCipherNoAad);
        QVERIFY(noAad);
        QCOMPARE(*noAad, QByteArray(KatPlainNoAad));
        // The fake gateway's encryption (its own code) gives the same bytes.
        QCOMPARE(test::FakeGateway::wechatEncrypt(KatKey, KatNonce, KatAad, KatPlain),
                 QByteArray(KatCipher));
    }

    void aesGcmRefusesTamperingAndWrongKeys()
    {
        QByteArray raw = QByteArray::fromBase64(KatCipher);
        QByteArray badTag = raw;
        badTag[badTag.size() - 1] = char(badTag.at(badTag.size() - 1) ^ 0x01);
        QVERIFY(!WechatCertificates::decrypt(KatKey, KatNonce, KatAad, badTag.toBase64()));
        QByteArray badText = raw;
        badText[3] = char(badText.at(3) ^ 0x01);
        QVERIFY(!WechatCertificates::decrypt(KatKey, KatNonce, KatAad, badText.toBase64()));
        QByteArray otherKey(KatKey);
        otherKey[0] = 'Q';
        QVERIFY(!WechatCertificates::decrypt(otherKey, KatNonce, KatAad, KatCipher));
        QVERIFY(!WechatCertificates::decrypt("short key", KatNonce, KatAad, KatCipher));
        QVERIFY(!WechatCertificates::decrypt(KatKey, "b9ZCHaj2iRrY", KatAad, KatCipher));
        QVERIFY(!WechatCertificates::decrypt(KatKey, KatNonce, "certificatf", KatCipher));
        QVERIFY(!WechatCertificates::decrypt(KatKey, KatNonce, {}, KatCipher));
        // Shorter than a tag, or not Base64 at all.
        QVERIFY(!WechatCertificates::decrypt(KatKey, KatNonce, KatAad, raw.left(15).toBase64()));
        QVERIFY(!WechatCertificates::decrypt(KatKey, KatNonce, KatAad, "not*base64!"));
    }

    void certificateListIsChecked()
    {
        const test::TestPki::PlatformCertificate c = m_fx->pki().makePlatformCertificate(
            QStringLiteral("listcheck"), "5A17C0FFEE0000000000000000000000000000A1");
        QVERIFY2(!c.certPem.isEmpty(), qPrintable(m_fx->pki().error()));
        const QByteArray key = test::PaymentsFixture::WechatApiV3Key;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString why;
        // WeChat Pay's serial_no is upper-case hex; lower case names the same certificate.
        QList<QSslCertificate> ok = WechatCertificates::fromAnswer(
            listBody({{c.serial.toLower(), c.certPem}}, key), key, now, &why);
        QCOMPARE(ok.size(), 1);
        QCOMPARE(WechatCertificates::serialOf(ok.first()), QString::fromLatin1(c.serial));
        // Another serial_no than the certificate's: the whole list is refused.
        QVERIFY(WechatCertificates::fromAnswer(
                    listBody({{c.serial, c.certPem},
                              {"5A17C0FFEE0000000000000000000000000000A2", c.certPem}},
                             key),
                    key, now, &why)
                    .isEmpty());
        QVERIFY2(why.contains(QLatin1String("serial")), qPrintable(why));
        // Another merchant's APIv3 key.
        const QByteArray other = "AnotherMerchantsApiV3Key01234567";
        QVERIFY(
            WechatCertificates::fromAnswer(listBody({{c.serial, c.certPem}}, other), key, now, &why)
                .isEmpty());
        QVERIFY2(why.contains(QLatin1String("APIv3")), qPrintable(why));
        QVERIFY(WechatCertificates::fromAnswer(
                    listBody({{c.serial, c.certPem}}, key, QStringLiteral("AEAD_AES_128_GCM")), key,
                    now, &why)
                    .isEmpty());
        QVERIFY(WechatCertificates::fromAnswer(listBody({{c.serial, "not a certificate"}}, key),
                                               key, now, &why)
                    .isEmpty());
        QVERIFY(WechatCertificates::fromAnswer("{\"data\":[]}", key, now, &why).isEmpty());
        QVERIFY(WechatCertificates::fromAnswer("<html>", key, now, &why).isEmpty());
        // Outside its validity period (the certificate is valid for two days from now).
        QVERIFY(WechatCertificates::fromAnswer(listBody({{c.serial, c.certPem}}, key), key,
                                               now.addDays(3), &why)
                    .isEmpty());
        QVERIFY(WechatCertificates::fromAnswer(listBody({{c.serial, c.certPem}}, key), key,
                                               now.addDays(-1), &why)
                    .isEmpty());
        QVERIFY2(why.contains(QLatin1String("valid")), qPrintable(why));
    }

    void serialsCompareAsNumbers()
    {
        QVERIFY(WechatCertificates::sameSerial(QStringLiteral("0B6D2E"), QStringLiteral("b6d2e")));
        QVERIFY(
            WechatCertificates::sameSerial(QStringLiteral("0b:6d:2e"), QStringLiteral("B6D2E")));
        QVERIFY(!WechatCertificates::sameSerial(QStringLiteral("B6D2E"), QStringLiteral("B6D2F")));
        QVERIFY(WechatCertificates::sameSerial(QStringLiteral("PUB_KEY_ID_01"),
                                               QStringLiteral("pub_key_id_01")));
        QVERIFY(!WechatCertificates::sameSerial(QStringLiteral("PUB_KEY_ID_01"),
                                                QStringLiteral("PUB_KEY_ID_1")));
    }

    void knownCertificatesCountOnlyWhileValid()
    {
        // A merchant of its own, so the fake's certificates play no part.
        const QString merchant = QStringLiteral("1900000009");
        const test::TestPki::PlatformCertificate p = m_fx->pki().makePlatformCertificate(
            QStringLiteral("validity"), "6C0FFEE000000000000000000000000000000001");
        QVERIFY2(!p.certPem.isEmpty(), qPrintable(m_fx->pki().error()));
        WechatCertificates::remember(merchant, QSslCertificate::fromData(p.certPem));
        GatewayConfig c = m_fx->wechatCertificateConfig();
        c.merchantId = merchant;
        const RsaKey key = RsaKey::fromPrivatePem(p.privatePem);
        const QByteArray body = R"({"status":"SUCCESS"})";
        auto signedAt = [&](const QDateTime& t, const QByteArray& serial) {
            const QByteArray ts = QByteArray::number(t.toSecsSinceEpoch());
            QHash<QByteArray, QByteArray> h;
            h.insert("wechatpay-timestamp", ts);
            h.insert("wechatpay-nonce", "N1");
            h.insert("wechatpay-serial", serial);
            h.insert("wechatpay-signature", key.signSha256Base64(ts + "\nN1\n" + body + '\n'));
            return h;
        };
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(60);
        domain::FixedClock clock(now);
        WechatPayClient client(c, m_nam, clock);
        QString why;
        QVERIFY2(client.verifyAnswer(signedAt(now, p.serial.toLower()), body, &why),
                 qPrintable(why));
        QVERIFY(!client.verifyAnswer(signedAt(now, p.serial), R"({"status":"CLOSED"})", &why));
        // Another certificate's serial is unknown; verifyAnswer itself never downloads.
        const int before = downloads();
        QVERIFY(!client.verifyAnswer(signedAt(now, "6C0FFEE000000000000000000000000000000002"),
                                     body, &why));
        QVERIFY2(why.contains(QLatin1String("does not have")), qPrintable(why));
        QCOMPARE(downloads(), before);
        // Expired (the certificate is valid for two days): as good as unknown.
        clock.set(now.addDays(3));
        QVERIFY(!client.verifyAnswer(signedAt(now.addDays(3), p.serial), body, &why));
        QVERIFY2(why.contains(QLatin1String("does not have")), qPrintable(why));
        WechatCertificates::remember(merchant, {});
    }

    void apiV3KeyIsNamedInProblems()
    {
        GatewayConfig c = m_fx->wechatCertificateConfig();
        QVERIFY2(c.problems().isEmpty(), qPrintable(c.problems().join(QLatin1Char(' '))));
        QVERIFY(!c.wechatPublicKeyMode());
        c.apiV3Key.clear();
        QVERIFY(
            c.problems().join(QLatin1Char(' ')).contains(QLatin1String("APIv3 key is missing")));
        // A settings form with the key left empty keeps the stored one.
        QVERIFY(c.problems(GatewayConfig::Secrets::MayBeStored).isEmpty());
        c.apiV3Key = QByteArray(test::PaymentsFixture::WechatApiV3Key).left(31);
        QVERIFY(c.problems().join(QLatin1Char(' ')).contains(QLatin1String("32")));
        QVERIFY(c.problems(GatewayConfig::Secrets::MayBeStored)
                    .join(QLatin1Char(' '))
                    .contains(QLatin1String("32")));
        // Public-key mode needs no APIv3 key.
        GatewayConfig p = m_fx->config(QStringLiteral("wechat"));
        QVERIFY(p.wechatPublicKeyMode());
        QVERIFY(p.apiV3Key.isEmpty());
        QVERIFY2(p.problems().isEmpty(), qPrintable(p.problems().join(QLatin1Char(' '))));
    }

    void apiV3KeyLivesInTheKeychainOnly()
    {
        test::MemorySecretStore secrets;
        GatewaySettings settings(&secrets);
        const GatewayConfig c = m_fx->wechatCertificateConfig();
        QString error = QStringLiteral("pending");
        settings.save(c, this, [&](const QString& e) { error = e; });
        QTRY_VERIFY(error != QLatin1String("pending"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(secrets.secrets().value(GatewaySettings::apiV3SecretKey(QStringLiteral("wechat"))),
                 QString::fromLatin1(test::PaymentsFixture::WechatApiV3Key));
        QSettings s;
        for (const QString& k : s.allKeys())
            QVERIFY2(!s.value(k).toString().contains(
                         QLatin1String(test::PaymentsFixture::WechatApiV3Key)),
                     qPrintable(k));
        bool loaded = false;
        GatewayConfig back;
        auto load = [&] {
            loaded = false;
            settings.load(QStringLiteral("wechat"), this,
                          [&](const GatewayConfig& l, const QString& e) {
                              back = l;
                              error = e;
                              loaded = true;
                          });
        };
        load();
        QTRY_VERIFY(loaded);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.apiV3Key, QByteArray(test::PaymentsFixture::WechatApiV3Key));
        QCOMPARE(back.privateKeyPem, c.privateKeyPem);
        QVERIFY(back.problems().isEmpty());
        // Public-key mode reads only the private key, as it always did.
        GatewaySettings::savePublic(m_fx->config(QStringLiteral("wechat")));
        const int calls = secrets.calls();
        load();
        QTRY_VERIFY(loaded);
        QCOMPARE(secrets.calls(), calls + 1);
        QVERIFY(back.apiV3Key.isEmpty());
        QVERIFY(back.problems().isEmpty());
        QSettings().remove(QStringLiteral("gateways/wechat"));
    }

    void refundDownloadsTheCertificatesOnce()
    {
        forgetCertificates();
        const int before = downloads();
        const int rejected = m_fx->gateway().rejectedRequests();
        const RefundOrder a = newTrade(9900, 3000);
        const GatewayAnswer answer = refund(m_fx->wechatCertificateConfig(), a);
        QVERIFY2(answer.outcome == Outcome::Succeeded, qPrintable(answer.message));
        QCOMPARE(downloads(), before + 1);
        // The download was signed like every request: the fake refused nothing.
        QCOMPARE(m_fx->gateway().rejectedRequests(), rejected);
        QCOMPARE(WechatCertificates::known(mchid()).size(), 1);
        // A new client (one per refund) uses what was downloaded.
        const RefundOrder b = newTrade(9900, 1000);
        QCOMPARE(refund(m_fx->wechatCertificateConfig(), b).outcome, Outcome::Succeeded);
        QCOMPARE(downloads(), before + 1);
        QCOMPARE(m_fx->gateway().refundedMinor(b.outTradeNo), 1000);
    }

    void certificatesAreKeptInTheSettingsFile()
    {
        // Downloaded by the case above: public, so in the settings file, for this merchant only.
        const QByteArray pem = GatewaySettings::wechatCertificatesPem(mchid());
        QCOMPARE(QSslCertificate::fromData(pem).size(), 1);
        QVERIFY(GatewaySettings::wechatCertificatesPem(QStringLiteral("1900000002")).isEmpty());
        // What a restart finds: a merchant this process has not seen is read from the file.
        GatewaySettings::saveWechatCertificatesPem(QStringLiteral("1900000003"), pem);
        const QList<QSslCertificate> read = WechatCertificates::known(QStringLiteral("1900000003"));
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().toPem(), QSslCertificate::fromData(pem).first().toPem());
        GatewaySettings::saveWechatCertificatesPem(mchid(), pem);
    }

    void configuredCertificateCountsAsKnown()
    {
        const QList<QSslCertificate> current = WechatCertificates::known(mchid());
        QCOMPARE(current.size(), 1);
        forgetCertificates();
        GatewayConfig c = m_fx->wechatCertificateConfig();
        c.gatewayPublicKeyPem = current.first().toPem();
        QVERIFY2(c.problems().isEmpty(), qPrintable(c.problems().join(QLatin1Char(' '))));
        const int before = downloads();
        QCOMPARE(refund(c, newTrade(5000, 100)).outcome, Outcome::Succeeded);
        QCOMPARE(downloads(), before);
        // Named by its serial as well.
        c.platformKeyId = WechatCertificates::serialOf(current.first());
        QCOMPARE(refund(c, newTrade(5000, 100)).outcome, Outcome::Succeeded);
        QCOMPARE(downloads(), before);
        // A merchant who set up the certificate by hand, without the APIv3 key, keeps working
        // (until WeChat Pay rotates it).
        c.apiV3Key.clear();
        QVERIFY2(c.problems().isEmpty(), qPrintable(c.problems().join(QLatin1Char(' '))));
        QCOMPARE(refund(c, newTrade(5000, 100)).outcome, Outcome::Succeeded);
        QCOMPARE(downloads(), before);
    }

    void publicKeyModeDownloadsNothing()
    {
        // The fake signs with a platform certificate; a public-key client does not know it and
        // does not go looking for it.
        const int before = downloads();
        const RefundOrder o = newTrade(9900, 3000);
        const GatewayAnswer a = refund(m_fx->config(QStringLiteral("wechat")), o);
        QCOMPARE(a.outcome, Outcome::Unknown);
        QVERIFY2(a.message.contains(QLatin1String("not believed")), qPrintable(a.message));
        QCOMPARE(downloads(), before);
        QCOMPARE(m_fx->gateway().refundCount(o.outTradeNo), 1);
    }

    void noApiV3KeyMeansNoDownload()
    {
        forgetCertificates();
        GatewayConfig c = m_fx->wechatCertificateConfig();
        c.apiV3Key.clear();
        const int before = downloads();
        const GatewayAnswer a = refund(c, newTrade(9900, 3000));
        QCOMPARE(a.outcome, Outcome::Unknown);
        QVERIFY2(a.message.contains(QLatin1String("APIv3")), qPrintable(a.message));
        QCOMPARE(downloads(), before);
    }

    void listUnderAnotherApiV3KeyIsNotTrusted()
    {
        forgetCertificates();
        GatewayConfig c = m_fx->wechatCertificateConfig();
        c.apiV3Key = "AnotherMerchantsApiV3Key01234567";
        const int before = downloads();
        const RefundOrder o = newTrade(9900, 3000);
        const GatewayAnswer a = refund(c, o);
        QCOMPARE(a.outcome, Outcome::Unknown);
        QCOMPARE(a.code, QStringLiteral("BAD_SIGNATURE"));
        QVERIFY2(a.message.contains(QLatin1String("not believed")), qPrintable(a.message));
        QVERIFY2(a.message.contains(QLatin1String("APIv3")), qPrintable(a.message));
        QVERIFY(!a.message.contains(QLatin1String("AnotherMerchantsApiV3Key")));
        QCOMPARE(downloads(), before + 1);
        // The refund was made; only its answer was not believed. Nothing was kept.
        QCOMPARE(m_fx->gateway().refundCount(o.outTradeNo), 1);
        QVERIFY(WechatCertificates::known(mchid()).isEmpty());
        QVERIFY(GatewaySettings::wechatCertificatesPem(mchid()).isEmpty());
    }

    void badlySignedListIsNotTrusted()
    {
        forgetCertificates();
        // The refund answer is fine; the certificate list is signed with another key.
        m_fx->gateway().queueQueryFault(QStringLiteral("wechat"),
                                        Fault::BadSignatureAfterProcessing);
        const int before = downloads();
        const RefundOrder o = newTrade(9900, 3000);
        const GatewayAnswer a = refund(m_fx->wechatCertificateConfig(), o);
        QCOMPARE(a.outcome, Outcome::Unknown);
        QVERIFY2(a.message.contains(QLatin1String("signature")), qPrintable(a.message));
        QCOMPARE(downloads(), before + 1);
        QCOMPARE(m_fx->gateway().refundCount(o.outTradeNo), 1);
        QVERIFY(WechatCertificates::known(mchid()).isEmpty());
        QVERIFY(GatewaySettings::wechatCertificatesPem(mchid()).isEmpty());
        // A stale list (signed ten minutes ago) is not believed either.
        m_fx->gateway().queueQueryFault(QStringLiteral("wechat"), Fault::StaleTimestamp);
        QCOMPARE(refund(m_fx->wechatCertificateConfig(), newTrade(9900, 3000)).outcome,
                 Outcome::Unknown);
        QCOMPARE(downloads(), before + 2);
        QVERIFY(WechatCertificates::known(mchid()).isEmpty());
        // The next answer downloads again, and a good list is believed.
        QCOMPARE(refund(m_fx->wechatCertificateConfig(), newTrade(9900, 3000)).outcome,
                 Outcome::Succeeded);
        QCOMPARE(downloads(), before + 3);
        QCOMPARE(WechatCertificates::known(mchid()).size(), 1);
    }

    void rotationDownloadsOnceMore()
    {
        // Some certificate is known from the cases above; make sure of it.
        QCOMPARE(refund(m_fx->wechatCertificateConfig(), newTrade(9900, 100)).outcome,
                 Outcome::Succeeded);
        const int before = downloads();
        const QByteArray serial = m_fx->rotateWechatCertificate();
        QVERIFY2(!serial.isEmpty(), qPrintable(m_fx->error()));
        const RefundOrder o = newTrade(9900, 3000);
        const GatewayAnswer a = refund(m_fx->wechatCertificateConfig(), o);
        QVERIFY2(a.outcome == Outcome::Succeeded, qPrintable(a.message));
        QCOMPARE(downloads(), before + 1);
        // The list had the old and the new certificate; both are kept.
        const QList<QSslCertificate> known = WechatCertificates::known(mchid());
        QCOMPARE(known.size(), 2);
        QVERIFY(std::any_of(known.cbegin(), known.cend(), [&](const QSslCertificate& c) {
            return WechatCertificates::sameSerial(WechatCertificates::serialOf(c),
                                                  QString::fromLatin1(serial));
        }));
        QCOMPARE(refund(m_fx->wechatCertificateConfig(), newTrade(9900, 3000)).outcome,
                 Outcome::Succeeded);
        QCOMPARE(downloads(), before + 1);
    }

    void certificateMissingFromTheListIsNotBelieved()
    {
        // WeChat Pay signs with a certificate its list does not carry: one download, then the
        // answer stays unknown (and the list, signed by that certificate, is not trusted).
        const QList<QSslCertificate> known = WechatCertificates::known(mchid());
        QVERIFY2(!m_fx->rotateWechatCertificate(false).isEmpty(), qPrintable(m_fx->error()));
        const int before = downloads();
        const RefundOrder o = newTrade(9900, 3000);
        const GatewayAnswer a = refund(m_fx->wechatCertificateConfig(), o);
        QCOMPARE(a.outcome, Outcome::Unknown);
        QCOMPARE(downloads(), before + 1);
        QCOMPARE(m_fx->gateway().refundCount(o.outTradeNo), 1);
        QCOMPARE(WechatCertificates::known(mchid()).size(), known.size());
        // Listed again by the next rotation: believed after one more download.
        QVERIFY2(!m_fx->rotateWechatCertificate().isEmpty(), qPrintable(m_fx->error()));
        QCOMPARE(refund(m_fx->wechatCertificateConfig(), newTrade(9900, 3000)).outcome,
                 Outcome::Succeeded);
        QCOMPARE(downloads(), before + 2);
    }
};

QTEST_GUILESS_MAIN(TestGatewayWechatCerts)
#include "tst_gatewaywechatcerts.moc"
