#include "domain/ByteSize.h"
#include "storage/Database.h"
#include "storage/DbWorker.h"
#include "storage/UsersRepository.h"
#include "support/TestDatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace pd::storage;
using pd::test::TestDatabase;
namespace bytes = pd::domain::bytes;

namespace {

// Every visible row of a query, paging by keyset in small pages as the lazy model does.
QList<QVariantList> fetchAllByKeyset(QSqlDatabase& db, const TableQuery& query, int pageSize = 7)
{
    QList<QVariantList> rows;
    QVariant sortKey, id;
    for (int guard = 0; guard < 1000; ++guard) {
        const Page page = KeysetPager::fetch(db, query, sortKey, id, pageSize, false);
        rows += page.rows;
        if (page.rows.isEmpty() || page.reachedEnd)
            break;
        const QVariantList& last = page.rows.constLast();
        sortKey = last.at(last.size() - 2);
        id = last.constLast();
    }
    return rows;
}

int columnOf(const TableQuery& query, const QString& key)
{
    for (int i = 0; i < query.columns.size(); ++i) {
        if (query.columns.at(i).key == key)
            return i;
    }
    return -1;
}

QStringList emailsOf(const TableQuery& query, const QList<QVariantList>& rows)
{
    const int col = columnOf(query, QStringLiteral("email"));
    QStringList out;
    for (const QVariantList& row : rows)
        out << row.at(col).toString();
    return out;
}

} // namespace

// The users repository against a real PostgreSQL: search, filters, keyset paging, and edits
// with optimistic concurrency, validation and the database's own refusals.
class TestUsersRepository : public QObject
{
    Q_OBJECT
private:
    TestDatabase* m_tdb = nullptr;
    QSqlDatabase m_db;

