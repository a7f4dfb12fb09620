// Each subscription act against a real PostgreSQL as an admin login: what it changes, that a
// short balance changes nothing, and that finance and support logins are refused with raw SQL.
#include "SubsTestHelpers.h"
#include "storage/DbWorker.h"
#include "storage/PlansRepository.h"
#include "storage/SubscriptionsRepository.h"
#include "support/TestDatabase.h"

#include <QTest>
#include <QTimeZone>

using namespace pd;
using pd::test::sqlRun;
using pd::test::sqlScalar;
using pd::test::TestDatabase;
using storage::SubscriptionsRepository;

class tst_SubscriptionActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void assignChargesBalanceAndSetsUser();
    void balanceShortChangesNothing();
    void grantNeedsReason();
    void secondActiveSubscriptionRefused();
    void lapsedSubscriptionDoesNotBlockANewOne();
    void extend();
    void changePlanToYearly();
    void cancelAtPeriodEndThenNow();
    void resetQuotaAndAutoRenew();
    void unusedValueIsProRata();
    void financeAndSupportAreRefused_data();
    void financeAndSupportAreRefused();

private:
    QUuid userId(const QString& name);
    QString userState(const QString& name);
    std::unique_ptr<TestDatabase> m_tdb;
    QSqlDatabase m_admin, m_finance, m_support;
    QUuid m_pro, m_yearly;
};

