#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace pd::test {

// Throwaway keys and certificates made with the openssl command line for the gateway tests: a
// CA, a server certificate for 127.0.0.1/localhost signed by it (the fake gateways' HTTPS), and
// the RSA key pairs of the merchant and of the gateways, and on demand WeChat Pay platform
// certificates. Nothing is downloaded or reused.
class TestPki
{
public:
    TestPki();
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString dir() const { return m_dir.path(); }

    QByteArray caPem;
    QByteArray serverCertPem;
    QByteArray serverKeyPem;
    QByteArray merchantPrivatePem; // the app / merchant API key (PKCS#8)
    QByteArray merchantPublicPem;
    QByteArray gatewayPrivatePem; // Alipay's / WeChat Pay's own key
    QByteArray gatewayPublicPem;
    QByteArray otherPrivatePem; // an unrelated key, for "wrong key" cases
    QByteArray otherPublicPem;

    // A WeChat Pay platform certificate (certificate mode): an RSA key and a certificate for it,
    // issued by the test CA under a known serial.
    struct PlatformCertificate
    {
        QByteArray serial; // upper-case hex, as WeChat Pay's serial_no and Wechatpay-Serial
        QByteArray certPem;
        QByteArray privatePem;
    };
    // Makes one (key files `name`.*), valid from now for `days` days; empty certPem on failure.
    PlatformCertificate makePlatformCertificate(const QString& name, const QByteArray& serial,
                                                int days = 2);

    // Runs openssl with `args` (stdin from `input`), returns stdout; sets error() on failure.
    QByteArray openssl(const QStringList& args, const QByteArray& input = {});
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    bool makeKey(const QString& name, QByteArray* privatePem, QByteArray* publicPem);
    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace pd::test
