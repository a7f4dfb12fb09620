// The quota rule under real concurrency: 16 threads, each with its own connection to the real
// PostgreSQL, consume 10 times each against a limit of 100.
#include "SubsTestHelpers.h"
#include "storage/Database.h"
#include "storage/DbWorker.h"
#include "storage/QuotaConsumer.h"
#include "support/TestDatabase.h"

#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>
#include <vector>

using namespace pd;
using pd::test::sqlRun;
using pd::test::sqlScalar;
using pd::test::TestDatabase;
using storage::QuotaConsumer;

class tst_Quota : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sixteenConcurrentConsumersStopAtTheLimit();
    void refusalsWriteNoUsageRow();
    void unlimitedAndNoSubscription();
    void badInputRefused();

private:
    QUuid makeUser(const QString& name, const QString& limitSql);
    std::unique_ptr<TestDatabase> m_tdb;
    QSqlDatabase m_admin;
    QString m_adminLogin;
};

void tst_Quota::initTestCase()
{
    m_tdb = std::make_unique<TestDatabase>(QStringLiteral("quota"));
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    m_adminLogin =
        m_tdb->createLogin(QStringLiteral("quota_admin"), QStringLiteral("paneldesk_admin"));
    QVERIFY2(!m_adminLogin.isEmpty(), qPrintable(m_tdb->error()));
    m_admin = m_tdb->open(QStringLiteral("admin"), m_adminLogin);
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    const QString error = m_tdb->exec(QStringLiteral(
        "INSERT INTO subscription_plans (name, price, currency, billing_cycle, quota_limit) "
        "VALUES ('Pro', 99, 'CNY', 'monthly', 100), ('Max', 999, 'CNY', 'monthly', NULL)"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_Quota::cleanupTestCase()
{
    m_admin = QSqlDatabase();
    storage::Database::close(QStringLiteral("admin"));
    m_tdb.reset();
}

QUuid tst_Quota::makeUser(const QString& name, const QString& plan)
{
    const QString error = m_tdb->exec(
        QStringLiteral("INSERT INTO users (email, username, password_hash) VALUES "
                       "('%1@example.com', '%1', 'h'); "
                       "INSERT INTO user_subscriptions (user_id, plan_id, status, "
                       "current_period_start, current_period_end, quota_limit) "
                       "SELECT u.id, p.id, 'active', now(), now() + interval '1 month', "
                       "p.quota_limit FROM users u, subscription_plans p "
                       "WHERE u.username = '%1' AND p.name = '%2'")
            .arg(name, plan));
    if (!error.isEmpty())
        qWarning() << error;
    return QUuid::fromString(
        sqlScalar(m_admin, QStringLiteral("SELECT id::text FROM users WHERE username = ?"), {name})
            .toString());
}

void tst_Quota::sixteenConcurrentConsumersStopAtTheLimit()
{
    const QUuid user = makeUser(QStringLiteral("busy"), QStringLiteral("Pro"));
    QVERIFY(!user.isNull());
    constexpr int Threads = 16;
    constexpr int Each = 10;
    std::atomic<int> consumed{0}, refused{0}, errors{0}, ready{0};
    std::atomic<bool> go{false};
    std::vector<std::unique_ptr<QThread>> threads;
    const storage::ConnectionProfile profile = m_tdb->profile(m_adminLogin);
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back(QThread::create([&, t] {
            const QString name = QStringLiteral("consumer%1").arg(t);
            {
                auto opened = storage::Database::open(profile, {}, name);
                if (!opened.ok()) {
                    ++errors;
                    ++ready;
                    return;
                }
                // All connections are open before anyone consumes, so the calls really overlap.
                ++ready;
                while (!go.load())
                    QThread::yieldCurrentThread();
                for (int i = 0; i < Each; ++i) {
                    try {
                        const auto r = QuotaConsumer::consume(opened.db, user,
                                                              QStringLiteral("dicom_processing"));
                        if (r.outcome == QuotaConsumer::Outcome::Consumed)
                            ++consumed;
                        else if (r.outcome == QuotaConsumer::Outcome::QuotaExhausted)
                            ++refused;
                        else
                            ++errors;
                    } catch (const storage::JobError&) {
                        ++errors;
                    }
                }
            }
            storage::Database::close(name);
        }));
        threads.back()->start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(ready.load(), Threads, 30000);
    go = true;
    for (auto& thread : threads)
        QVERIFY(thread->wait(60000));
    QCOMPARE(errors.load(), 0);
    QCOMPARE(consumed.load(), 100);
    QCOMPARE(refused.load(), 60);
    QCOMPARE(sqlScalar(m_admin,
                       QStringLiteral("SELECT quota_used FROM user_subscriptions WHERE "
                                      "user_id = ?::uuid"),
                       {user.toString(QUuid::WithoutBraces)})
                 .toInt(),
             100);
    // Consumption is a service's use, not a staff change: usage logs, no audit rows.
    QCOMPARE(sqlScalar(m_admin, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                               "'user_subscriptions' AND action = 'UPDATE'"))
                 .toInt(),
             0);
    // One usage log row per consumption, none for the refusals.
    QCOMPARE(sqlScalar(m_admin,
                       QStringLiteral("SELECT count(*) FROM usage_logs WHERE user_id = ?::uuid AND "
                                      "resource_type = 'dicom_processing' AND quota_cost = 1"),
                       {user.toString(QUuid::WithoutBraces)})
                 .toInt(),
             100);
}

void tst_Quota::refusalsWriteNoUsageRow()
{
    const QUuid user = makeUser(QStringLiteral("big"), QStringLiteral("Pro"));
    auto r = QuotaConsumer::consume(m_admin, user, QStringLiteral("scan"), 70);
    QCOMPARE(r.outcome, QuotaConsumer::Outcome::Consumed);
    QCOMPARE(r.used, 70);
    r = QuotaConsumer::consume(m_admin, user, QStringLiteral("scan"), 31);
    QCOMPARE(r.outcome, QuotaConsumer::Outcome::QuotaExhausted);
    QVERIFY(!r.message.isEmpty());
    r = QuotaConsumer::consume(m_admin, user, QStringLiteral("scan"), 30, QStringLiteral("case-7"));
    QCOMPARE(r.outcome, QuotaConsumer::Outcome::Consumed);
    QCOMPARE(r.used, 100);
    QCOMPARE(
        sqlScalar(m_admin,
                  QStringLiteral("SELECT string_agg(quota_cost || ':' || coalesce(resource_id, "
                                 "'-'), ',' ORDER BY id) FROM usage_logs WHERE user_id = "
                                 "?::uuid"),
                  {user.toString(QUuid::WithoutBraces)})
            .toString(),
        QStringLiteral("70:-,30:case-7"));
}

void tst_Quota::unlimitedAndNoSubscription()
{
    const QUuid unlimited = makeUser(QStringLiteral("unlimited"), QStringLiteral("Max"));
    const auto r = QuotaConsumer::consume(m_admin, unlimited, QStringLiteral("scan"), 100000);
    QCOMPARE(r.outcome, QuotaConsumer::Outcome::Consumed);
    QCOMPARE(r.used, 100000);
    const QUuid nobody = makeUser(QStringLiteral("nobody"), QStringLiteral("None"));
    QCOMPARE(QuotaConsumer::consume(m_admin, nobody, QStringLiteral("scan")).outcome,
             QuotaConsumer::Outcome::NoSubscription);
}

void tst_Quota::badInputRefused()
{
    const QUuid user = makeUser(QStringLiteral("bad"), QStringLiteral("Pro"));
    QVERIFY_THROWS_EXCEPTION(storage::JobError,
                             QuotaConsumer::consume(m_admin, user, QStringLiteral("scan"), -1));
    QVERIFY_THROWS_EXCEPTION(storage::JobError, QuotaConsumer::consume(m_admin, user, QString()));
    QCOMPARE(sqlScalar(m_admin,
                       QStringLiteral("SELECT quota_used FROM user_subscriptions WHERE "
                                      "user_id = ?::uuid"),
                       {user.toString(QUuid::WithoutBraces)})
                 .toInt(),
             0);
}

QTEST_GUILESS_MAIN(tst_Quota)
#include "tst_quota.moc"