void tst_SubscriptionActions::initTestCase()
{
    m_tdb = std::make_unique<TestDatabase>(QStringLiteral("subactions"));
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    const QString admin =
        m_tdb->createLogin(QStringLiteral("sa_admin"), QStringLiteral("paneldesk_admin"));
    const QString finance =
        m_tdb->createLogin(QStringLiteral("sa_finance"), QStringLiteral("paneldesk_finance"));
    const QString support =
        m_tdb->createLogin(QStringLiteral("sa_support"), QStringLiteral("paneldesk_support"));
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    m_admin = m_tdb->open(QStringLiteral("admin"), admin);
    m_finance = m_tdb->open(QStringLiteral("finance"), finance);
    m_support = m_tdb->open(QStringLiteral("support"), support);
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    const QString error = m_tdb->exec(QStringLiteral(R"SQL(
INSERT INTO users (email, username, password_hash, balance, upload_bytes, download_bytes)
SELECT n || '@example.com', n, 'h', b, 5000, 7000
  FROM (VALUES ('rich', 150.00), ('poor', 98.99), ('granted', 0), ('extend', 0), ('mover', 0),
               ('quitter', 0), ('quota', 0), ('lapsed', 100)) AS v(n, b);
)SQL"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    storage::PlanRecord pro;
    pro.name = QStringLiteral("Pro");
    pro.price = *domain::Money::parse(QStringLiteral("99.00"), QStringLiteral("CNY"));
    pro.quotaLimit = 100;
    pro.trafficBytes = 200LL << 30;
    pro.nodeGroup = 2;
    pro.level = 3;
    storage::PlanRecord yearly = pro;
    yearly.name = QStringLiteral("Pro yearly");
    yearly.billingCycle = QStringLiteral("yearly");
    yearly.price = *domain::Money::parse(QStringLiteral("999.00"), QStringLiteral("CNY"));
    yearly.quotaLimit = 50;
    yearly.level = 4;
    yearly.resetTraffic = false;
    try {
        m_pro = storage::PlansRepository::save(m_admin, pro).id;
        m_yearly = storage::PlansRepository::save(m_admin, yearly).id;
    } catch (const storage::JobError& e) {
        QFAIL(qPrintable(e.message));
    }
}

void tst_SubscriptionActions::cleanupTestCase()
{
    m_admin = m_finance = m_support = QSqlDatabase();
    for (const char* name : {"admin", "finance", "support"})
        storage::Database::close(QString::fromLatin1(name));
    m_tdb.reset();
}

QUuid tst_SubscriptionActions::userId(const QString& name)
{
    return QUuid::fromString(
        sqlScalar(m_admin, QStringLiteral("SELECT id::text FROM users WHERE username = ?"), {name})
            .toString());
}

// Everything an assignment may touch, as one line to compare before and after.
QString tst_SubscriptionActions::userState(const QString& name)
{
    return sqlScalar(
               m_admin,
               QStringLiteral(
                   "SELECT concat_ws('|', u.balance, u.level, u.level_expires_at, u.node_group, "
                   "u.transfer_enable, u.upload_bytes, u.download_bytes, u.row_version, "
                   "(SELECT count(*) FROM user_subscriptions s WHERE s.user_id = u.id), "
                   "(SELECT count(*) FROM subscription_purchases p WHERE p.user_id = u.id), "
                   "(SELECT count(*) FROM audit_log a WHERE a.row_id = u.id::text)) "
                   "FROM users u WHERE username = ?"),
               {name})
        .toString();
}

void tst_SubscriptionActions::assignChargesBalanceAndSetsUser()
{
    QUuid sub;
    try {
        sub = SubscriptionsRepository::assign(m_admin, userId(QStringLiteral("rich")), m_pro, true,
                                              {});
    } catch (const storage::JobError& e) {
        QFAIL(qPrintable(e.message));
    }
    QVERIFY(!sub.isNull());
    QCOMPARE(sqlScalar(m_admin,
                       QStringLiteral(
                           "SELECT concat_ws('|', balance, level, node_group, transfer_enable, "
                           "upload_bytes + download_bytes, level_expires_at = (SELECT "
                           "current_period_end FROM user_subscriptions WHERE id = ?::uuid)) "
                           "FROM users WHERE username = 'rich'"),
                       {sub.toString(QUuid::WithoutBraces)})
                 .toString(),
             QStringLiteral("51.00|3|2|%1|0|t").arg(200LL << 30));
    const auto detail = SubscriptionsRepository::detail(m_admin, sub);
    QVERIFY(detail);
    QCOMPARE(detail->subscription.status, QStringLiteral("active"));
    QCOMPARE(detail->subscription.quotaLimit, std::optional<int>(100));
    QCOMPARE(detail->subscription.periodStart.addMonths(1), detail->subscription.periodEnd);
    QCOMPARE(detail->history.size(), 1);
    QCOMPARE(sqlScalar(m_admin,
                       QStringLiteral("SELECT method || ' ' || amount FROM subscription_purchases "
                                      "WHERE subscription_id = ?::uuid"),
                       {sub.toString(QUuid::WithoutBraces)})
                 .toString(),
             QStringLiteral("balance 99.0000"));
    // One transaction, all audited: the user, the subscription, the purchase.
    QCOMPARE(sqlScalar(m_admin,
                       QStringLiteral("SELECT count(DISTINCT table_name) FROM audit_log "
                                      "WHERE txid = (SELECT txid FROM audit_log WHERE "
                                      "table_name = 'user_subscriptions' AND row_id = ?)"),
                       {sub.toString(QUuid::WithoutBraces)})
                 .toInt(),
             3);
}

void tst_SubscriptionActions::balanceShortChangesNothing()
{
    const QString before = userState(QStringLiteral("poor"));
    try {
        SubscriptionsRepository::assign(m_admin, userId(QStringLiteral("poor")), m_pro, true, {});
        QFAIL("a 98.99 balance paid for a 99.00 plan");
    } catch (const storage::JobError& e) {
        QCOMPARE(storage::Database::sqlState(e.sqlError), QStringLiteral("PDS02"));
        QVERIFY2(e.message.contains(QStringLiteral("nothing was changed")), qPrintable(e.message));
    }
    QCOMPARE(userState(QStringLiteral("poor")), before);
}

void tst_SubscriptionActions::grantNeedsReason()
{
    const QUuid user = userId(QStringLiteral("granted"));
    const QString before = userState(QStringLiteral("granted"));
    QVERIFY_THROWS_EXCEPTION(storage::JobError,
                             SubscriptionsRepository::assign(m_admin, user, m_pro, false, {}));
    QCOMPARE(sqlRun(m_admin,
                    QStringLiteral("SELECT subscription_assign(?::uuid, ?::uuid, false, "
                                   "'  ')"),
                    {user.toString(QUuid::WithoutBraces), m_pro.toString(QUuid::WithoutBraces)}),
             QStringLiteral("22023"));
    QCOMPARE(userState(QStringLiteral("granted")), before);
    const QUuid sub =
        SubscriptionsRepository::assign(m_admin, user, m_pro, false, QStringLiteral("Outage"));
    QVERIFY(!sub.isNull());
    QCOMPARE(
        sqlScalar(m_admin, QStringLiteral("SELECT concat_ws('|', u.balance, p.method, p.amount, "
                                          "p.reason) FROM users u JOIN subscription_purchases p ON "
                                          "p.user_id = u.id WHERE u.username = 'granted'"))
            .toString(),
        QStringLiteral("0.00|grant|0.0000|Outage"));
}

void tst_SubscriptionActions::secondActiveSubscriptionRefused()
{
    try {
        SubscriptionsRepository::assign(m_admin, userId(QStringLiteral("rich")), m_yearly, false,
                                        QStringLiteral("again"));
        QFAIL("a second active subscription was created");
    } catch (const storage::JobError& e) {
        QCOMPARE(storage::Database::sqlState(e.sqlError), QStringLiteral("PDS06"));
    }
}

// A subscription whose period ended (nothing expires it by itself) does not stand in the way of
// buying again: the assignment marks it expired, audited, in its own transaction. A refused
// assignment leaves it as it was; one still running is refused as before.
void tst_SubscriptionActions::lapsedSubscriptionDoesNotBlockANewOne()
{
    const QUuid user = userId(QStringLiteral("lapsed"));
    // Written as the owner: staff have no INSERT on subscriptions.
    QCOMPARE(m_tdb->exec(QStringLiteral("INSERT INTO user_subscriptions (user_id, plan_id, status, "
                                        "current_period_start, current_period_end, quota_limit) "
                                        "VALUES ('%1', '%2', 'active', now() - interval '40 days', "
                                        "now() - interval '10 days', 100)")
                             .arg(user.toString(QUuid::WithoutBraces),
                                  m_pro.toString(QUuid::WithoutBraces))),
             QString());
    const QString lapsedId =
        sqlScalar(m_admin,
                  QStringLiteral("SELECT id::text FROM user_subscriptions WHERE user_id = ?::uuid"),
                  {user.toString(QUuid::WithoutBraces)})
            .toString();
    QVERIFY(!lapsedId.isEmpty());
    // Short of the yearly price: refused, and the lapsed subscription is untouched.
    const QString before = userState(QStringLiteral("lapsed"));
    QVERIFY_THROWS_EXCEPTION(storage::JobError,
                             SubscriptionsRepository::assign(m_admin, user, m_yearly, true, {}));
    QCOMPARE(userState(QStringLiteral("lapsed")), before);
    QCOMPARE(sqlScalar(m_admin,
                       QStringLiteral("SELECT status FROM user_subscriptions WHERE id = "
                                      "?::uuid"),
                       {lapsedId})
                 .toString(),
             QStringLiteral("active"));

    QUuid fresh;
    try {
        fresh = SubscriptionsRepository::assign(m_admin, user, m_pro, true, {});
    } catch (const storage::JobError& e) {
        QFAIL(qPrintable(e.message));
    }
    QCOMPARE(sqlScalar(m_admin,
                       QStringLiteral("SELECT string_agg(status, ',' ORDER BY created_at) FROM "
                                      "user_subscriptions WHERE user_id = ?::uuid"),
                       {user.toString(QUuid::WithoutBraces)})
                 .toString(),
             QStringLiteral("expired,active"));
    QCOMPARE(SubscriptionsRepository::activeOf(m_admin, user)->id, fresh);
    QCOMPARE(sqlScalar(m_admin, QStringLiteral("SELECT balance FROM users WHERE id = ?::uuid"),
                       {user.toString(QUuid::WithoutBraces)})
                 .toString(),
             QStringLiteral("1.00"));
    QCOMPARE(sqlScalar(m_admin,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE row_id = ? AND "
                                      "action = 'UPDATE' AND after->>'status' = 'expired'"),
                       {lapsedId})
                 .toInt(),
             1);
    // The new one is running: a further assignment is refused as before.
    QVERIFY_THROWS_EXCEPTION(
        storage::JobError,
        SubscriptionsRepository::assign(m_admin, user, m_pro, false, QStringLiteral("twice")));
}

