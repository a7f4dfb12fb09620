// API keys: 32 CSPRNG bytes in base62 behind sk_live_, only the SHA-256 and the prefix stored;
// the full key is in no table, no audit row and no server log line; revoked keys stay revoked.
#include "SubsTestHelpers.h"
#include "storage/ApiKeyStore.h"
#include "storage/DbWorker.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace pd;
using pd::test::sqlRun;
using pd::test::sqlScalar;
using pd::test::TestDatabase;
using storage::ApiKeyStore;

class tst_ApiKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void base62KnownValues();
    void generatedKeysHaveTheirShape();
    void fullKeyIsNeverStoredOrLogged();
    void revokedKeysStayRevoked();
    void supportCannotCreateOrRevoke();

private:
    std::unique_ptr<TestDatabase> m_tdb;
    QSqlDatabase m_admin, m_support;
    QUuid m_user;
};

void tst_ApiKeys::initTestCase()
{
    m_tdb = std::make_unique<TestDatabase>(QStringLiteral("apikeys"));
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    const QString admin =
        m_tdb->createLogin(QStringLiteral("keys_admin"), QStringLiteral("paneldesk_admin"));
    const QString support =
        m_tdb->createLogin(QStringLiteral("keys_support"), QStringLiteral("paneldesk_support"));
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    // Every statement and its bound values go to the server log from now on.
    QVERIFY(m_tdb
                ->exec(QStringLiteral("ALTER DATABASE \"%1\" SET log_statement = 'all'")
                           .arg(m_tdb->name()))
                .isEmpty());
    m_admin = m_tdb->open(QStringLiteral("admin"), admin);
    m_support = m_tdb->open(QStringLiteral("support"), support);
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    QVERIFY(m_tdb
                ->exec(QStringLiteral("INSERT INTO users (email, username, password_hash) VALUES "
                                      "('key@example.com', 'key', 'h')"))
                .isEmpty());
    m_user = QUuid::fromString(
        sqlScalar(m_admin, QStringLiteral("SELECT id::text FROM users")).toString());
}

void tst_ApiKeys::cleanupTestCase()
{
    m_admin = m_support = QSqlDatabase();
    storage::Database::close(QStringLiteral("admin"));
    storage::Database::close(QStringLiteral("support"));
    m_tdb.reset();
}

void tst_ApiKeys::base62KnownValues()
{
    // 43 digits for 32 bytes whatever the value; leading zeros kept.
    QCOMPARE(ApiKeyStore::base62(QByteArray(32, '\0')), QString(43, QLatin1Char('0')));
    QCOMPARE(ApiKeyStore::base62(QByteArray(31, '\0') + char(61)),
             QString(42, QLatin1Char('0')) + QLatin1Char('z'));
    QCOMPARE(ApiKeyStore::base62(QByteArray(31, '\0') + char(62)).right(3), QStringLiteral("010"));
    // 256 = 4·62 + 8
    QCOMPARE(ApiKeyStore::base62(QByteArray(30, '\0') + QByteArray::fromHex("0100")).right(3),
             QStringLiteral("048"));
    QCOMPARE(ApiKeyStore::base62(QByteArray(32, '\xff')).size(), 43);
}

void tst_ApiKeys::generatedKeysHaveTheirShape()
{
    static const QRegularExpression shape(QStringLiteral("^sk_live_[0-9A-Za-z]{43}$"));
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const auto key = ApiKeyStore::generate();
        QVERIFY2(shape.match(key.fullKey).hasMatch(), qPrintable(key.fullKey));
        QCOMPARE(key.prefix, key.fullKey.left(ApiKeyStore::PrefixLength));
        QCOMPARE(key.hash, ApiKeyStore::hashOf(key.fullKey));
        QCOMPARE(key.hash.size(), 64);
        seen.insert(key.fullKey);
    }
    QCOMPARE(seen.size(), 200);
}

