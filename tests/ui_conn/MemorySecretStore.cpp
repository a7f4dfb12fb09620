#include "MemorySecretStore.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace pd::test {

void MemorySecretStore::setFailure(Status status)
{
    m_failure = status;
}

bool MemorySecretStore::failing(Result* result) const
{
    if (m_failure == Status::Ok)
        return false;
    result->status = m_failure;
    result->message = m_failure == Status::NoKeychain
                          ? QStringLiteral("No system keychain is available, so PanelDesk cannot "
                                           "store the password. Start your desktop's keyring (or "
                                           "Keychain/Credential Manager) and try again; the "
                                           "password was not saved.")
                          : QStringLiteral("The keychain failed.");
    return true;
}

void MemorySecretStore::deliver(QObject* context, Callback done, Result result)
{
    if (!done)
        return;
    QObject* receiver = context ? context : QCoreApplication::instance();
    QMetaObject::invokeMethod(
        receiver, [done = std::move(done), result = std::move(result)]() { done(result); },
        Qt::QueuedConnection);
}

void MemorySecretStore::read(const QString& key, QObject* context, Callback done)
{
    ++m_calls;
    Result result;
    if (!failing(&result)) {
        if (m_secrets.contains(key)) {
            result.secret = m_secrets.value(key);
        } else {
            result.status = Status::NotFound;
            result.message = QStringLiteral("No password is stored.");
        }
    }
    deliver(context, std::move(done), result);
}

void MemorySecretStore::write(const QString& key, const QString& secret, QObject* context,
                              Callback done)
{
    ++m_calls;
    Result result;
    if (!failing(&result))
        m_secrets.insert(key, secret);
    deliver(context, std::move(done), result);
}

void MemorySecretStore::remove(const QString& key, QObject* context, Callback done)
{
    ++m_calls;
    Result result;
    if (!failing(&result) && m_secrets.remove(key) == 0) {
        result.status = Status::NotFound;
        result.message = QStringLiteral("No password is stored.");
    }
    deliver(context, std::move(done), result);
}

} // namespace pd::test
