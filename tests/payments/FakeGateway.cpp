#include "FakeGateway.h"

#include "domain/Money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>
#include <QUrlQuery>

#include <openssl/evp.h>

#include <memory>

namespace pd::test {

const char* const FakeGateway::StripeKey = "sk_test_PanelDeskFake0123456789";
const char* const FakeGateway::PaypalClientId = "AZpaneldesk-client";
const char* const FakeGateway::PaypalSecret = "EPpaneldesk-secret";
const char* const FakeGateway::AlipayAppId = "2021000000000001";
const char* const FakeGateway::WechatMchId = "1900000001";
const char* const FakeGateway::WechatSerial = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
const char* const FakeGateway::WechatKeyId = "PUB_KEY_ID_0119000000012025000000000000000001";

namespace {

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// application/x-www-form-urlencoded → pairs ('+' is a space, then percent-decoding).
QMap<QByteArray, QByteArray> formDecode(const QByteArray& text)
{
    QMap<QByteArray, QByteArray> out;
    for (const QByteArray& part : text.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray k = eq < 0 ? part : part.left(eq);
        QByteArray v = eq < 0 ? QByteArray() : part.mid(eq + 1);
        out.insert(QByteArray::fromPercentEncoding(k.replace('+', ' ')),
                   QByteArray::fromPercentEncoding(v.replace('+', ' ')));
    }
    return out;
}

QByteArray pathOf(const QByteArray& target)
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray queryOf(const QByteArray& target)
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

std::optional<qint64> minorOf(const QString& decimal, const QString& currency)
{
    const auto m = domain::Money::parse(decimal, currency);
    if (!m)
        return std::nullopt;
    return m->minorUnits();
}

QString decimalOf(qint64 minor, const QString& currency)
{
    return domain::Money(minor, currency).toDecimalString();
}

} // namespace

FakeGateway::FakeGateway(const QByteArray& certPem, const QByteArray& keyPem,
                         const QByteArray& merchantPublicPem, const QByteArray& gatewayPrivatePem,
                         const QByteArray& otherPrivatePem, QObject* parent)
    : QObject(parent), m_merchantPublic(payments::RsaKey::fromPublicPem(merchantPublicPem)),
      m_gatewayPrivate(payments::RsaKey::fromPrivatePem(gatewayPrivatePem)),
      m_otherPrivate(payments::RsaKey::fromPrivatePem(otherPrivatePem))
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(QSslCertificate(certPem));
    ssl.setPrivateKey(QSslKey(keyPem, QSsl::Rsa));
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
    m_server.setSslConfiguration(ssl);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeGateway::onConnection);
}

bool FakeGateway::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeGateway::baseUrl(const QString& gateway) const
{
    QUrl u(QStringLiteral("https://127.0.0.1:%1").arg(port()));
    if (gateway == QLatin1String("alipay"))
        u.setPath(QStringLiteral("/gateway.do"));
    return u;
}

void FakeGateway::addTrade(const Trade& trade)
{
    m_trades.append(trade);
}

void FakeGateway::queueFault(const QString& gateway, Fault fault)
{
    m_faults[gateway].append(fault);
    // Qt's HTTP stack resends a request by itself when the connection closes before any answer;
    // a resetting gateway resets those resends as well (they carry the same key).
    if (fault == Fault::ResetAfterProcessing)
        m_faults[gateway] << fault << fault << fault;
}

void FakeGateway::queueQueryFault(const QString& gateway, Fault fault)
{
    m_queryFaults[gateway].append(fault);
}

void FakeGateway::clearFaults()
{
    m_faults.clear();
    m_queryFaults.clear();
}

FakeGateway::Fault FakeGateway::takeFault(const QString& gateway, bool create)
{
    auto& queue = create ? m_faults[gateway] : m_queryFaults[gateway];
    return queue.isEmpty() ? Fault::None : queue.takeFirst();
}

bool FakeGateway::faultProcesses(Fault fault)
{
    return fault != Fault::Refuse && fault != Fault::ServerErrorBeforeProcessing &&
           fault != Fault::HoldBeforeProcessing;
}

void FakeGateway::useWechatCertificates(const QByteArray& apiV3Key)
{
    m_wechatCertificateMode = true;
    m_wechatApiV3Key = apiV3Key;
}

void FakeGateway::addWechatCertificate(const QByteArray& serial, const QByteArray& certPem,
                                       const QByteArray& privatePem, bool listed)
{
    m_wechatCertificates.append({serial, certPem, privatePem, listed});
}

int FakeGateway::wechatCertificateDownloads() const
{
    return int(m_log.filter(QStringLiteral("wechat GET /v3/certificates")).size());
}

QByteArray FakeGateway::wechatEncrypt(const QByteArray& apiV3Key, const QByteArray& nonce,
                                      const QByteArray& associatedData, const QByteArray& plaintext)
{
    const std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                              &EVP_CIPHER_CTX_free);
    auto in = [](const QByteArray& b) { return reinterpret_cast<const unsigned char*>(b.data()); };
    QByteArray out(plaintext.size() + 16, Qt::Uninitialized);
    QByteArray tag(16, '\0');
    int length = 0;
    int total = 0;
    const bool ok =
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr) == 1 &&
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, in(apiV3Key), in(nonce)) == 1 &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &length, in(associatedData),
                          int(associatedData.size())) == 1 &&
        EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &total,
                          in(plaintext), int(plaintext.size())) == 1 &&
        EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + total,
                            &length) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, tag.data()) == 1;
    if (!ok || apiV3Key.size() != 32)
        return {};
    out.resize(total + length);
    return (out + tag).toBase64();
}