void tst_ApiKeys::fullKeyIsNeverStoredOrLogged()
{
    QUuid id;
    const auto key = ApiKeyStore::create(m_admin, m_user, QStringLiteral("CI pipeline"),
                                         QDateTime::currentDateTimeUtc().addDays(30), &id);
    QVERIFY(!id.isNull());
    QCOMPARE(ApiKeyStore::authenticate(m_admin, key.fullKey), m_user);
    const auto keys = ApiKeyStore::list(m_admin, m_user);
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().prefix, key.prefix);
    QVERIFY(keys.first().lastUsedAt.isValid());
    QVERIFY(keys.first().expiresAt.isValid());

    // Nowhere in the database: the whole api_keys and audit_log rows as text.
    const QString secret = key.fullKey.mid(ApiKeyStore::PrefixLength);
    QCOMPARE(m_tdb->exec(QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM api_keys k WHERE "
                                        "k::text LIKE '%%%1%%') OR EXISTS (SELECT 1 FROM "
                                        "audit_log a WHERE a::text LIKE '%%%1%%') THEN RAISE "
                                        "EXCEPTION 'found'; END IF; END $$")
                             .arg(secret)),
             QString());
    QCOMPARE(sqlScalar(m_admin, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                               "'api_keys' AND jsonb_exists(after, 'key_hash')"))
                 .toInt(),
             0);
    // Nowhere in the server log, although every statement with its values was logged there.
    QFile log(qEnvironmentVariable("PD_TEST_PG_DIR") + QStringLiteral("/data/server.log"));
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
    const QByteArray text = log.readAll();
    QVERIFY(text.contains(key.hash.toLatin1())); // the log does hold the statements
    QVERIFY(!text.contains(secret.toLatin1()));
    // A support login cannot even read the hash.
    QCOMPARE(sqlRun(m_support, QStringLiteral("SELECT key_hash FROM api_keys")),
             QStringLiteral("42501"));
}

void tst_ApiKeys::revokedKeysStayRevoked()
{
    QUuid id;
    const auto key = ApiKeyStore::create(m_admin, m_user, QStringLiteral("old laptop"), {}, &id);
    QCOMPARE(ApiKeyStore::authenticate(m_admin, key.fullKey), m_user);
    QVERIFY(ApiKeyStore::revoke(m_admin, id));
    QVERIFY(!ApiKeyStore::revoke(m_admin, id));                        // already revoked
    QVERIFY(ApiKeyStore::authenticate(m_admin, key.fullKey).isNull()); // immediate
    // An admin's raw UPDATE cannot bring it back.
    QCOMPARE(sqlRun(m_admin, QStringLiteral("UPDATE api_keys SET is_active = true WHERE id = ?"),
                    {id.toString(QUuid::WithoutBraces)}),
             QStringLiteral("23514"));
    QCOMPARE(sqlRun(m_admin,
                    QStringLiteral("UPDATE api_keys SET revoked_at = NULL, is_active = "
                                   "true WHERE id = ?"),
                    {id.toString(QUuid::WithoutBraces)}),
             QStringLiteral("23514"));
    QVERIFY(ApiKeyStore::authenticate(m_admin, key.fullKey).isNull());
    bool found = false;
    for (const auto& k : ApiKeyStore::list(m_admin, m_user)) {
        if (k.id == id) {
            found = true;
            QVERIFY(!k.active);
            QVERIFY(k.revokedAt.isValid());
        }
    }
    QVERIFY(found);
    QCOMPARE(sqlScalar(m_admin,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE row_id = ? "
                                      "AND action = 'UPDATE'"),
                       {id.toString(QUuid::WithoutBraces)})
                 .toInt(),
             1); // the revocation (use of a key is telemetry, not audited)
}

void tst_ApiKeys::supportCannotCreateOrRevoke()
{
    const int before = sqlScalar(m_admin, QStringLiteral("SELECT count(*) FROM api_keys")).toInt();
    try {
        ApiKeyStore::create(m_support, m_user, QStringLiteral("sneaky"), {});
        QFAIL("support created a key");
    } catch (const storage::JobError& e) {
        QCOMPARE(storage::Database::sqlState(e.sqlError), QStringLiteral("42501"));
    }
    const QUuid any = QUuid::fromString(
        sqlScalar(m_admin, QStringLiteral("SELECT id::text FROM api_keys WHERE is_active LIMIT 1"))
            .toString());
    QVERIFY_THROWS_EXCEPTION(storage::JobError, ApiKeyStore::revoke(m_support, any));
    QCOMPARE(
        sqlScalar(m_admin, QStringLiteral("SELECT count(*) FROM api_keys WHERE is_active")).toInt(),
        1);
    QCOMPARE(sqlScalar(m_admin, QStringLiteral("SELECT count(*) FROM api_keys")).toInt(), before);
}

QTEST_GUILESS_MAIN(tst_ApiKeys)
#include "tst_apikeys.moc"
