#pragma once

#include "domain/SecretStore.h"

#include <QHash>

namespace pd::test {

// A SecretStore in memory with the keychain's contract: the change happens at once, the answer
// arrives later on the context's thread and is dropped if the context is gone. It can be told
// to fail like a missing keychain.
class MemorySecretStore final : public domain::SecretStore
{
public:
    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;

    // Every later call fails with this status (Ok: works again).
    void setFailure(Status status);
    QHash<QString, QString> secrets() const { return m_secrets; }
    int calls() const { return m_calls; }

private:
    void deliver(QObject* context, Callback done, Result result);
    bool failing(Result* result) const;

    QHash<QString, QString> m_secrets;
    Status m_failure = Status::Ok;
    int m_calls = 0;
};

} // namespace pd::test
