#pragma once

#include <QString>

namespace pd::storage {

// Where and as whom to connect. Holds no secret: the password lives in the keychain under
// secretKey().
struct ConnectionProfile
{
    QString name;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslMode =
        QStringLiteral("prefer"); // disable, allow, prefer, require, verify-ca, verify-full
    QString rootCertPath;
    bool demo = false;

    QString secretKey() const
    {
        return QStringLiteral("db/%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    }
    bool operator==(const ConnectionProfile&) const = default;
};

} // namespace pd::storage