void tst_SubscriptionActions::extend()
{
    const QUuid user = userId(QStringLiteral("extend"));
    const QUuid sub =
        SubscriptionsRepository::assign(m_admin, user, m_pro, false, QStringLiteral("trial"));
    const QDateTime end = SubscriptionsRepository::detail(m_admin, sub)->subscription.periodEnd;
    const QDateTime newEnd = SubscriptionsRepository::extend(m_admin, sub, 30);
    QCOMPARE(newEnd, end.addDays(30));
    QCOMPARE(SubscriptionsRepository::detail(m_admin, sub)->subscription.periodEnd, newEnd);
    QCOMPARE(sqlScalar(m_admin, QStringLiteral("SELECT level_expires_at FROM users WHERE id = ?"),
                       {user.toString(QUuid::WithoutBraces)})
                 .toDateTime()
                 .toUTC(),
             newEnd);
    QCOMPARE(sqlRun(m_admin, QStringLiteral("SELECT subscription_extend(?::uuid, 0)"),
                    {sub.toString(QUuid::WithoutBraces)}),
             QStringLiteral("22023"));
}

void tst_SubscriptionActions::changePlanToYearly()
{
    const QUuid user = userId(QStringLiteral("mover"));
    const QUuid sub =
        SubscriptionsRepository::assign(m_admin, user, m_pro, false, QStringLiteral("trial"));
    QVERIFY(sqlRun(m_admin, QStringLiteral("SELECT consume_quota(?::uuid, 'x', 80)"),
                   {user.toString(QUuid::WithoutBraces)})
                .isEmpty());
    SubscriptionsRepository::changePlan(m_admin, sub, m_yearly);
    const auto s = SubscriptionsRepository::detail(m_admin, sub)->subscription;
    QCOMPARE(s.planId, m_yearly);
    QCOMPARE(s.periodStart.addYears(1), s.periodEnd);
    QCOMPARE(s.quotaLimit, std::optional<int>(50));
    QCOMPARE(s.quotaUsed, 50); // clamped to the smaller limit
    QCOMPARE(sqlScalar(m_admin, QStringLiteral("SELECT level FROM users WHERE id = ?"),
                       {user.toString(QUuid::WithoutBraces)})
                 .toInt(),
             4);
    try {
        SubscriptionsRepository::changePlan(m_admin, sub, m_yearly);
        QFAIL("changed to the plan it is on");
    } catch (const storage::JobError& e) {
        QCOMPARE(storage::Database::sqlState(e.sqlError), QStringLiteral("22023"));
    }
}

