#pragma once

#include "payments/RsaKey.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslServer>
#include <QUrl>

class QSslSocket;

namespace pd::test {

// One HTTPS server on loopback that plays all four gateways (Alipay gateway.do, WeChat Pay v3,
// Stripe, PayPal v2) as gateways.md describes them: it verifies each request's signature or
// credentials like the real one, keeps refunds per idempotency key (a key refunds at most once),
// signs its answers like the real one, and injects faults on demand.
class FakeGateway : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        TimeoutAfterProcessing,      // refund made, no answer ever (the client times out)
        ResetAfterProcessing,        // refund made, connection reset
        ServerErrorAfterProcessing,  // refund made, HTTP 500
        ServerErrorBeforeProcessing, // nothing made, HTTP 500
        MalformedAfterProcessing,    // refund made, a body that is not JSON
        BadSignatureAfterProcessing, // refund made, answer signed with another key
        StaleTimestamp,              // refund made, WeChat answer signed 10 minutes ago
        LateAnswer,                  // refund made, the answer comes after the client gave up
        Pending,                     // refund accepted as PROCESSING/pending, done at next query
        Refuse,                      // definite business refusal, nothing made
        HoldBeforeProcessing,        // signals held(), answers nothing, makes nothing
        HoldAfterProcessing,         // makes the refund, signals held(), answers nothing
        DuplicateDelivery, // the request arrives twice (a proxy resent it); the second is answered
    };
    Q_ENUM(Fault)

    struct Trade
    {
        QString gateway;
        QString outTradeNo;
        QString gatewayTradeNo;
        qint64 totalMinor = 0;
        QString currency;
    };
    struct Refund
    {
        QString gateway;
        QString key;
        QString id;
        QString outTradeNo;
        qint64 amountMinor = 0;
        QString status;         // "SUCCESS" or "PROCESSING"
        int createRequests = 0; // how many create calls named this key
    };

    FakeGateway(const QByteArray& certPem, const QByteArray& keyPem,
                const QByteArray& merchantPublicPem, const QByteArray& gatewayPrivatePem,
                const QByteArray& otherPrivatePem, QObject* parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl(const QString& gateway) const; // https://127.0.0.1:port[/gateway.do]

    void addTrade(const Trade& trade);
    // The next refund create calls of `gateway` get these faults, first in first out.
    void queueFault(const QString& gateway, Fault fault);
    void queueQueryFault(const QString& gateway, Fault fault);
    void clearFaults();
    // Answers a held request now (after processing it if it was held before), or drops it.
    void releaseHeld();
    // Forgets held requests without processing or answering them.
    void dropHeld() { m_held.clear(); }
    void expirePaypalTokens() { m_paypalTokens.clear(); }

    // WeChat Pay certificate mode: answers are signed with the newest platform certificate's key
    // under its serial, and GET /v3/certificates lists the certificates, each encrypted with
    // `apiV3Key` (AEAD_AES_256_GCM) as WeChat Pay does. Public-key mode is the default.
    void useWechatCertificates(const QByteArray& apiV3Key);
    void useWechatPublicKey() { m_wechatCertificateMode = false; }
    // A platform certificate that signs from now on: the first one, or a rotation. An unlisted
    // one signs but is missing from /v3/certificates.
    void addWechatCertificate(const QByteArray& serial, const QByteArray& certPem,
                              const QByteArray& privatePem, bool listed = true);
    int wechatCertificateDownloads() const;
    // Base64 of AES-256-GCM(plaintext) followed by the 16-byte tag, as WeChat Pay sends it; its
    // own code, independent of the client's.
    static QByteArray wechatEncrypt(const QByteArray& apiV3Key, const QByteArray& nonce,
                                    const QByteArray& associatedData, const QByteArray& plaintext);

    QList<Refund> refunds() const { return m_refunds; }
    int refundCount(const QString& outTradeNo) const;
    qint64 refundedMinor(const QString& outTradeNo) const;
    int requestCount() const { return m_requests; }
    int rejectedRequests() const { return m_rejected; } // failed verification
    QStringList log() const { return m_log; }

    static const char* const StripeKey;
    static const char* const PaypalClientId;
    static const char* const PaypalSecret;
    static const char* const AlipayAppId;
    static const char* const WechatMchId;
    static const char* const WechatSerial;
    static const char* const WechatKeyId;

Q_SIGNALS:
    void requestArrived(const QString& gateway, const QString& path);
    void held(const QString& gateway, const QString& key);
    void answered(const QString& gateway, int status);

private:
    struct Http
    {
        QByteArray method;
        QByteArray target; // path + query as sent
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool none = false; // write nothing
        bool reset = false;
        int delayMs = 0;
    };
    struct WechatCertificate
    {
        QByteArray serial;
        QByteArray certPem;
        QByteArray privatePem;
        bool listed = true;
    };
    struct Pending
    {
        QPointer<QSslSocket> socket;
        Http request;
        bool processed = false;
        QString gateway;
        Answer answer; // what the gateway answers once released (when processed)
    };

    void onConnection();
    void onData(QSslSocket* socket);
    void handle(QSslSocket* socket, const Http& request);
    void write(QSslSocket* socket, const Answer& answer);

    Answer alipay(const Http& r, Fault fault, bool* isCreate);
    Answer wechat(const Http& r, Fault fault, bool* isCreate);
    Answer stripe(const Http& r, Fault fault, bool* isCreate);
    Answer paypal(const Http& r, Fault fault, bool* isCreate);
    // Makes (or finds) the refund of `key`; *error set for a definite refusal.
    Refund* makeRefund(const QString& gateway, const QString& key, const QString& outTradeNo,
                       qint64 amountMinor, bool pending, QString* error);
    Refund* findRefund(const QString& gateway, const QString& keyOrId);
    Trade* findTrade(const QString& gateway, const QString& no);
    Answer wechatSigned(int status, const QByteArray& body, Fault fault);
    Fault takeFault(const QString& gateway, bool create);
    static bool faultProcesses(Fault fault);

    QSslServer m_server;
    payments::RsaKey m_merchantPublic;
    payments::RsaKey m_gatewayPrivate;
    payments::RsaKey m_otherPrivate;
    QHash<QSslSocket*, QByteArray> m_buffers;
    QList<Trade> m_trades;
    QList<Refund> m_refunds;
    QHash<QString, QList<Fault>> m_faults;
    QHash<QString, QList<Fault>> m_queryFaults;
    QHash<QString, QPair<QByteArray, Answer>> m_stripeIdempotency; // key → (params, answer)
    QList<QByteArray> m_paypalTokens;
    bool m_wechatCertificateMode = false;
    QByteArray m_wechatApiV3Key;
    QList<WechatCertificate> m_wechatCertificates; // the last one signs
    QList<Pending> m_held;
    int m_requests = 0;
    int m_rejected = 0;
    int m_serial = 0;
    QStringList m_log;
};

} // namespace pd::test