int FakeGateway::refundCount(const QString& outTradeNo) const
{
    int n = 0;
    for (const Refund& r : m_refunds)
        n += r.outTradeNo == outTradeNo ? 1 : 0;
    return n;
}

qint64 FakeGateway::refundedMinor(const QString& outTradeNo) const
{
    qint64 sum = 0;
    for (const Refund& r : m_refunds) {
        if (r.outTradeNo == outTradeNo)
            sum += r.amountMinor;
    }
    return sum;
}

void FakeGateway::onConnection()
{
    while (QTcpSocket* tcp = m_server.nextPendingConnection()) {
        auto* socket = qobject_cast<QSslSocket*>(tcp);
        if (!socket)
            continue;
        connect(socket, &QIODevice::readyRead, this, [this, socket] { onData(socket); });
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeGateway::onData(QSslSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Http r;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    r.method = first.value(0);
    r.target = first.value(1);
    for (int i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                             lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = r.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    r.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    handle(socket, r);
}

void FakeGateway::handle(QSslSocket* socket, const Http& r)
{
    ++m_requests;
    const QByteArray path = pathOf(r.target);
    QString gateway;
    bool create = false;
    if (path == "/gateway.do") {
        gateway = QStringLiteral("alipay");
        create = formDecode(queryOf(r.target)).value("method") == "alipay.trade.refund";
    } else if (path.startsWith("/v3/")) {
        gateway = QStringLiteral("wechat");
        create = r.method == "POST";
    } else if (path.startsWith("/v1/refunds") || path.startsWith("/v1/payment_intents")) {
        gateway = QStringLiteral("stripe");
        create = r.method == "POST";
    } else {
        gateway = QStringLiteral("paypal");
        create = r.method == "POST" && path.endsWith("/refund");
    }
    m_log << QStringLiteral("%1 %2 %3")
                 .arg(gateway, QString::fromUtf8(r.method), QString::fromUtf8(path));
    Q_EMIT requestArrived(gateway, QString::fromUtf8(path));
    const bool token = path == "/v1/oauth2/token";
    const Fault fault = token ? Fault::None : takeFault(gateway, create);

    auto run = [this, gateway, r](Fault f) {
        bool isCreate = false;
        if (gateway == QLatin1String("alipay"))
            return alipay(r, f, &isCreate);
        if (gateway == QLatin1String("wechat"))
            return wechat(r, f, &isCreate);
        if (gateway == QLatin1String("stripe"))
            return stripe(r, f, &isCreate);
        return paypal(r, f, &isCreate);
    };

    if (fault == Fault::HoldBeforeProcessing) {
        m_held.append({socket, r, false, gateway, {}});
        Q_EMIT held(gateway, QString::fromUtf8(path));
        return;
    }
    if (fault == Fault::HoldAfterProcessing) {
        m_held.append({socket, r, true, gateway, run(Fault::None)});
        Q_EMIT held(gateway, QString::fromUtf8(path));
        return;
    }
    if (fault == Fault::DuplicateDelivery)
        run(Fault::None);
    // A 500 before processing never reaches the gateway's logic: nothing is made.
    Answer a = fault == Fault::ServerErrorBeforeProcessing
                   ? Answer{}
                   : run(fault == Fault::DuplicateDelivery ? Fault::None : fault);
    switch (fault) {
    case Fault::TimeoutAfterProcessing:
        a.none = true;
        break;
    case Fault::ResetAfterProcessing:
        a.reset = true;
        break;
    case Fault::ServerErrorAfterProcessing:
    case Fault::ServerErrorBeforeProcessing:
        a.status = 500;
        a.body = gateway == QLatin1String("stripe")
                     ? QByteArray(R"({"error":{"type":"api_error","message":"Internal error"}})")
                     : QByteArray(R"({"code":"SYSTEM_ERROR","message":"System error"})");
        a.headers.clear();
        break;
    case Fault::MalformedAfterProcessing:
        a.body = a.body.left(a.body.size() / 2);
        if (gateway == QLatin1String("wechat")) // signed garbage: the JSON itself is broken
            a = wechatSigned(200, "{\"refund_id\": \"5030", Fault::None);
        break;
    case Fault::LateAnswer:
        a.delayMs = 4000;
        break;
    default:
        break;
    }
    write(socket, a);
}

void FakeGateway::releaseHeld()
{
    const QList<Pending> held = m_held;
    m_held.clear();
    for (const Pending& p : held) {
        if (!p.socket || p.socket->state() != QAbstractSocket::ConnectedState)
            continue; // the client is gone (killed): nothing to answer
        bool isCreate = false;
        Answer a = p.answer;
        if (!p.processed) {
            if (p.gateway == QLatin1String("alipay"))
                a = alipay(p.request, Fault::None, &isCreate);
            else if (p.gateway == QLatin1String("wechat"))
                a = wechat(p.request, Fault::None, &isCreate);
            else if (p.gateway == QLatin1String("stripe"))
                a = stripe(p.request, Fault::None, &isCreate);
            else
                a = paypal(p.request, Fault::None, &isCreate);
        }
        write(p.socket, a);
    }
}

void FakeGateway::write(QSslSocket* socket, const Answer& a)
{
    if (a.none)
        return; // the socket stays open and silent until the client gives up
    if (a.reset) {
        socket->abort();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) +
                     (a.status < 300 ? " OK" : " Error") +
                     "\r\nContent-Type: application/json\r\n"
                     "Connection: close\r\nContent-Length: " +
                     QByteArray::number(a.body.size()) + "\r\n";
    for (const auto& h : a.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n" + a.body;
    const int status = a.status;
    QPointer<QSslSocket> guard(socket);
    auto send = [this, guard, out, status] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        guard->write(out);
        guard->disconnectFromHost();
        Q_EMIT answered(QString(), status);
    };
    if (a.delayMs > 0)
        QTimer::singleShot(a.delayMs, this, send);
    else
        send();
}

FakeGateway::Trade* FakeGateway::findTrade(const QString& gateway, const QString& no)
{
    for (Trade& t : m_trades) {
        if (t.gateway == gateway && (t.outTradeNo == no || t.gatewayTradeNo == no))
            return &t;
    }
    return nullptr;
}

FakeGateway::Refund* FakeGateway::findRefund(const QString& gateway, const QString& keyOrId)
{
    for (Refund& r : m_refunds) {
        if (r.gateway == gateway && (r.key == keyOrId || r.id == keyOrId))
            return &r;
    }
    return nullptr;
}

FakeGateway::Refund* FakeGateway::makeRefund(const QString& gateway, const QString& key,
                                             const QString& outTradeNo, qint64 amountMinor,
                                             bool pending, QString* error)
{
    if (Refund* existing = findRefund(gateway, key)) {
        ++existing->createRequests;
        if (existing->amountMinor != amountMinor) {
            *error = QStringLiteral("DISCORDANT");
            return nullptr;
        }
        return existing;
    }
    Trade* t = findTrade(gateway, outTradeNo);
    if (!t) {
        *error = QStringLiteral("TRADE_NOT_EXIST");
        return nullptr;
    }
    if (amountMinor <= 0 || refundedMinor(t->outTradeNo) + amountMinor > t->totalMinor) {
        *error = QStringLiteral("OVER");
        return nullptr;
    }
    Refund r;
    r.gateway = gateway;
    r.key = key;
    r.outTradeNo = t->outTradeNo;
    r.amountMinor = amountMinor;
    r.status = pending ? QStringLiteral("PROCESSING") : QStringLiteral("SUCCESS");
    r.createRequests = 1;
    ++m_serial;
    if (gateway == QLatin1String("alipay"))
        r.id = t->gatewayTradeNo;
    else if (gateway == QLatin1String("wechat"))
        r.id = QStringLiteral("50300%1").arg(m_serial, 10, 10, QLatin1Char('0'));
    else if (gateway == QLatin1String("stripe"))
        r.id = QStringLiteral("re_fake%1").arg(m_serial);
    else
        r.id = QStringLiteral("PPREFUND%1").arg(m_serial);
    m_refunds.append(r);
    return &m_refunds.last();
}

// ---- Alipay --------------------------------------------------------------------------------

FakeGateway::Answer FakeGateway::alipay(const Http& r, Fault fault, bool* isCreate)
{
    const QMap<QByteArray, QByteArray> query = formDecode(queryOf(r.target));
    QMap<QByteArray, QByteArray> params = query;
    const QMap<QByteArray, QByteArray> body = formDecode(r.body);
    for (auto it = body.cbegin(); it != body.cend(); ++it)
        params.insert(it.key(), it.value());
    const QByteArray method = params.value("method");
    *isCreate = method == "alipay.trade.refund";
    const QByteArray responseKey = QByteArray(method).replace('.', '_') + "_response";

    auto signedAnswer = [&](const QJsonObject& response) {
        const QByteArray content = json(response);
        const payments::RsaKey& key =
            fault == Fault::BadSignatureAfterProcessing ? m_otherPrivate : m_gatewayPrivate;
        Answer a;
        a.body = "{\"" + responseKey + "\":" + content + ",\"sign\":\"" +
                 key.signSha256Base64(content) + "\"}";
        return a;
    };
    // Verify like Alipay: every parameter but sign, non-empty, sorted, raw values.
    QByteArray signing;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (it.key() == "sign" || it.value().isEmpty())
            continue;
        signing += (signing.isEmpty() ? "" : "&") + it.key() + '=' + it.value();
    }
    if (!query.contains("charset") || params.value("sign_type") != "RSA2" ||
        params.value("app_id") != AlipayAppId || params.value("version") != "1.0" ||
        !QDateTime::fromString(QString::fromUtf8(params.value("timestamp")),
                               QStringLiteral("yyyy-MM-dd HH:mm:ss"))
             .isValid() ||
        !m_merchantPublic.verifySha256Base64(signing, params.value("sign"))) {
        ++m_rejected;
        Answer a;
        a.body =
            R"({"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-signature","sub_msg":"invalid signature"}})";
        return a;
    }
    const QJsonObject biz = QJsonDocument::fromJson(params.value("biz_content")).object();
    QJsonObject resp;
    if (method == "alipay.trade.refund") {
        const QString outTradeNo = biz.value(QStringLiteral("out_trade_no")).toString();
        // refund_amount is a JSON string of yuan with at most two decimals.
        const QJsonValue amountValue = biz.value(QStringLiteral("refund_amount"));
        const auto minor = amountValue.isString()
                               ? minorOf(amountValue.toString(), QStringLiteral("CNY"))
                               : std::nullopt;
        const QString key = biz.value(QStringLiteral("out_request_no")).toString();
        if (!minor || key.isEmpty()) {
            resp = {{QStringLiteral("code"), QStringLiteral("40004")},
                    {QStringLiteral("msg"), QStringLiteral("Business Failed")},
                    {QStringLiteral("sub_code"), QStringLiteral("ACQ.INVALID_PARAMETER")},
                    {QStringLiteral("sub_msg"), QStringLiteral("参数无效")}};
            return signedAnswer(resp);
        }
        if (fault == Fault::Refuse) {
            resp = {{QStringLiteral("code"), QStringLiteral("40004")},
                    {QStringLiteral("msg"), QStringLiteral("Business Failed")},
                    {QStringLiteral("sub_code"), QStringLiteral("ACQ.SELLER_BALANCE_NOT_ENOUGH")},
                    {QStringLiteral("sub_msg"), QStringLiteral("卖家余额不足")}};
            return signedAnswer(resp);
        }
        const bool existed = findRefund(QStringLiteral("alipay"), key) != nullptr;
        QString error;
        Refund* refund = makeRefund(QStringLiteral("alipay"), key, outTradeNo, *minor,
                                    fault == Fault::Pending, &error);
        if (!refund) {
            resp = {
                {QStringLiteral("code"), QStringLiteral("40004")},
                {QStringLiteral("msg"), QStringLiteral("Business Failed")},
                {QStringLiteral("sub_code"), error == QLatin1String("OVER")
                                                 ? QStringLiteral("ACQ.REASON_TRADE_REFUND_FEE_ERR")
                                             : error == QLatin1String("DISCORDANT")
                                                 ? QStringLiteral("ACQ.DISCORDANT_REPEAT_REQUEST")
                                                 : QStringLiteral("ACQ.TRADE_NOT_EXIST")},
                {QStringLiteral("sub_msg"), QStringLiteral("退款金额超限")}};
            return signedAnswer(resp);
        }
        Trade* t = findTrade(QStringLiteral("alipay"), outTradeNo);
        resp = {{QStringLiteral("code"), QStringLiteral("10000")},
                {QStringLiteral("msg"), QStringLiteral("Success")},
                {QStringLiteral("trade_no"), t->gatewayTradeNo},
                {QStringLiteral("out_trade_no"), outTradeNo},
                {QStringLiteral("refund_fee"),
                 decimalOf(refundedMinor(outTradeNo), QStringLiteral("CNY"))},
                // A repeat of the same request moves no money again.
                {QStringLiteral("fund_change"),
                 existed || refund->status != QLatin1String("SUCCESS") ? QStringLiteral("N")
                                                                       : QStringLiteral("Y")}};
        return signedAnswer(resp);
    }
    if (method == "alipay.trade.fastpay.refund.query") {
        Refund* refund = findRefund(QStringLiteral("alipay"),
                                    biz.value(QStringLiteral("out_request_no")).toString());
        resp = {{QStringLiteral("code"), QStringLiteral("10000")},
                {QStringLiteral("msg"), QStringLiteral("Success")},
                {QStringLiteral("out_request_no"), biz.value(QStringLiteral("out_request_no"))}};
        if (refund) {
            refund->status = QStringLiteral("SUCCESS"); // processing ends by the next query
            resp.insert(QStringLiteral("trade_no"), refund->id);
            resp.insert(QStringLiteral("refund_amount"),
                        decimalOf(refund->amountMinor, QStringLiteral("CNY")));
            resp.insert(QStringLiteral("refund_status"), QStringLiteral("REFUND_SUCCESS"));
        }
        return signedAnswer(resp);
    }
    if (method == "alipay.trade.query") {
        Trade* t = findTrade(QStringLiteral("alipay"),
                             biz.value(QStringLiteral("out_trade_no"))
                                 .toString(biz.value(QStringLiteral("trade_no")).toString()));
        if (!t)
            resp = {{QStringLiteral("code"), QStringLiteral("40004")},
                    {QStringLiteral("msg"), QStringLiteral("Business Failed")},
                    {QStringLiteral("sub_code"), QStringLiteral("ACQ.TRADE_NOT_EXIST")},
                    {QStringLiteral("sub_msg"), QStringLiteral("交易不存在")}};
        else
            resp = {{QStringLiteral("code"), QStringLiteral("10000")},
                    {QStringLiteral("msg"), QStringLiteral("Success")},
                    {QStringLiteral("trade_no"), t->gatewayTradeNo},
                    {QStringLiteral("out_trade_no"), t->outTradeNo},
                    {QStringLiteral("trade_status"), QStringLiteral("TRADE_SUCCESS")},
                    {QStringLiteral("total_amount"), decimalOf(t->totalMinor, t->currency)}};
        return signedAnswer(resp);
    }
    Answer a;
    a.body = R"({"error_response":{"code":"40004","msg":"Invalid Method"}})";
    return a;
}

// ---- WeChat Pay v3 -------------------------------------------------------------------------

FakeGateway::Answer FakeGateway::wechatSigned(int status, const QByteArray& body, Fault fault)
{
    Answer a;
    a.status = status;
    a.body = body;
    qint64 ts = QDateTime::currentSecsSinceEpoch();
    if (fault == Fault::StaleTimestamp)
        ts -= 600;
    const QByteArray nonce = QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36).toUpper();
    // Certificate mode signs with the newest platform certificate, named by its serial.
    const bool certificates = m_wechatCertificateMode && !m_wechatCertificates.isEmpty();
    const payments::RsaKey platform =
        certificates ? payments::RsaKey::fromPrivatePem(m_wechatCertificates.last().privatePem)
                     : payments::RsaKey();
    const payments::RsaKey& key = fault == Fault::BadSignatureAfterProcessing ? m_otherPrivate
                                  : certificates                              ? platform
                                                                              : m_gatewayPrivate;
    a.headers = {{"Wechatpay-Timestamp", QByteArray::number(ts)},
                 {"Wechatpay-Nonce", nonce},
                 {"Wechatpay-Serial",
                  certificates ? m_wechatCertificates.last().serial : QByteArray(WechatKeyId)},
                 {"Wechatpay-Signature",
                  key.signSha256Base64(QByteArray::number(ts) + '\n' + nonce + '\n' + body + '\n')},
                 {"Request-Id", "08F" + nonce}};
    return a;
}

FakeGateway::Answer FakeGateway::wechat(const Http& r, Fault fault, bool* isCreate)
{
    const QByteArray path = pathOf(r.target);
    *isCreate = r.method == "POST";
    auto error = [&](int status, const char* code, const QString& message) {
        return wechatSigned(status,
                            json({{QStringLiteral("code"), QLatin1String(code)},
                                  {QStringLiteral("message"), message}}),
                            Fault::None);
    };
    // Authorization: WECHATPAY2-SHA256-RSA2048
    // mchid="…",nonce_str="…",timestamp="…",serial_no="…",signature="…"
    const QByteArray auth = r.headers.value("authorization");
    QHash<QByteArray, QByteArray> fields;
    if (auth.startsWith("WECHATPAY2-SHA256-RSA2048 ")) {
        for (const QByteArray& part : auth.mid(26).split(',')) {
            const qsizetype eq = part.indexOf('=');
            if (eq > 0)
                fields.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed().replace('"', ""));
        }
    }
    const qint64 ts = fields.value("timestamp").toLongLong();
    const QByteArray message = r.method + '\n' + r.target + '\n' + fields.value("timestamp") +
                               '\n' + fields.value("nonce_str") + '\n' + r.body + '\n';
    if (fields.value("mchid") != WechatMchId || fields.value("serial_no") != WechatSerial ||
        qAbs(QDateTime::currentSecsSinceEpoch() - ts) > 300 ||
        !m_merchantPublic.verifySha256Base64(message, fields.value("signature"))) {
        ++m_rejected;
        return error(401, "SIGN_ERROR", QStringLiteral("签名错误"));
    }
    auto refundJson = [](const Refund& refund, qint64 total) {
        QJsonObject amount{{QStringLiteral("refund"), QJsonValue(refund.amountMinor)},
                           {QStringLiteral("total"), QJsonValue(total)},
                           {QStringLiteral("currency"), QStringLiteral("CNY")}};
        return json({{QStringLiteral("refund_id"), refund.id},
                     {QStringLiteral("out_refund_no"), refund.key},
                     {QStringLiteral("out_trade_no"), refund.outTradeNo},
                     {QStringLiteral("status"), refund.status},
                     {QStringLiteral("amount"), amount}});
    };
    if (r.method == "POST" && path == "/v3/refund/domestic/refunds") {
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        const QJsonObject amount = o.value(QStringLiteral("amount")).toObject();
        Trade* t =
            findTrade(QStringLiteral("wechat"), o.value(QStringLiteral("out_trade_no")).toString());
        const QString key = o.value(QStringLiteral("out_refund_no")).toString();
        // Fen are integers; the total must be the order's.
        const QJsonValue refundFen = amount.value(QStringLiteral("refund"));
        if (!t || key.isEmpty() || key.size() > 64 || !refundFen.isDouble() ||
            refundFen.toInteger(-1) <= 0 ||
            amount.value(QStringLiteral("total")).toInteger(-1) != t->totalMinor ||
            amount.value(QStringLiteral("currency")).toString() != QLatin1String("CNY"))
            return error(400, "PARAM_ERROR", QStringLiteral("参数错误"));
        if (fault == Fault::Refuse)
            return error(403, "NOT_ENOUGH", QStringLiteral("基本账户余额不足，请充值后重新发起"));
        QString why;
        Refund* refund = makeRefund(QStringLiteral("wechat"), key, t->outTradeNo,
                                    refundFen.toInteger(), fault == Fault::Pending, &why);
        if (!refund)
            return error(400, "INVALID_REQUEST", QStringLiteral("申请退款金额超过订单可退金额"));
        return wechatSigned(200, refundJson(*refund, t->totalMinor), fault);
    }
    if (r.method == "GET" && path.startsWith("/v3/refund/domestic/refunds/")) {
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(path.mid(28)));
        Refund* refund = findRefund(QStringLiteral("wechat"), key);
        if (!refund)
            return error(404, "RESOURCE_NOT_EXISTS", QStringLiteral("退款单不存在"));
        refund->status = QStringLiteral("SUCCESS");
        Trade* t = findTrade(QStringLiteral("wechat"), refund->outTradeNo);
        return wechatSigned(200, refundJson(*refund, t ? t->totalMinor : 0), fault);
    }
    if (r.method == "GET" && path == "/v3/certificates" && m_wechatCertificateMode) {
        QJsonArray data;
        for (const WechatCertificate& c : std::as_const(m_wechatCertificates)) {
            if (!c.listed)
                continue;
            static const char chars[] =
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
            QByteArray nonce;
            for (int i = 0; i < 12; ++i)
                nonce += chars[QRandomGenerator::global()->bounded(62)];
            const QSslCertificate certificate(c.certPem);
            const int china = 8 * 3600; // WeChat Pay writes its times in +08:00
            data.append(QJsonObject{
                {QStringLiteral("serial_no"), QString::fromLatin1(c.serial)},
                {QStringLiteral("effective_time"),
                 certificate.effectiveDate().toOffsetFromUtc(china).toString(Qt::ISODate)},
                {QStringLiteral("expire_time"),
                 certificate.expiryDate().toOffsetFromUtc(china).toString(Qt::ISODate)},
                {QStringLiteral("encrypt_certificate"),
                 QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("AEAD_AES_256_GCM")},
                             {QStringLiteral("nonce"), QString::fromLatin1(nonce)},
                             {QStringLiteral("associated_data"), QStringLiteral("certificate")},
                             {QStringLiteral("ciphertext"),
                              QString::fromLatin1(wechatEncrypt(m_wechatApiV3Key, nonce,
                                                                "certificate", c.certPem))}}}});
        }
        return wechatSigned(200, json({{QStringLiteral("data"), data}}), fault);
    }
    if (r.method == "GET" && path.startsWith("/v3/pay/transactions/out-trade-no/")) {
        const QUrlQuery q(QString::fromUtf8(queryOf(r.target)));
        if (q.queryItemValue(QStringLiteral("mchid")) != QLatin1String(WechatMchId))
            return error(400, "PARAM_ERROR", QStringLiteral("mchid mismatch"));
        Trade* t = findTrade(QStringLiteral("wechat"), QString::fromUtf8(path.mid(34)));
        if (!t)
            return error(404, "ORDER_NOT_EXIST", QStringLiteral("订单不存在"));
        return wechatSigned(200,
                            json({{QStringLiteral("out_trade_no"), t->outTradeNo},
                                  {QStringLiteral("transaction_id"), t->gatewayTradeNo},
                                  {QStringLiteral("trade_state"),
                                   refundedMinor(t->outTradeNo) > 0 ? QStringLiteral("REFUND")
                                                                    : QStringLiteral("SUCCESS")}}),
                            fault);
    }
    return error(404, "RESOURCE_NOT_EXISTS", QStringLiteral("no such API"));
}