    QStringList column(const QString& sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            qWarning() << q.lastError().text();
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    QString scalar(const QString& sql) { return column(sql).value(0); }
    QUuid idOf(const QString& email)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id::text FROM users WHERE email = ?"));
        q.addBindValue(email);
        q.exec();
        return q.next() ? QUuid::fromString(q.value(0).toString()) : QUuid();
    }
    // The whole stored row as text, to prove a refused edit wrote nothing.
    QString rowText(const QUuid& id)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT to_jsonb(u)::text FROM users u WHERE id = ?::uuid"));
        q.addBindValue(id.toString(QUuid::WithoutBraces));
        q.exec();
        return q.next() ? q.value(0).toString() : QString();
    }
    QStringList searchEmails(const QString& text)
    {
        UserFilter f;
        f.search = text;
        const TableQuery query = UsersRepository::listQuery(f, QStringLiteral("email"));
        return emailsOf(query, fetchAllByKeyset(m_db, query));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_tdb = new TestDatabase(QStringLiteral("usersrepo"));
        QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
        const QString error = m_tdb->exec(QStringLiteral(R"SQL(
INSERT INTO users (email, username, password_hash, is_active, node_group, level, upload_bytes,
                   download_bytes, transfer_enable, balance, balance_currency, created_at,
                   level_expires_at)
VALUES ('alice@example.com', 'alice', 'h', true, 1, 3, 10737418240, 5368709120, 10737418240,
        12.50, 'CNY', '2024-01-01T00:00:00Z', '2031-01-01T00:00:00Z'),
       ('bob@example.com', 'Bob', 'h', false, 2, 0, 0, 0, 1073741824, 0, 'USD',
        '2024-01-02T00:00:00Z', NULL),
       ('zhangwei@example.cn', '张伟', 'h', true, 0, 0, 1024, 0, 1073741824, 1, 'CNY',
        '2024-01-03T00:00:00Z', '2030-05-05T00:00:00Z'),
       ('rocket@example.com', '🚀rocket', 'h', true, 0, 0, 0, 0, 0, 0, 'CNY',
        '2024-01-03T00:00:00Z', NULL),
       ('a_b@example.com', 'under_score', 'h', true, 0, 0, 0, 0, 0, 0, 'CNY',
        '2024-01-04T00:00:00Z', NULL),
       ('gone@example.com', 'gone', 'h', true, 0, 0, 0, 0, 0, 0, 'CNY',
        '2024-01-05T00:00:00Z', NULL);
UPDATE users SET deleted_at = now() WHERE email = 'gone@example.com';
-- Many users sharing created_at values, so paging must break ties by id.
INSERT INTO users (email, username, password_hash, is_active, upload_bytes, transfer_enable,
                   created_at, level_expires_at, balance)
SELECT format('user%s@example.org', lpad(i::text, 3, '0')), format('user%s', i), 'h', i % 5 <> 0,
       (i * 7919) % 1000 * 1048576, (i % 4) * 536870912,
       timestamptz '2024-02-01T00:00:00Z' + (i / 4) * interval '1 hour',
       CASE WHEN i % 3 = 0 THEN timestamptz '2030-01-01T00:00:00Z' + i * interval '1 day' END,
       (i % 6) * 1.25
  FROM generate_series(1, 57) AS i;
INSERT INTO subscription_plans (name, price, currency, billing_cycle, traffic_bytes)
VALUES ('Pro', 30, 'CNY', 'monthly', 214748364800), ('Basic', 10, 'CNY', 'monthly', 0);
INSERT INTO user_subscriptions (user_id, plan_id, status, current_period_start, current_period_end,
                                quota_used, quota_limit)
SELECT u.id, p.id, 'active', '2024-03-01T00:00:00Z', '2024-04-01T00:00:00Z', 7, 100
  FROM users u, subscription_plans p WHERE u.email = 'alice@example.com' AND p.name = 'Pro';
INSERT INTO user_subscriptions (user_id, plan_id, status, current_period_start, current_period_end)
SELECT u.id, p.id, 'cancelled', '2024-02-01T00:00:00Z', '2024-03-01T00:00:00Z'
  FROM users u, subscription_plans p WHERE u.email = 'bob@example.com' AND p.name = 'Pro';
INSERT INTO api_keys (user_id, name, key_prefix, key_hash, last_used_at)
SELECT id, 'CI key', 'sk_live_abc', 'secret-hash-value-1', '2024-03-02T00:00:00Z'
  FROM users WHERE email = 'alice@example.com';
INSERT INTO payment_transactions (user_id, kind, amount, currency, gateway, out_trade_no, status,
                                  paid_at, created_at)
SELECT u.id, 'top_up', 10 + i, 'CNY', 'alipay', format('PD%s', lpad(i::text, 6, '0')),
       'completed', now(), timestamptz '2024-03-01T00:00:00Z' + i * interval '1 day'
  FROM users u, generate_series(1, 12) AS i WHERE u.email = 'alice@example.com';
)SQL"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_db = m_tdb->open(QStringLiteral("repo"));
        QVERIFY2(m_db.isOpen(), qPrintable(m_tdb->error()));
    }

    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        Database::close(QStringLiteral("repo"));
        delete m_tdb;
    }

    void listExcludesSoftDeleted()
    {
        const TableQuery query = UsersRepository::listQuery({});
        const QStringList emails = emailsOf(query, fetchAllByKeyset(m_db, query));
        QCOMPARE(
            emails.size(),
            scalar(QStringLiteral("SELECT count(*) FROM users WHERE deleted_at IS NULL")).toInt());
        QVERIFY(!emails.contains(QStringLiteral("gone@example.com")));
        QCOMPARE(KeysetPager::exactCount(m_db, query), qint64(emails.size()));
    }

    void columnsShowWhatPeopleRead()
    {
        UserFilter f;
        f.search = QStringLiteral("alice@");
        const TableQuery query = UsersRepository::listQuery(f);
        const auto rows = fetchAllByKeyset(m_db, query);
        QCOMPARE(rows.size(), 1);
        const QVariantList& row = rows.first();
        QCOMPARE(row.at(columnOf(query, QStringLiteral("username"))).toString(),
                 QStringLiteral("alice"));
        QCOMPARE(row.at(columnOf(query, QStringLiteral("state"))).toString(),
                 QStringLiteral("active"));
        QCOMPARE(row.at(columnOf(query, QStringLiteral("traffic_used"))).toLongLong(),
                 15 * bytes::GiB);
        QCOMPARE(row.at(columnOf(query, QStringLiteral("quota"))).toLongLong(), 10 * bytes::GiB);
        QCOMPARE(row.at(columnOf(query, QStringLiteral("node_group"))).toInt(), 1);
        QCOMPARE(row.at(columnOf(query, QStringLiteral("level"))).toInt(), 3);
        // Exact decimal text, never a double.
        QCOMPARE(row.at(columnOf(query, QStringLiteral("balance"))).toString(),
                 QStringLiteral("12.50"));
        for (const Column& c : query.columns)
            QVERIFY2(!c.header.isEmpty(), qPrintable(c.key));
    }

    void searchByEmailPrefix()
    {
        QCOMPARE(searchEmails(QStringLiteral("alice")),
                 QStringList{QStringLiteral("alice@example.com")});
        // Case and surrounding spaces do not matter.
        QCOMPARE(searchEmails(QStringLiteral("  ALIce@Ex ")),
                 QStringList{QStringLiteral("alice@example.com")});
        // A prefix, not a substring.
        QVERIFY(searchEmails(QStringLiteral("example.com")).isEmpty());
        QCOMPARE(searchEmails(QStringLiteral("user00")).size(), 9);
    }

    void searchByUsernamePrefix()
    {
        QCOMPARE(searchEmails(QStringLiteral("张")),
                 QStringList{QStringLiteral("zhangwei@example.cn")});
        QCOMPARE(searchEmails(QStringLiteral("张伟")),
                 QStringList{QStringLiteral("zhangwei@example.cn")});
        QCOMPARE(searchEmails(QStringLiteral("🚀")),
                 QStringList{QStringLiteral("rocket@example.com")});
        QCOMPARE(searchEmails(QStringLiteral("bob")),
                 QStringList{QStringLiteral("bob@example.com")});
        QVERIFY(searchEmails(QStringLiteral("gone")).isEmpty()); // soft-deleted
    }

    void searchByIdPrefix()
    {
        const QUuid id = idOf(QStringLiteral("zhangwei@example.cn"));
        const QString prefix = id.toString(QUuid::WithoutBraces).left(13);
        QCOMPARE(searchEmails(prefix), QStringList{QStringLiteral("zhangwei@example.cn")});
        QCOMPARE(searchEmails(prefix.toUpper()),
                 QStringList{QStringLiteral("zhangwei@example.cn")});
    }

    void searchMetacharactersMatchLiterally()
    {
        const QString before = scalar(QStringLiteral("SELECT md5(string_agg(to_jsonb(u)::text, ',' "
                                                     "ORDER BY id)) FROM users u"));
        // "_" is a literal underscore, not "any character": only a_b matches, not alice.
        QCOMPARE(searchEmails(QStringLiteral("a_")),
                 QStringList{QStringLiteral("a_b@example.com")});
        QCOMPARE(searchEmails(QStringLiteral("under_")),
                 QStringList{QStringLiteral("a_b@example.com")});
        QVERIFY(searchEmails(QStringLiteral("%")).isEmpty());
        QVERIFY(searchEmails(QStringLiteral("a%")).isEmpty());
        QVERIFY(searchEmails(QStringLiteral("\\")).isEmpty());
        QVERIFY(searchEmails(QStringLiteral("'")).isEmpty());
        QVERIFY(searchEmails(QStringLiteral("?")).isEmpty());
        QVERIFY(searchEmails(QStringLiteral("alice'; DELETE FROM users; --")).isEmpty());
        QVERIFY(searchEmails(QStringLiteral("$1")).isEmpty());
        QVERIFY(searchEmails(QStringLiteral("😀🚀")).isEmpty());
        const QString after = scalar(QStringLiteral("SELECT md5(string_agg(to_jsonb(u)::text, ',' "
                                                    "ORDER BY id)) FROM users u"));
        QCOMPARE(after, before);
    }

    void filters()
    {
        const auto emails = [this](const UserFilter& f) {
            const TableQuery query = UsersRepository::listQuery(f, QStringLiteral("email"));
            return emailsOf(query, fetchAllByKeyset(m_db, query));
        };
        UserFilter banned;
        banned.state = UserFilter::State::Banned;
        QCOMPARE(emails(banned),
                 column(QStringLiteral("SELECT email FROM users WHERE NOT is_active "
                                       "AND deleted_at IS NULL ORDER BY lower(email), id")));
        QVERIFY(emails(banned).contains(QStringLiteral("bob@example.com")));

        UserFilter active;
        active.state = UserFilter::State::Active;
        QCOMPARE(emails(active),
                 column(QStringLiteral("SELECT email FROM users WHERE is_active "
                                       "AND deleted_at IS NULL ORDER BY lower(email), id")));

        // Only an active subscription counts: bob's cancelled Pro does not.
        UserFilter plan;
        plan.planId = QUuid::fromString(
            scalar(QStringLiteral("SELECT id FROM subscription_plans WHERE name = 'Pro'")));
        QCOMPARE(emails(plan), QStringList{QStringLiteral("alice@example.com")});
        plan.planId = QUuid::fromString(
            scalar(QStringLiteral("SELECT id FROM subscription_plans WHERE name = 'Basic'")));
        QVERIFY(emails(plan).isEmpty());

        UserFilter group;
        group.nodeGroup = 2;
        QCOMPARE(emails(group), QStringList{QStringLiteral("bob@example.com")});

        UserFilter over;
        over.overQuota = true;
        const QStringList overQuota = emails(over);
        QCOMPARE(overQuota,
                 column(QStringLiteral(
                     "SELECT email FROM users WHERE upload_bytes + download_bytes > "
                     "transfer_enable AND deleted_at IS NULL ORDER BY lower(email), id")));
        QVERIFY(overQuota.contains(QStringLiteral("alice@example.com")));
        QVERIFY(!overQuota.contains(QStringLiteral("bob@example.com")));

        // Filters combine.
        UserFilter both;
        both.overQuota = true;
        both.nodeGroup = 1;
        both.search = QStringLiteral("ali");
        QCOMPARE(emails(both), QStringList{QStringLiteral("alice@example.com")});
        both.state = UserFilter::State::Banned;
        QVERIFY(emails(both).isEmpty());
    }

    void keysetPaging_data()
    {
        QTest::addColumn<QString>("sortKey");
        QTest::addColumn<QString>("orderBy");
        QTest::newRow("created") << QStringLiteral("created_at") << QStringLiteral("created_at");
        QTest::newRow("email") << QStringLiteral("email") << QStringLiteral("lower(email)");
        QTest::newRow("username") << QStringLiteral("username")
                                  << QStringLiteral("lower(username)");
        QTest::newRow("traffic") << QStringLiteral("traffic_used")
                                 << QStringLiteral("(upload_bytes + download_bytes)");
        QTest::newRow("quota") << QStringLiteral("quota") << QStringLiteral("transfer_enable");
        QTest::newRow("balance") << QStringLiteral("balance") << QStringLiteral("balance");
        QTest::newRow("expiry") << QStringLiteral("level_expires_at")
                                << QStringLiteral("coalesce(level_expires_at, '-infinity')");
    }
    void keysetPaging()
    {
        QFETCH(QString, sortKey);
        QFETCH(QString, orderBy);
        for (const bool descending : {false, true}) {
            const TableQuery query = UsersRepository::listQuery({}, sortKey, descending);
            QCOMPARE(query.columns.at(query.sortColumn).key, sortKey);
            const QString dir = descending ? QStringLiteral(" DESC") : QString();
            const QStringList expected =
                column(QStringLiteral(
                           "SELECT email FROM users WHERE deleted_at IS NULL ORDER BY %1%2, id%2")
                           .arg(orderBy, dir));
            const QStringList got = emailsOf(query, fetchAllByKeyset(m_db, query, 7));
            QCOMPARE(got, expected);
        }
    }

    void unknownSortKeyFallsBackToCreated()
    {
        const TableQuery query = UsersRepository::listQuery({}, QStringLiteral("password_hash"));
        QCOMPARE(query.columns.at(query.sortColumn).key, QStringLiteral("created_at"));
        const TableQuery state = UsersRepository::listQuery({}, QStringLiteral("state"));
        QVERIFY(!state.columns.at(state.sortColumn).sortExpr.isEmpty());
    }

    void detailShowsProfileSubscriptionKeysAndTransactions()
    {
        const QUuid id = idOf(QStringLiteral("alice@example.com"));
        const auto detail = UsersRepository::detail(m_db, id);
        QVERIFY(detail.has_value());
        QCOMPARE(detail->user.email, QStringLiteral("alice@example.com"));
        QCOMPARE(detail->user.balance, QStringLiteral("12.50"));
        QCOMPARE(detail->user.uploadBytes + detail->user.downloadBytes, 15 * bytes::GiB);
        QCOMPARE(detail->subscription.value(QStringLiteral("plan_name")).toString(),
                 QStringLiteral("Pro"));
        QCOMPARE(detail->subscription.value(QStringLiteral("quota_used")).toInt(), 7);
        QCOMPARE(detail->subscription.value(QStringLiteral("quota_limit")).toInt(), 100);
        QCOMPARE(detail->apiKeys.size(), 1);
        QCOMPARE(detail->apiKeys.first().value(QStringLiteral("prefix")).toString(),
                 QStringLiteral("sk_live_abc"));
        for (const QJsonObject& key : detail->apiKeys) {
            for (auto it = key.begin(); it != key.end(); ++it)
                QVERIFY(!it.value().toString().contains(QStringLiteral("secret-hash")));
        }
        // The last ten, newest first.
        QCOMPARE(detail->recentTransactions.size(), 10);
        QCOMPARE(
            detail->recentTransactions.first().value(QStringLiteral("out_trade_no")).toString(),
            QStringLiteral("PD000012"));
        QCOMPARE(detail->recentTransactions.last().value(QStringLiteral("out_trade_no")).toString(),
                 QStringLiteral("PD000003"));
        QCOMPARE(detail->recentTransactions.first().value(QStringLiteral("amount")).toString(),
                 QStringLiteral("22.0000"));

        const auto bob = UsersRepository::detail(m_db, idOf(QStringLiteral("bob@example.com")));
        QVERIFY(bob.has_value());
        QVERIFY(bob->subscription.isEmpty()); // cancelled is not current
        QVERIFY(bob->recentTransactions.isEmpty());

        QVERIFY(
            !UsersRepository::detail(m_db, idOf(QStringLiteral("gone@example.com"))).has_value());
        QVERIFY(!UsersRepository::detail(m_db, QUuid::createUuid()).has_value());
    }

    void updateSavesAndBumpsRowVersion()
    {
        const QUuid id = idOf(QStringLiteral("user001@example.org"));
        const UserRecord before = UsersRepository::get(m_db, id);
        UserEdit edit;
        edit.email = QStringLiteral("  renamed001@example.org ");
        edit.transferEnable = 300 * bytes::GiB;
        edit.levelExpiresAt = QDateTime::currentDateTimeUtc().addDays(30);
        edit.nodeGroup = 7;
        const auto result = UsersRepository::update(m_db, id, before.rowVersion, edit);
        QCOMPARE(int(result.outcome), int(UsersRepository::Outcome::Saved));
        QCOMPARE(result.current.rowVersion, before.rowVersion + 1);
        QCOMPARE(result.current.email, QStringLiteral("renamed001@example.org"));
        const UserRecord after = UsersRepository::get(m_db, id);
        QCOMPARE(after.email, QStringLiteral("renamed001@example.org"));
        QCOMPARE(after.transferEnable, 300 * bytes::GiB);
        QCOMPARE(after.nodeGroup, 7);
        QCOMPARE(after.username, before.username); // not in the edit: untouched
        QCOMPARE(after.rowVersion, before.rowVersion + 1);
        QVERIFY(qAbs(after.levelExpiresAt.secsTo(*edit.levelExpiresAt)) <= 1);

        // Clearing the expiry stores NULL; banning flips the state.
        UserEdit clear;
        clear.levelExpiresAt = QDateTime();
        clear.active = false;
        const auto cleared = UsersRepository::update(m_db, id, after.rowVersion, clear);
        QCOMPARE(int(cleared.outcome), int(UsersRepository::Outcome::Saved));
        QVERIFY(!cleared.current.levelExpiresAt.isValid());
        QVERIFY(!cleared.current.active);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM users WHERE email = 'renamed001@example.org' "
                     "AND level_expires_at IS NULL AND NOT is_active")),
                 QStringLiteral("1"));
    }

    void staleVersionIsAConflictAndWritesNothing()
    {
        const QUuid id = idOf(QStringLiteral("user002@example.org"));
        const UserRecord mine = UsersRepository::get(m_db, id);
        // Someone else saves first.
        UserEdit theirs;
        theirs.username = QStringLiteral("their-name");
        const auto first = UsersRepository::update(m_db, id, mine.rowVersion, theirs);
        QCOMPARE(int(first.outcome), int(UsersRepository::Outcome::Saved));
        const QString stored = rowText(id);

        UserEdit edit;
        edit.username = QStringLiteral("my-name");
        edit.transferEnable = 5 * bytes::GiB;
        const auto result = UsersRepository::update(m_db, id, mine.rowVersion, edit);
        QCOMPARE(int(result.outcome), int(UsersRepository::Outcome::Conflict));
        QCOMPARE(result.current.username, QStringLiteral("their-name"));
        QCOMPARE(result.current.rowVersion, mine.rowVersion + 1);
        QVERIFY(result.message.contains(QStringLiteral("Someone else changed this user")));
        QCOMPARE(rowText(id), stored);

        // Saving again on top of their version works.
        const auto retry = UsersRepository::update(m_db, id, result.current.rowVersion, edit);
        QCOMPARE(int(retry.outcome), int(UsersRepository::Outcome::Saved));
        QCOMPARE(retry.current.username, QStringLiteral("my-name"));
    }

    void missingUserIsNotFound()
    {
        UserEdit edit;
        edit.level = 2;
        const auto result = UsersRepository::update(m_db, QUuid::createUuid(), 1, edit);
        QCOMPARE(int(result.outcome), int(UsersRepository::Outcome::NotFound));
        QVERIFY(!result.message.isEmpty());
        const QUuid gone = idOf(QStringLiteral("gone@example.com"));
        const QString stored = rowText(gone);
        const auto deleted = UsersRepository::update(m_db, gone, 2, edit);
        QCOMPARE(int(deleted.outcome), int(UsersRepository::Outcome::NotFound));
        QCOMPARE(rowText(gone), stored);
    }

    void duplicatesAreInvalidSentences()
    {
        const QUuid id = idOf(QStringLiteral("user003@example.org"));
        const UserRecord before = UsersRepository::get(m_db, id);
        const QString stored = rowText(id);
        UserEdit email;
        email.email = QStringLiteral("ALICE@example.com"); // unique on lower(email)
        auto result = UsersRepository::update(m_db, id, before.rowVersion, email);
        QCOMPARE(int(result.outcome), int(UsersRepository::Outcome::Invalid));
        QCOMPARE(result.message, QStringLiteral("This email is already used by another user."));
        QCOMPARE(rowText(id), stored);

        UserEdit name;
        name.username = QStringLiteral("张伟");
        result = UsersRepository::update(m_db, id, before.rowVersion, name);
        QCOMPARE(int(result.outcome), int(UsersRepository::Outcome::Invalid));
        QCOMPARE(result.message, QStringLiteral("This username is already used by another user."));
        QCOMPARE(rowText(id), stored);
        // The connection is still usable after the refused statement.
        QCOMPARE(UsersRepository::get(m_db, id).rowVersion, before.rowVersion);
    }

    void invalidInputsWriteNothing_data()
    {
        QTest::addColumn<int>("field");
        QTest::newRow("bad email") << 0;
        QTest::newRow("blank username") << 1;
        QTest::newRow("65-character username") << 2;
        QTest::newRow("negative quota") << 3;
        QTest::newRow("quota over 1 PiB") << 4;
        QTest::newRow("expiry in the past") << 5;
        QTest::newRow("node group out of range") << 6;
    }
    void invalidInputsWriteNothing()
    {
        QFETCH(int, field);
        const QUuid id = idOf(QStringLiteral("user004@example.org"));
        const UserRecord before = UsersRepository::get(m_db, id);
        const QString stored = rowText(id);
        UserEdit edit;
        edit.level = 9; // a valid change riding along must not be written either
        switch (field) {
        case 0:
            edit.email = QStringLiteral("not an email");
            break;
        case 1:
            edit.username = QStringLiteral("   ");
            break;
        case 2:
            edit.username = QStringLiteral("x").repeated(65);
            break;
        case 3:
            edit.transferEnable = -1;
            break;
        case 4:
            edit.transferEnable = bytes::MaxQuota + 1;
            break;
        case 5:
            edit.levelExpiresAt = QDateTime::currentDateTimeUtc().addDays(-1);
            break;
        case 6:
            edit.nodeGroup = 10000;
            break;
        }
        const auto result = UsersRepository::update(m_db, id, before.rowVersion, edit);
        QCOMPARE(int(result.outcome), int(UsersRepository::Outcome::Invalid));
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(rowText(id), stored);
    }

    void supportRoleCannotUpdate()
    {
        const QString login =
            m_tdb->createLogin(QStringLiteral("support"), QStringLiteral("paneldesk_support"));
        QVERIFY2(!login.isEmpty(), qPrintable(m_tdb->error()));
        const QUuid id = idOf(QStringLiteral("user005@example.org"));
        const QString stored = rowText(id);
        {
            QSqlDatabase support = m_tdb->open(QStringLiteral("support"), login);
            QVERIFY2(support.isOpen(), qPrintable(m_tdb->error()));
            // Support may look up...
            const UserRecord record = UsersRepository::get(support, id);
            QVERIFY(UsersRepository::detail(support, id).has_value());
            // ...but not change.
            UserEdit edit;
            edit.active = false;
            bool thrown = false;
            try {
                UsersRepository::update(support, id, record.rowVersion, edit);
            } catch (const JobError& e) {
                thrown = true;
                QCOMPARE(Database::sqlState(e.sqlError), QStringLiteral("42501"));
                QCOMPARE(e.message, Database::describe(e.sqlError));
            }
            QVERIFY(thrown);
        }
        Database::close(QStringLiteral("support"));
        QCOMPARE(rowText(id), stored);
    }
};

QTEST_GUILESS_MAIN(TestUsersRepository)
#include "tst_usersrepository.moc"
