// Bulk compensation against a real PostgreSQL: the Users dashboard's filter selects the users,
// the preview counts exactly who applying changes, cancelling changes nothing, and the audit
// trail holds one row per changed row plus one summary with the filter.
#include "SubsTestHelpers.h"
#include "domain/ByteSize.h"
#include "storage/CompensationJob.h"
#include "storage/DbWorker.h"
#include "support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pd;
using pd::test::sqlRun;
using pd::test::sqlScalar;
using pd::test::TestDatabase;
using storage::CompensationJob;
using storage::CompensationRequest;

class tst_Compensation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void previewShowsBeforeAndAfter();
    void subscribedFilterSelectsActiveSubscribers();
    void cancelBeforeCommitChangesNothing();
    void applyMatchesPreviewAndIsAudited();
    void financeCannotCompensate();
    void recordedFilterSelectsTheSameUsers();
    void filterJsonRefusesWhatItCannotMean_data();
    void filterJsonRefusesWhatItCannotMean();
    void selectionMovedSincePreviewChangesNothing();

private:
    QString snapshot();
    CompensationRequest outage() const;
    std::unique_ptr<TestDatabase> m_tdb;
    QSqlDatabase m_admin, m_finance;
};

void tst_Compensation::initTestCase()
{
    m_tdb = std::make_unique<TestDatabase>(QStringLiteral("compensation"));
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    const QString admin =
        m_tdb->createLogin(QStringLiteral("comp_admin"), QStringLiteral("paneldesk_admin"));
    const QString finance =
        m_tdb->createLogin(QStringLiteral("comp_finance"), QStringLiteral("paneldesk_finance"));
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    m_admin = m_tdb->open(QStringLiteral("admin"), admin);
    m_finance = m_tdb->open(QStringLiteral("finance"), finance);
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    // 3,000 users over node groups 0..2 (every fifth banned); those of group 2 have a plan and
    // an expiry in 10 days, one has no expiry.
    QString error = m_tdb->insertUsers(3000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = m_tdb->exec(QStringLiteral(R"SQL(
UPDATE users SET node_group = (substring(username from 5)::int % 3),
                 transfer_enable = 100 * 1073741824::bigint,
                 level_expires_at = now() + interval '10 days';
UPDATE users SET level_expires_at = NULL WHERE username = 'user2';
INSERT INTO subscription_plans (name, price, currency, billing_cycle, quota_limit)
VALUES ('Pro', 99, 'CNY', 'monthly', 100);
INSERT INTO user_subscriptions (user_id, plan_id, status, current_period_start, current_period_end)
SELECT u.id, p.id, 'active', now(), u.level_expires_at
  FROM users u, subscription_plans p WHERE u.node_group = 2 AND u.level_expires_at IS NOT NULL;
)SQL"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_Compensation::cleanupTestCase()
{
    m_admin = m_finance = QSqlDatabase();
    storage::Database::close(QStringLiteral("admin"));
    storage::Database::close(QStringLiteral("finance"));
    m_tdb.reset();
}

CompensationRequest tst_Compensation::outage() const
{
    CompensationRequest r;
    r.filter.nodeGroup = 2;
    r.filter.state = storage::UserFilter::State::Active;
    r.days = 3;
    r.bytes = 10 * domain::bytes::GiB;
    return r;
}

// Every user's and subscription's compensable values, and the audit row count.
QString tst_Compensation::snapshot()
{
    return sqlScalar(
               m_admin,
               QStringLiteral("SELECT md5(string_agg(concat_ws(',', u.id, u.transfer_enable, "
                              "u.level_expires_at, s.current_period_end), ';' ORDER BY u.id)) || "
                              "(SELECT count(*) FROM audit_log) FROM users u LEFT JOIN "
                              "user_subscriptions s ON s.user_id = u.id"))
        .toString();
}

void tst_Compensation::previewShowsBeforeAndAfter()
{
    const auto preview = CompensationJob::preview(m_admin, outage());
    // Group 2 is every third user; of those, every fifth is banned.
    const qint64 expected =
        sqlScalar(m_admin, QStringLiteral("SELECT count(*) FROM users WHERE node_group = 2 AND "
                                          "is_active"))
            .toLongLong();
    QVERIFY(expected > 300);
    QCOMPARE(preview.users, expected);
    QCOMPARE(preview.sample.size(), 10);
    for (const auto& row : preview.sample) {
        QCOMPARE(row.quotaAfter - row.quotaBefore, 10 * domain::bytes::GiB);
        if (row.expiryBefore.isValid())
            QCOMPARE(row.expiryBefore.daysTo(row.expiryAfter), 3);
    }
    QVERIFY(!CompensationJob::validate(CompensationRequest{}).isEmpty()); // nothing to give
}

// "Every user of node group 2 whose subscription is active": banned users with a subscription
// count, users without one do not.
void tst_Compensation::subscribedFilterSelectsActiveSubscribers()
{
    CompensationRequest r = outage();
    r.filter.state = storage::UserFilter::State::Any;
    r.filter.subscribed = true;
    const auto preview = CompensationJob::preview(m_admin, r);
    const qint64 expected =
        sqlScalar(m_admin, QStringLiteral("SELECT count(*) FROM users u WHERE node_group = 2 AND "
                                          "EXISTS (SELECT 1 FROM user_subscriptions s WHERE "
                                          "s.user_id = u.id AND s.status = 'active')"))
            .toLongLong();
    const qint64 wholeGroup =
        sqlScalar(m_admin, QStringLiteral("SELECT count(*) FROM users WHERE node_group = 2"))
            .toLongLong();
    QCOMPARE(preview.users, expected);
    QCOMPARE(preview.users, wholeGroup - 1); // user2 has no subscription
    QCOMPARE(CompensationJob::filterJson(r.filter).value(QStringLiteral("subscribed")).toBool(),
             true);
}

void tst_Compensation::cancelBeforeCommitChangesNothing()
{
    const QString before = snapshot();
    std::atomic<bool> cancel{false};
    qint64 lastDone = -1, total = -1;
    storage::CompensationResult result;
    try {
        result = CompensationJob::apply(
            m_admin, outage(),
            [&](qint64 done, qint64 all) {
                lastDone = done;
                total = all;
                if (done > 0) // after the first batch was written inside the transaction
                    cancel = true;
            },
            &cancel);
    } catch (const storage::JobError& e) {
        QFAIL(qPrintable(e.message + e.sqlError.databaseText()));
    }
    QVERIFY(result.cancelled);
    QCOMPARE(lastDone, qint64(CompensationJob::BatchSize));
    QVERIFY(total > lastDone);
    QCOMPARE(snapshot(), before);
    // The connection is usable again (no transaction left open).
    QVERIFY(sqlRun(m_admin, QStringLiteral("SELECT 1")).isEmpty());
    // No transaction is left open: a statement's own start is the transaction's start.
    QCOMPARE(sqlScalar(m_admin, QStringLiteral("SELECT now() = statement_timestamp()")).toBool(),
             true);
}

void tst_Compensation::applyMatchesPreviewAndIsAudited()
{
    const auto preview = CompensationJob::preview(m_admin, outage());
    const qint64 auditBefore =
        sqlScalar(m_admin, QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"))
            .toLongLong();
    const QString untouchedBefore =
        sqlScalar(m_admin,
                  QStringLiteral("SELECT md5(string_agg(concat_ws(',', id, transfer_enable, "
                                 "level_expires_at), ';' ORDER "
                                 "BY id)) FROM users WHERE NOT (node_group = 2 AND is_active)"))
            .toString();
    QList<qint64> progress;
    const auto result =
        CompensationJob::apply(m_admin, outage(), [&](qint64 done, qint64) { progress << done; });
    QVERIFY(!result.cancelled);
    QCOMPARE(result.users, preview.users);
    QCOMPARE(progress.first(), qint64(0));
    QCOMPARE(progress.last(), preview.users);
    QVERIFY(progress.size() >= 2);

    // The sample's "after" is what was written.
    for (const auto& row : preview.sample) {
        QCOMPARE(sqlScalar(m_admin,
                           QStringLiteral("SELECT transfer_enable FROM users WHERE id = "
                                          "?::uuid"),
                           {row.userId.toString(QUuid::WithoutBraces)})
                     .toLongLong(),
                 row.quotaAfter);
    }
    QCOMPARE(sqlScalar(m_admin, QStringLiteral("SELECT md5(string_agg(concat_ws(',', id, "
                                               "transfer_enable, level_expires_at), ';' ORDER BY "
                                               "id)) FROM users WHERE NOT (node_group = 2 AND "
                                               "is_active)"))
                 .toString(),
             untouchedBefore);
    // Subscriptions of those users got the days too.
    QCOMPARE(sqlScalar(m_admin, QStringLiteral("SELECT count(*) FROM user_subscriptions s JOIN "
                                               "users u ON u.id = s.user_id WHERE u.is_active AND "
                                               "s.current_period_end <> u.level_expires_at"))
                 .toInt(),
             0);

    // One audit row per changed user (all of them changed), one per changed subscription, one
    // summary with the filter.
    const qint64 subscriptions =
        sqlScalar(m_admin, QStringLiteral("SELECT count(*) FROM user_subscriptions s JOIN users u "
                                          "ON u.id = s.user_id WHERE u.is_active"))
            .toLongLong();
    QCOMPARE(sqlScalar(m_admin,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE id > ? AND "
                                      "table_name = 'users'"),
                       {auditBefore})
                 .toLongLong(),
             preview.users);
    QCOMPARE(sqlScalar(m_admin,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE id > ? AND "
                                      "table_name = 'user_subscriptions'"),
                       {auditBefore})
                 .toLongLong(),
             subscriptions);
    const QJsonObject summary =
        QJsonDocument::fromJson(
            sqlScalar(m_admin,
                      QStringLiteral("SELECT after::text FROM audit_log WHERE id = ? AND "
                                     "table_name = 'bulk_compensation'"),
                      {result.auditId})
                .toString()
                .toUtf8())
            .object();
    QCOMPARE(summary.value(QStringLiteral("users")).toInteger(), preview.users);
    QCOMPARE(summary.value(QStringLiteral("days")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("bytes")).toInteger(), 10 * domain::bytes::GiB);
    const QJsonObject filter = summary.value(QStringLiteral("filter")).toObject();
    QCOMPARE(filter.value(QStringLiteral("node_group")).toInt(), 2);
    QCOMPARE(filter.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    // Everything happened in one transaction.
    QCOMPARE(sqlScalar(m_admin,
                       QStringLiteral("SELECT count(DISTINCT txid) FROM audit_log WHERE "
                                      "id > ?"),
                       {auditBefore})
                 .toInt(),
             1);
}

void tst_Compensation::financeCannotCompensate()
{
    const QString before = snapshot();
    QVERIFY_THROWS_EXCEPTION(storage::JobError, CompensationJob::apply(m_finance, outage()));
    QCOMPARE(snapshot(), before);
}

// The filter the summary audit row records, read back, selects exactly the same users, so a
// recorded compensation can be checked or repeated (paneldeskctl compensate --filter).
void tst_Compensation::recordedFilterSelectsTheSameUsers()
{
    const QString planId =
        sqlScalar(m_admin, QStringLiteral("SELECT id::text FROM subscription_plans LIMIT 1"))
            .toString();
    QList<storage::UserFilter> filters;
    filters << outage().filter << storage::UserFilter{};
    storage::UserFilter f;
    f.search = QStringLiteral("user1");
    f.state = storage::UserFilter::State::Banned;
    filters << f;
    f = {};
    f.planId = QUuid::fromString(planId);
    f.overQuota = true;
    filters << f;
    f = {};
    f.subscribed = true;
    f.nodeGroup = 0;
    filters << f;
    for (const storage::UserFilter& filter : std::as_const(filters)) {
        const QJsonObject recorded =
            QJsonDocument::fromJson(
                QJsonDocument(CompensationJob::filterJson(filter)).toJson(QJsonDocument::Compact))
                .object();
        QString problem;
        const auto back = CompensationJob::filterFromJson(recorded, &problem);
        QVERIFY2(back, qPrintable(problem));
        const storage::TableQuery a = storage::UsersRepository::listQuery(filter);
        const storage::TableQuery b = storage::UsersRepository::listQuery(*back);
        QCOMPARE(b.where, a.where);
        QCOMPARE(b.params, a.params);
        CompensationRequest r;
        r.days = 1;
        r.filter = *back;
        const qint64 count = CompensationJob::preview(m_admin, r).users;
        r.filter = filter;
        QCOMPARE(count, CompensationJob::preview(m_admin, r).users);
    }
}

void tst_Compensation::filterJsonRefusesWhatItCannotMean_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("empty") << QStringLiteral("{}");
    QTest::newRow("unknown key") << QStringLiteral(R"({"nodegroup": 2})");
    QTest::newRow("group as text") << QStringLiteral(R"({"node_group": "2"})");
    QTest::newRow("group fraction") << QStringLiteral(R"({"node_group": 2.5})");
    QTest::newRow("group too big") << QStringLiteral(R"({"node_group": 10000})");
    QTest::newRow("bad state") << QStringLiteral(R"({"state": "deleted"})");
    QTest::newRow("bad plan") << QStringLiteral(R"({"plan_id": "Pro"})");
    QTest::newRow("flag as text") << QStringLiteral(R"({"subscribed": "yes"})");
    QTest::newRow("all and more") << QStringLiteral(R"({"all": true, "node_group": 2})");
    QTest::newRow("all false") << QStringLiteral(R"({"all": false})");
    QTest::newRow("blank search") << QStringLiteral(R"({"search": "  "})");
}

void tst_Compensation::filterJsonRefusesWhatItCannotMean()
{
    QFETCH(QString, json);
    QString problem;
    QVERIFY(!CompensationJob::filterFromJson(QJsonDocument::fromJson(json.toUtf8()).object(),
                                             &problem));
    QVERIFY(problem.endsWith(QLatin1Char('.')));
}

// A user joins the selection between the preview and the apply: applying with the previewed
// count refuses and changes nothing, rather than giving someone what nobody saw.
void tst_Compensation::selectionMovedSincePreviewChangesNothing()
{
    CompensationRequest r = outage();
    r.expectedUsers = CompensationJob::preview(m_admin, r).users;
    QVERIFY(
        sqlRun(m_admin, QStringLiteral("UPDATE users SET node_group = 2 WHERE id = (SELECT id FROM "
                                       "users WHERE node_group = 1 AND is_active LIMIT 1)"))
            .isEmpty());
    const QString before = snapshot();
    try {
        CompensationJob::apply(m_admin, r);
        QFAIL("a compensation of a moved selection was applied");
    } catch (const storage::JobError& e) {
        QVERIFY2(e.message.contains(QString::number(*r.expectedUsers + 1)), qPrintable(e.message));
    }
    QCOMPARE(snapshot(), before);
    // Previewed again, it goes through, to the one more user.
    r.expectedUsers = CompensationJob::preview(m_admin, r).users;
    QCOMPARE(CompensationJob::apply(m_admin, r).users, *r.expectedUsers);
}

QTEST_GUILESS_MAIN(tst_Compensation)
#include "tst_compensation.moc"
