#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QThread>
#include <qt6keychain/keychain.h>

#include <utility>

namespace pd::secrets {

namespace {

// This file's strings share one translation context, which lupdate reads from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::secrets::KeychainSecretStore)
};

QString noKeychainSentence()
{
    return Tr::tr("No system keychain is available, so PanelDesk cannot store the password. Start "
                  "your desktop's keyring (or Keychain/Credential Manager) and try again; the "
                  "password was not saved.");
}

// Without a session bus the Secret Service cannot be reached at all; QtKeychain then reports
// OtherError (or NoBackendAvailable) with a D-Bus message, which means "no keychain" to people.
bool looksLikeMissingBackend(const QString& errorString)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
#endif
    return errorString.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
           errorString.contains(QLatin1String("DBus"), Qt::CaseInsensitive) ||
           errorString.contains(QLatin1String("org.freedesktop.secrets")) ||
           errorString.contains(QLatin1String("No keychain service"), Qt::CaseInsensitive);
}

using Result = domain::SecretStore::Result;

Result resultOf(const QKeychain::Job* job)
{
    using Status = domain::SecretStore::Status;
    Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = Status::Ok;
        if (const auto* read = qobject_cast<const QKeychain::ReadPasswordJob*>(job))
            result.secret = read->textData();
        return result;
    case QKeychain::EntryNotFound:
        result.status = Status::NotFound;
        result.message = Tr::tr("No password is stored in the system keychain for this connection. "
                                "Type the password; you can choose to remember it.");
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = Status::AccessDenied;
        result.message = Tr::tr("The system keychain refused PanelDesk access to the password; "
                                "nothing was changed. Allow PanelDesk in the keychain (or unlock "
                                "it) and try again.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = Status::NoKeychain;
        result.message = noKeychainSentence();
        return result;
    case QKeychain::OtherError:
        if (looksLikeMissingBackend(job->errorString())) {
            result.status = Status::NoKeychain;
            result.message = noKeychainSentence();
            return result;
        }
        break;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    result.status = Status::Error;
    result.message = Tr::tr("The system keychain reported an error (%1); the password was not "
                            "changed. Check that your keyring is unlocked and try again.")
                         .arg(job->errorString().trimmed());
    return result;
}

// Creates and starts the job on the context's thread (QtKeychain jobs need that thread's event
// loop) and delivers the result there; if the context is destroyed first, the connection goes
// with it and the callback is dropped.
template <typename MakeJob>
void launch(QObject* context, MakeJob makeJob, domain::SecretStore::Callback done)
{
    auto start = [context, makeJob = std::move(makeJob), done = std::move(done)]() {
        QKeychain::Job* job = makeJob();
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plain-text copy of a secret
        QObject* receiver = context ? context : job;
        QObject::connect(job, &QKeychain::Job::finished, receiver,
                         [done](QKeychain::Job* finished) {
                             if (done)
                                 done(resultOf(finished));
                         });
        job->start();
    };
    if (!context || context->thread() == QThread::currentThread())
        start();
    else
        QMetaObject::invokeMethod(context, std::move(start), Qt::QueuedConnection);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

void KeychainSecretStore::read(const QString& key, QObject* context, Callback done)
{
    const QString service = m_service;
    launch(
        context,
        [service, key]() {
            auto* job = new QKeychain::ReadPasswordJob(service);
            job->setKey(key);
            return static_cast<QKeychain::Job*>(job);
        },
        std::move(done));
}

void KeychainSecretStore::write(const QString& key, const QString& secret, QObject* context,
                                Callback done)
{
    const QString service = m_service;
    launch(
        context,
        [service, key, secret]() {
            auto* job = new QKeychain::WritePasswordJob(service);
            job->setKey(key);
            job->setTextData(secret);
            return static_cast<QKeychain::Job*>(job);
        },
        std::move(done));
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Callback done)
{
    const QString service = m_service;
    launch(
        context,
        [service, key]() {
            auto* job = new QKeychain::DeletePasswordJob(service);
            job->setKey(key);
            return static_cast<QKeychain::Job*>(job);
        },
        std::move(done));
}

} // namespace pd::secrets