void tst_SubscriptionActions::cancelAtPeriodEndThenNow()
{
    const QUuid user = userId(QStringLiteral("quitter"));
    const QUuid sub =
        SubscriptionsRepository::assign(m_admin, user, m_pro, false, QStringLiteral("trial"));
    SubscriptionsRepository::cancel(m_admin, sub, true);
    auto s = SubscriptionsRepository::detail(m_admin, sub)->subscription;
    QCOMPARE(s.status, QStringLiteral("active"));
    QVERIFY(s.cancelAtPeriodEnd);
    QVERIFY(!s.autoRenew);
    SubscriptionsRepository::cancel(m_admin, sub, false);
    s = SubscriptionsRepository::detail(m_admin, sub)->subscription;
    QCOMPARE(s.status, QStringLiteral("cancelled"));
    QVERIFY(sqlScalar(m_admin,
                      QStringLiteral("SELECT level_expires_at <= now() FROM users WHERE "
                                     "id = ?"),
                      {user.toString(QUuid::WithoutBraces)})
                .toBool());
    // Nothing more can be done to a cancelled one.
    try {
        SubscriptionsRepository::extend(m_admin, sub, 3);
        QFAIL("a cancelled subscription was extended");
    } catch (const storage::JobError& e) {
        QCOMPARE(storage::Database::sqlState(e.sqlError), QStringLiteral("PDS04"));
    }
    // And the user may get a new one.
    QVERIFY(!SubscriptionsRepository::assign(m_admin, user, m_yearly, false, QStringLiteral("back"))
                 .isNull());
    QCOMPARE(SubscriptionsRepository::historyOf(m_admin, user).size(), 2);
}

void tst_SubscriptionActions::resetQuotaAndAutoRenew()
{
    const QUuid user = userId(QStringLiteral("quota"));
    const QUuid sub =
        SubscriptionsRepository::assign(m_admin, user, m_pro, false, QStringLiteral("trial"));
    QVERIFY(sqlRun(m_admin, QStringLiteral("SELECT consume_quota(?::uuid, 'x', 42)"),
                   {user.toString(QUuid::WithoutBraces)})
                .isEmpty());
    QCOMPARE(SubscriptionsRepository::detail(m_admin, sub)->subscription.quotaUsed, 42);
    SubscriptionsRepository::resetQuota(m_admin, sub);
    QCOMPARE(SubscriptionsRepository::detail(m_admin, sub)->subscription.quotaUsed, 0);
    QCOMPARE(sqlScalar(m_admin,
                       QStringLiteral("SELECT after->>'quota_used' FROM audit_log WHERE row_id = ? "
                                      "ORDER BY id DESC LIMIT 1"),
                       {sub.toString(QUuid::WithoutBraces)})
                 .toString(),
             QStringLiteral("0"));
    QVERIFY(SubscriptionsRepository::detail(m_admin, sub)->subscription.autoRenew);
    SubscriptionsRepository::setAutoRenew(m_admin, sub, false);
    QVERIFY(!SubscriptionsRepository::detail(m_admin, sub)->subscription.autoRenew);
    SubscriptionsRepository::setAutoRenew(m_admin, sub, true);
    QVERIFY(SubscriptionsRepository::detail(m_admin, sub)->subscription.autoRenew);
}

