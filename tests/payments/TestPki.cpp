#include "TestPki.h"

#include <QFile>
#include <QProcess>

namespace pd::test {

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

QByteArray TestPki::openssl(const QStringList& args, const QByteArray& input)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted(10000)) {
        m_error = QStringLiteral("openssl did not start");
        return {};
    }
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error =
            QStringLiteral("openssl %1 failed: %2")
                .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAllStandardError()));
        return {};
    }
    return p.readAllStandardOutput();
}

bool TestPki::makeKey(const QString& name, QByteArray* privatePem, QByteArray* publicPem)
{
    openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
             QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"),
             QStringLiteral("-out"), name + QStringLiteral(".pem")});
    openssl({QStringLiteral("pkey"), QStringLiteral("-in"), name + QStringLiteral(".pem"),
             QStringLiteral("-pubout"), QStringLiteral("-out"), name + QStringLiteral(".pub")});
    *privatePem = readAll(path(name + QStringLiteral(".pem")));
    *publicPem = readAll(path(name + QStringLiteral(".pub")));
    return ok() && !privatePem->isEmpty() && !publicPem->isEmpty();
}

TestPki::PlatformCertificate TestPki::makePlatformCertificate(const QString& name,
                                                              const QByteArray& serial, int days)
{
    PlatformCertificate c;
    QByteArray publicPem;
    if (!makeKey(name, &c.privatePem, &publicPem))
        return {};
    openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
             name + QStringLiteral(".pem"), QStringLiteral("-subj"),
             QStringLiteral("/C=CN/O=Tenpay.com/OU=Tenpay.com CA Center/CN=Tenpay.com Root CA"),
             QStringLiteral("-out"), name + QStringLiteral(".csr")});
    openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
             QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-set_serial"),
             QStringLiteral("0x") + QString::fromLatin1(serial), QStringLiteral("-days"),
             QString::number(days), QStringLiteral("-out"), name + QStringLiteral(".crt")});
    c.serial = serial.toUpper();
    c.certPem = readAll(path(name + QStringLiteral(".crt")));
    if (!ok())
        c.certPem.clear();
    return c;
}

TestPki::TestPki()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return;
    }
    QFile ext(path(QStringLiteral("server.ext")));
    ext.open(QIODevice::WriteOnly);
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
              "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
    ext.close();
    openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
             QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=PanelDesk Test CA")});
    openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
             QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
             QStringLiteral("/CN=localhost")});
    openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
             QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")});
    caPem = readAll(path(QStringLiteral("ca.pem")));
    serverCertPem = readAll(path(QStringLiteral("server.pem")));
    serverKeyPem = readAll(path(QStringLiteral("server.key")));
    if (!ok())
        return;
    if (!makeKey(QStringLiteral("merchant"), &merchantPrivatePem, &merchantPublicPem) ||
        !makeKey(QStringLiteral("gateway"), &gatewayPrivatePem, &gatewayPublicPem) ||
        !makeKey(QStringLiteral("other"), &otherPrivatePem, &otherPublicPem)) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("key generation failed");
    }
}

} // namespace pd::test
