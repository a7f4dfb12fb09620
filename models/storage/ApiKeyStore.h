#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace pd::storage {

struct ApiKeyRecord
{
    QUuid id;
    QString prefix; // "sk_live_Ab12Cd": all that identifies a key to people
    QString name;
    bool active = true;
    QDateTime lastUsedAt; // invalid: never
    QDateTime expiresAt;  // invalid: never
    QDateTime revokedAt;  // invalid: not revoked
    QDateTime createdAt;
};

// A key as made, before it is stored: the full text is shown once and then forgotten.
struct NewApiKey
{
    QString fullKey; // "sk_live_" + 32 random bytes in base62
    QString prefix;
    QString hash; // SHA-256 of fullKey, lower-case hex: what the database keeps
};

// Makes, lists and revokes users' API keys. The full key exists only in memory on the client:
// the database receives its SHA-256 and prefix (api_key_create), so neither its tables, its
// logs nor the audit trail ever hold it.
class ApiKeyStore
{
public:
    static constexpr int RandomBytes = 32;
    static constexpr int PrefixLength = 14; // "sk_live_" and six characters

    // 32 bytes from the system's CSPRNG, base62 (fixed 43 characters, leading zeros kept).
    static NewApiKey generate();
    static QString base62(const QByteArray& bytes);
    static QString hashOf(const QString& fullKey);

    // Creates a key for the user; returns it with the full text (show it once). Throws JobError.
    static NewApiKey create(QSqlDatabase& db, const QUuid& userId, const QString& name,
                            const QDateTime& expiresAt, QUuid* id = nullptr);
    static QList<ApiKeyRecord> list(QSqlDatabase& db, const QUuid& userId);
    // Returns false when it was revoked already.
    static bool revoke(QSqlDatabase& db, const QUuid& keyId);
    // The user a presented key belongs to (active, unexpired), null otherwise; notes its use.
    static QUuid authenticate(QSqlDatabase& db, const QString& fullKey);
};

} // namespace pd::storage

Q_DECLARE_METATYPE(pd::storage::ApiKeyRecord)
Q_DECLARE_METATYPE(pd::storage::NewApiKey)
