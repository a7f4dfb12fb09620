#pragma once

#include "domain/SecretStore.h"

namespace pd::secrets {

// SecretStore on the OS keychain through QtKeychain (Keychain on macOS, Credential Manager on
// Windows, Secret Service on Linux). No keychain means an error that says so; never a plain
// text fallback.
class KeychainSecretStore final : public domain::SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("PanelDesk"));
    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;

private:
    QString m_service;
};

} // namespace pd::secrets