// ---- Stripe ---------------------------------------------------------------------------------

FakeGateway::Answer FakeGateway::stripe(const Http& r, Fault fault, bool* isCreate)
{
    const QByteArray path = pathOf(r.target);
    *isCreate = r.method == "POST";
    auto error = [](int status, const char* type, const char* code, const char* message) {
        Answer a;
        a.status = status;
        QJsonObject e{{QStringLiteral("type"), QLatin1String(type)},
                      {QStringLiteral("message"), QLatin1String(message)}};
        if (*code)
            e.insert(QStringLiteral("code"), QLatin1String(code));
        a.body = json({{QStringLiteral("error"), e}});
        return a;
    };
    if (r.headers.value("authorization") != QByteArray("Bearer ") + StripeKey) {
        ++m_rejected;
        return error(401, "invalid_request_error", "", "Invalid API Key provided");
    }
    auto refundJson = [](const Refund& refund, const Trade* t) {
        return json({{QStringLiteral("id"), refund.id},
                     {QStringLiteral("object"), QStringLiteral("refund")},
                     {QStringLiteral("amount"), QJsonValue(refund.amountMinor)},
                     {QStringLiteral("currency"), t ? t->currency.toLower() : QString()},
                     {QStringLiteral("payment_intent"), t ? t->gatewayTradeNo : QString()},
                     {QStringLiteral("status"), refund.status == QLatin1String("SUCCESS")
                                                    ? QStringLiteral("succeeded")
                                                    : QStringLiteral("pending")},
                     {QStringLiteral("metadata"),
                      QJsonObject{{QStringLiteral("paneldesk_refund_key"), refund.key}}}});
    };
    if (r.method == "POST" && path == "/v1/refunds") {
        const QByteArray key = r.headers.value("idempotency-key");
        if (!key.isEmpty() && m_stripeIdempotency.contains(QString::fromUtf8(key))) {
            const auto& stored = m_stripeIdempotency.value(QString::fromUtf8(key));
            if (stored.first != r.body)
                return error(400, "idempotency_error", "",
                             "Keys for idempotent requests can only be used with the same "
                             "parameters they were first used with.");
            return stored.second; // replayed as first answered
        }
        const QMap<QByteArray, QByteArray> form = formDecode(r.body);
        Trade* t =
            findTrade(QStringLiteral("stripe"), QString::fromUtf8(form.value("payment_intent")));
        bool isInt = false;
        const qint64 amount = form.value("amount").toLongLong(&isInt);
        Answer a;
        if (!t || !isInt) {
            a = error(400, "invalid_request_error", "parameter_invalid_integer", "Invalid amount.");
        } else if (fault == Fault::Refuse) {
            a = error(400, "invalid_request_error", "charge_disputed",
                      "This charge has been disputed and cannot be refunded.");
        } else if (fault == Fault::ServerErrorBeforeProcessing) {
            return error(500, "api_error", "", "Internal error"); // never started: not stored
        } else {
            QString why;
            Refund* refund =
                makeRefund(QStringLiteral("stripe"),
                           QString::fromUtf8(form.value("metadata[paneldesk_refund_key]", key)),
                           t->outTradeNo, amount, fault == Fault::Pending, &why);
            a = refund ? Answer{200, refundJson(*refund, t), {}, false, false, 0}
                       : error(400, "invalid_request_error", "amount_too_large",
                               "Refund amount is greater than unrefunded amount on charge.");
        }
        Answer stored = a;
        if (fault == Fault::ServerErrorAfterProcessing)
            stored = error(500, "api_error", "", "Internal error");
        if (!key.isEmpty())
            m_stripeIdempotency.insert(QString::fromUtf8(key), {r.body, stored});
        return a;
    }
    if (r.method == "GET" && path == "/v1/refunds") {
        const QUrlQuery q(QString::fromUtf8(queryOf(r.target)));
        Trade* t =
            findTrade(QStringLiteral("stripe"), q.queryItemValue(QStringLiteral("payment_intent")));
        QJsonArray data;
        for (Refund& refund : m_refunds) {
            if (t && refund.gateway == QLatin1String("stripe") &&
                refund.outTradeNo == t->outTradeNo) {
                refund.status = QStringLiteral("SUCCESS");
                data.append(QJsonDocument::fromJson(refundJson(refund, t)).object());
            }
        }
        Answer a;
        a.body = json({{QStringLiteral("object"), QStringLiteral("list")},
                       {QStringLiteral("data"), data},
                       {QStringLiteral("has_more"), false}});
        return a;
    }
    if (r.method == "GET" && path.startsWith("/v1/refunds/")) {
        Refund* refund = findRefund(QStringLiteral("stripe"), QString::fromUtf8(path.mid(12)));
        if (!refund)
            return error(404, "invalid_request_error", "resource_missing", "No such refund");
        refund->status = QStringLiteral("SUCCESS");
        return Answer{
            200,   refundJson(*refund, findTrade(QStringLiteral("stripe"), refund->outTradeNo)),
            {},    false,
            false, 0};
    }
    if (r.method == "GET" && path.startsWith("/v1/payment_intents/")) {
        Trade* t = findTrade(QStringLiteral("stripe"), QString::fromUtf8(path.mid(20)));
        if (!t)
            return error(404, "invalid_request_error", "resource_missing",
                         "No such payment_intent");
        Answer a;
        a.body = json({{QStringLiteral("id"), t->gatewayTradeNo},
                       {QStringLiteral("object"), QStringLiteral("payment_intent")},
                       {QStringLiteral("amount"), QJsonValue(t->totalMinor)},
                       {QStringLiteral("status"), QStringLiteral("succeeded")}});
        return a;
    }
    return error(404, "invalid_request_error", "", "Unrecognized request URL");
}

