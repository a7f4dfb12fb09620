#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace pd::domain {

// Where secrets live: the OS keychain in the product. Asynchronous: the callbacks run on the
// caller's thread (event loop) later.
class SecretStore
{
public:
    enum class Status { Ok, NotFound, NoKeychain, AccessDenied, Error };
    struct Result
    {
        Status status = Status::Ok;
        QString secret;  // for reads
        QString message; // a sentence for people when status != Ok
    };
    using Callback = std::function<void(const Result&)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString& key, QObject* context, Callback done) = 0;
    virtual void write(const QString& key, const QString& secret, QObject* context,
                       Callback done) = 0;
    virtual void remove(const QString& key, QObject* context, Callback done) = 0;
};

} // namespace pd::domain