void tst_SubscriptionActions::unusedValueIsProRata()
{
    storage::SubscriptionRecord s;
    s.planPrice = domain::Money(9900, QStringLiteral("CNY"));
    s.periodStart = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    s.periodEnd = s.periodStart.addDays(30);
    QCOMPARE(SubscriptionsRepository::unusedValue(s, s.periodStart.addDays(10)).minorUnits(),
             qint64(6600));
    QCOMPARE(SubscriptionsRepository::unusedValue(s, s.periodStart).minorUnits(), qint64(9900));
    QVERIFY(!SubscriptionsRepository::unusedValue(s, s.periodEnd).isValid());
    s.periodEnd = QDateTime();
    QVERIFY(!SubscriptionsRepository::unusedValue(s, s.periodStart).isValid());
}

void tst_SubscriptionActions::financeAndSupportAreRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("assign") << "SELECT subscription_assign(:user, :plan, false, 'x')";
    QTest::newRow("extend") << "SELECT subscription_extend(:sub, 30)";
    QTest::newRow("change plan") << "SELECT subscription_change_plan(:sub, :plan)";
    QTest::newRow("cancel") << "SELECT subscription_cancel(:sub, false)";
    QTest::newRow("reset quota") << "SELECT subscription_reset_quota(:sub)";
    QTest::newRow("auto-renew") << "SELECT subscription_set_auto_renew(:sub, false)";
    QTest::newRow("consume quota") << "SELECT consume_quota(:user, 'x', 1)";
    QTest::newRow("plan save") << "SELECT plan_save(NULL, NULL, 'Hack', 1, 'CNY', 'monthly', "
                                  "'processing_count', 1, 0, true, 0, 0, '[]', true)";
    QTest::newRow("plan delete") << "SELECT plan_delete(:plan)";
    QTest::newRow("plan deactivate") << "SELECT plan_set_active(:plan, false)";
    QTest::newRow("compensate") << "SELECT compensate_users(ARRAY[:user], 3, 0)";
    QTest::newRow("compensation record") << "SELECT compensation_record('{}', 1, 0, 0)";
    QTest::newRow("update subscription directly")
        << "UPDATE user_subscriptions SET quota_used = 0 WHERE id = :sub";
    QTest::newRow("insert subscription directly")
        << "INSERT INTO user_subscriptions (user_id, plan_id, status, current_period_start) "
           "VALUES (:user, :plan, 'cancelled', now())";
    QTest::newRow("update plan directly")
        << "UPDATE subscription_plans SET price = 0 WHERE id = :plan";
    QTest::newRow("update user expiry directly")
        << "UPDATE users SET level_expires_at = now() + interval '1 year' WHERE id = :user";
}

void tst_SubscriptionActions::financeAndSupportAreRefused()
{
    QFETCH(QString, sql);
    const QString user = userId(QStringLiteral("rich")).toString(QUuid::WithoutBraces);
    const QString sub =
        sqlScalar(m_admin,
                  QStringLiteral("SELECT id::text FROM user_subscriptions WHERE user_id "
                                 "= ?::uuid AND status = 'active'"),
                  {user})
            .toString();
    QVERIFY(!sub.isEmpty());
    sql.replace(QLatin1String(":user"), QStringLiteral("'%1'::uuid").arg(user))
        .replace(QLatin1String(":sub"), QStringLiteral("'%1'::uuid").arg(sub))
        .replace(QLatin1String(":plan"),
                 QStringLiteral("'%1'::uuid").arg(m_pro.toString(QUuid::WithoutBraces)));
    const QString before = userState(QStringLiteral("rich"));
    const int audit = sqlScalar(m_admin, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    for (QSqlDatabase db : {m_finance, m_support}) {
        QCOMPARE(sqlRun(db, sql), QStringLiteral("42501"));
    }
    QCOMPARE(userState(QStringLiteral("rich")), before);
    QCOMPARE(sqlScalar(m_admin, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), audit);
}

QTEST_GUILESS_MAIN(tst_SubscriptionActions)
#include "tst_subscriptionactions.moc"