// ---- PayPal ---------------------------------------------------------------------------------

FakeGateway::Answer FakeGateway::paypal(const Http& r, Fault fault, bool* isCreate)
{
    const QByteArray path = pathOf(r.target);
    *isCreate = r.method == "POST" && path.endsWith("/refund");
    auto error = [](int status, const char* name, const char* issue, const char* message) {
        Answer a;
        a.status = status;
        QJsonObject o{{QStringLiteral("name"), QLatin1String(name)},
                      {QStringLiteral("message"), QLatin1String(message)},
                      {QStringLiteral("debug_id"), QStringLiteral("f00dcafe")}};
        if (*issue)
            o.insert(QStringLiteral("details"),
                     QJsonArray{QJsonObject{{QStringLiteral("issue"), QLatin1String(issue)}}});
        a.body = json(o);
        return a;
    };
    if (r.method == "POST" && path == "/v1/oauth2/token") {
        const QByteArray expected =
            "Basic " + (QByteArray(PaypalClientId) + ':' + PaypalSecret).toBase64();
        if (r.headers.value("authorization") != expected ||
            formDecode(r.body).value("grant_type") != "client_credentials") {
            ++m_rejected;
            Answer a;
            a.status = 401;
            a.body =
                R"({"error":"invalid_client","error_description":"Client Authentication failed"})";
            return a;
        }
        const QByteArray token = "A21AAfake" + QByteArray::number(++m_serial);
        m_paypalTokens.append(token);
        Answer a;
        a.body = json({{QStringLiteral("access_token"), QString::fromUtf8(token)},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), 32400}});
        return a;
    }
    const QByteArray auth = r.headers.value("authorization");
    if (!auth.startsWith("Bearer ") || !m_paypalTokens.contains(auth.mid(7))) {
        ++m_rejected;
        return error(401, "AUTHENTICATION_FAILURE", "",
                     "Authentication failed due to invalid authentication credentials or a missing "
                     "Authorization header.");
    }
    auto refundJson = [](const Refund& refund, const Trade* t) {
        const QString currency = t ? t->currency : QStringLiteral("USD");
        return json(
            {{QStringLiteral("id"), refund.id},
             {QStringLiteral("status"), refund.status == QLatin1String("SUCCESS")
                                            ? QStringLiteral("COMPLETED")
                                            : QStringLiteral("PENDING")},
             {QStringLiteral("invoice_id"), refund.key},
             {QStringLiteral("amount"),
              QJsonObject{{QStringLiteral("currency_code"), currency},
                          {QStringLiteral("value"), decimalOf(refund.amountMinor, currency)}}}});
    };
    if (r.method == "POST" && path.startsWith("/v2/payments/captures/") &&
        path.endsWith("/refund")) {
        const QString capture = QString::fromUtf8(path.mid(22, path.size() - 22 - 7));
        const QString requestId = QString::fromUtf8(r.headers.value("paypal-request-id"));
        Trade* t = findTrade(QStringLiteral("paypal"), capture);
        if (!t)
            return error(404, "RESOURCE_NOT_FOUND", "INVALID_RESOURCE_ID",
                         "Specified resource ID does not exist.");
        if (Refund* existing = findRefund(QStringLiteral("paypal"), requestId)) {
            // The latest state of the original request.
            ++existing->createRequests;
            existing->status = QStringLiteral("SUCCESS");
            return Answer{200, refundJson(*existing, t), {}, false, false, 0};
        }
        if (fault == Fault::Refuse)
            return error(422, "UNPROCESSABLE_ENTITY", "REFUND_FAILED_INSUFFICIENT_FUNDS",
                         "Capture could not be refunded due to insufficient funds.");
        const QJsonObject amount =
            QJsonDocument::fromJson(r.body).object().value(QStringLiteral("amount")).toObject();
        const QJsonValue value = amount.value(QStringLiteral("value"));
        const auto minor = value.isString() ? minorOf(value.toString(), t->currency) : std::nullopt;
        if (!minor || amount.value(QStringLiteral("currency_code")).toString() != t->currency)
            return error(422, "UNPROCESSABLE_ENTITY", "REFUND_CURRENCY_MISMATCH",
                         "Invalid amount.");
        QString why;
        Refund* refund = makeRefund(QStringLiteral("paypal"), requestId, t->outTradeNo, *minor,
                                    fault == Fault::Pending, &why);
        if (!refund)
            return error(422, "UNPROCESSABLE_ENTITY", "REFUND_AMOUNT_EXCEEDED",
                         "The refund amount must be less than or equal to the capture amount that "
                         "has not yet been refunded.");
        return Answer{201, refundJson(*refund, t), {}, false, false, 0};
    }
    if (r.method == "GET" && path.startsWith("/v2/payments/refunds/")) {
        Refund* refund = findRefund(QStringLiteral("paypal"), QString::fromUtf8(path.mid(21)));
        if (!refund)
            return error(404, "RESOURCE_NOT_FOUND", "INVALID_RESOURCE_ID",
                         "Specified resource ID does not exist.");
        refund->status = QStringLiteral("SUCCESS");
        return Answer{
            200,   refundJson(*refund, findTrade(QStringLiteral("paypal"), refund->outTradeNo)),
            {},    false,
            false, 0};
    }
    if (r.method == "GET" && path.startsWith("/v2/payments/captures/")) {
        Trade* t = findTrade(QStringLiteral("paypal"), QString::fromUtf8(path.mid(22)));
        if (!t)
            return error(404, "RESOURCE_NOT_FOUND", "INVALID_RESOURCE_ID",
                         "Specified resource ID does not exist.");
        const qint64 refunded = refundedMinor(t->outTradeNo);
        Answer a;
        a.body = json({{QStringLiteral("id"), t->gatewayTradeNo},
                       {QStringLiteral("status"), refunded == 0 ? QStringLiteral("COMPLETED")
                                                  : refunded < t->totalMinor
                                                      ? QStringLiteral("PARTIALLY_REFUNDED")
                                                      : QStringLiteral("REFUNDED")}});
        return a;
    }
    return error(404, "RESOURCE_NOT_FOUND", "", "No such API");
}

} // namespace pd::test
