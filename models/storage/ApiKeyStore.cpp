#include "storage/ApiKeyStore.h"

#include "storage/DbWorker.h"
#include "storage/SubscriptionSql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

namespace pd::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::ApiKeyStore)
};

const QLatin1String KeyPrefix("sk_live_");
const char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

QDateTime utcOrInvalid(const QVariant& v)
{
    return v.isNull() ? QDateTime() : v.toDateTime().toUTC();
}

} // namespace

QString ApiKeyStore::base62(const QByteArray& bytes)
{
    // Long division of the big-endian number by 62, digit by digit; the length is fixed by the
    // input size (ceil(8·n / log2 62)) so every key has the same shape.
    QByteArray number = bytes;
    const int digits = int((bytes.size() * 8 * 1000 + 5953) / 5954); // log2(62) ≈ 5.954
    QString out(digits, QLatin1Char('0'));
    for (int i = digits - 1; i >= 0; --i) {
        int remainder = 0;
        for (char& c : number) {
            const int value = remainder * 256 + static_cast<unsigned char>(c);
            c = char(value / 62);
            remainder = value % 62;
        }
        out[i] = QLatin1Char(Alphabet[remainder]);
    }
    return out;
}

QString ApiKeyStore::hashOf(const QString& fullKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(fullKey.toUtf8(), QCryptographicHash::Sha256).toHex());
}

NewApiKey ApiKeyStore::generate()
{
    QByteArray random(RandomBytes, Qt::Uninitialized);
    // QRandomGenerator::system() is the operating system's CSPRNG.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()),
                                          RandomBytes / int(sizeof(quint32)));
    NewApiKey key;
    key.fullKey = KeyPrefix + base62(random);
    random.fill('\0'); // the bytes are not needed any more
    key.prefix = key.fullKey.left(PrefixLength);
    key.hash = hashOf(key.fullKey);
    return key;
}

NewApiKey ApiKeyStore::create(QSqlDatabase& db, const QUuid& userId, const QString& name,
                              const QDateTime& expiresAt, QUuid* id)
{
    if (name.trimmed().isEmpty() || name.trimmed().size() > 100)
        throw JobError{Tr::tr("A key needs a name of 1 to 100 characters, so nobody wonders "
                              "later what it is for. No key was created."),
                       {}};
    const NewApiKey key = generate();
    const QVariant created = SubscriptionSql::scalar(
        db, QStringLiteral("SELECT api_key_create(?::uuid, ?, ?, ?, ?::timestamptz)::text"),
        {userId.toString(QUuid::WithoutBraces), name.trimmed(), key.prefix, key.hash,
         expiresAt.isValid() ? QVariant(expiresAt.toUTC().toString(Qt::ISODateWithMs))
                             : QVariant()});
    if (id)
        *id = QUuid::fromString(created.toString());
    return key;
}

QList<ApiKeyRecord> ApiKeyStore::list(QSqlDatabase& db, const QUuid& userId)
{
    // Never key_hash: the grants of 0002 do not even allow it.
    QSqlQuery q = SubscriptionSql::exec(
        db,
        QStringLiteral("SELECT id::text, key_prefix, name, is_active, last_used_at, expires_at, "
                       "revoked_at, created_at FROM api_keys WHERE user_id = ?::uuid "
                       "ORDER BY created_at DESC, id"),
        {userId.toString(QUuid::WithoutBraces)});
    QList<ApiKeyRecord> keys;
    while (q.next()) {
        ApiKeyRecord k;
        k.id = QUuid::fromString(q.value(0).toString());
        k.prefix = q.value(1).toString();
        k.name = q.value(2).toString();
        k.active = q.value(3).toBool();
        k.lastUsedAt = utcOrInvalid(q.value(4));
        k.expiresAt = utcOrInvalid(q.value(5));
        k.revokedAt = utcOrInvalid(q.value(6));
        k.createdAt = utcOrInvalid(q.value(7));
        keys << k;
    }
    return keys;
}

bool ApiKeyStore::revoke(QSqlDatabase& db, const QUuid& keyId)
{
    return SubscriptionSql::scalar(db, QStringLiteral("SELECT api_key_revoke(?::uuid)"),
                                   {keyId.toString(QUuid::WithoutBraces)})
        .toBool();
}

QUuid ApiKeyStore::authenticate(QSqlDatabase& db, const QString& fullKey)
{
    const QVariant user = SubscriptionSql::scalar(
        db, QStringLiteral("SELECT api_key_authenticate(?)::text"), {hashOf(fullKey)});
    return user.isNull() ? QUuid() : QUuid::fromString(user.toString());
}

} // namespace pd::storage
