// Plans against a real PostgreSQL: the exact price field per currency, unique names, and a
// plan with subscribers that cannot be deleted but can be deactivated.
#include "SubsTestHelpers.h"
#include "storage/DbWorker.h"
#include "storage/PlansRepository.h"
#include "support/TestDatabase.h"

#include <QTest>

using namespace pd;
using pd::test::sqlRun;
using pd::test::sqlScalar;
using pd::test::TestDatabase;
using storage::PlanRecord;
using storage::PlansRepository;

class tst_Plans : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void priceParsing_data();
    void priceParsing();
    void createStoresExactPriceAndFeatures();
    void duplicateNameRefusedWhateverTheCase();
    void invalidPlanWritesNothing();
    void staleEditIsRefused();
    void deleteRefusedWhenReferencedThenDeactivate();
    void deleteUnreferencedPlan();

private:
    PlanRecord pro() const;
    std::unique_ptr<TestDatabase> m_tdb;
    QSqlDatabase m_admin;
};

void tst_Plans::initTestCase()
{
    m_tdb = std::make_unique<TestDatabase>(QStringLiteral("plans"));
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    const QString admin =
        m_tdb->createLogin(QStringLiteral("plans_admin"), QStringLiteral("paneldesk_admin"));
    QVERIFY2(!admin.isEmpty(), qPrintable(m_tdb->error()));
    m_admin = m_tdb->open(QStringLiteral("admin"), admin);
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
}

void tst_Plans::cleanupTestCase()
{
    m_admin = QSqlDatabase();
    storage::Database::close(QStringLiteral("admin"));
    m_tdb.reset();
}

PlanRecord tst_Plans::pro() const
{
    PlanRecord p;
    p.name = QStringLiteral("Pro");
    p.price = *domain::Money::parse(QStringLiteral("99.00"), QStringLiteral("CNY"));
    p.billingCycle = QStringLiteral("monthly");
    p.quotaLimit = 100;
    p.trafficBytes = 200LL * 1024 * 1024 * 1024;
    p.nodeGroup = 2;
    p.level = 1;
    p.features = {QStringLiteral("Priority processing"), QStringLiteral("Email support")};
    return p;
}

void tst_Plans::priceParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor"); // -1: refused
    QTest::newRow("CNY whole") << "99"
                               << "CNY" << qint64(9900);
    QTest::newRow("CNY cents") << "99.00"
                               << "CNY" << qint64(9900);
    QTest::newRow("CNY one decimal") << "0.5"
                                     << "CNY" << qint64(50);
    QTest::newRow("CNY padded") << " 12.34 "
                                << "CNY" << qint64(1234);
    QTest::newRow("USD") << "1234.56"
                         << "USD" << qint64(123456);
    QTest::newRow("JPY whole") << "1200"
                               << "JPY" << qint64(1200);
    QTest::newRow("zero") << "0"
                          << "CNY" << qint64(0);
    QTest::newRow("exponent") << "1e3"
                              << "CNY" << qint64(-1);
    QTest::newRow("negative") << "-5"
                              << "CNY" << qint64(-1);
    QTest::newRow("CNY three decimals") << "0.001"
                                        << "CNY" << qint64(-1);
    QTest::newRow("JPY decimals") << "1.5"
                                  << "JPY" << qint64(-1);
    QTest::newRow("overflow") << "99999999999999999999"
                              << "CNY" << qint64(-1);
    QTest::newRow("grouping") << "1,000"
                              << "USD" << qint64(-1);
    QTest::newRow("empty") << ""
                           << "CNY" << qint64(-1);
    QTest::newRow("letters") << "ten"
                             << "CNY" << qint64(-1);
    QTest::newRow("unknown currency") << "10"
                                      << "XXX" << qint64(-1);
}

void tst_Plans::priceParsing()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QString problem;
    const auto money = PlansRepository::parsePrice(text, currency, &problem);
    if (minor < 0) {
        QVERIFY2(!money, qPrintable(text));
        QVERIFY(!problem.isEmpty()); // the form shows why
        return;
    }
    QVERIFY2(money, qPrintable(problem));
    QCOMPARE(money->minorUnits(), minor);
    // And the database stores exactly that amount.
    PlanRecord p = pro();
    p.name = QStringLiteral("Price ") + QString::fromLatin1(QTest::currentDataTag());
    p.price = *money;
    PlanRecord stored;
    try {
        stored = PlansRepository::save(m_admin, p);
    } catch (const storage::JobError& e) {
        QFAIL(qPrintable(e.message));
    }
    QCOMPARE(stored.price, *money);
    QCOMPARE(
        sqlScalar(m_admin,
                  QStringLiteral("SELECT price = ?::numeric AND currency = ? FROM "
                                 "subscription_plans WHERE id = ?::uuid"),
                  {money->toDecimalString(), currency, stored.id.toString(QUuid::WithoutBraces)})
            .toBool(),
        true);
    PlansRepository::remove(m_admin, stored.id);
}

void tst_Plans::createStoresExactPriceAndFeatures()
{
    PlanRecord stored;
    try {
        stored = PlansRepository::save(m_admin, pro());
    } catch (const storage::JobError& e) {
        QFAIL(qPrintable(e.message));
    }
    QVERIFY(!stored.id.isNull());
    QCOMPARE(stored.price.toDecimalString(), QStringLiteral("99.00"));
    QCOMPARE(stored.price.currency(), QStringLiteral("CNY"));
    QCOMPARE(stored.quotaLimit, std::optional<int>(100));
    QCOMPARE(stored.trafficBytes, 200LL * 1024 * 1024 * 1024);
    QCOMPARE(stored.features, pro().features);
    QCOMPARE(
        sqlScalar(m_admin, QStringLiteral("SELECT price = 99.00 AND jsonb_typeof(features) = "
                                          "'array' FROM subscription_plans WHERE name = 'Pro'"))
            .toBool(),
        true);
    // Created by the admin login, and audited as such.
    QCOMPARE(sqlScalar(m_admin,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                      "'subscription_plans' AND action = 'INSERT' AND row_id = ? "
                                      "AND db_role = session_user"),
                       {stored.id.toString(QUuid::WithoutBraces)})
                 .toInt(),
             1);
    // Unlimited quota is NULL, not 0.
    PlanRecord unlimited = pro();
    unlimited.name = QStringLiteral("Enterprise");
    unlimited.quotaLimit.reset();
    const PlanRecord u = PlansRepository::save(m_admin, unlimited);
    QVERIFY(!u.quotaLimit);
}

void tst_Plans::duplicateNameRefusedWhateverTheCase()
{
    PlanRecord dup = pro();
    dup.name = QStringLiteral("PRO");
    try {
        PlansRepository::save(m_admin, dup);
        QFAIL("a second plan named PRO was accepted");
    } catch (const storage::JobError& e) {
        QCOMPARE(storage::Database::sqlState(e.sqlError), QStringLiteral("23505"));
        QVERIFY2(e.message.contains(QStringLiteral("name")), qPrintable(e.message));
    }
    QCOMPARE(sqlScalar(m_admin, QStringLiteral("SELECT count(*) FROM subscription_plans WHERE "
                                               "lower(name) = 'pro'"))
                 .toInt(),
             1);
}

void tst_Plans::invalidPlanWritesNothing()
{
    const int before =
        sqlScalar(m_admin, QStringLiteral("SELECT count(*) FROM subscription_plans")).toInt();
    PlanRecord bad = pro();
    bad.name = QStringLiteral("Bad");
    bad.features = {QStringLiteral("ok"), QStringLiteral("   ")};
    QVERIFY(!PlansRepository::validate(bad).isEmpty());
    QVERIFY_THROWS_EXCEPTION(storage::JobError, PlansRepository::save(m_admin, bad));
    // Raw SQL cannot get around it either: 0.001 CNY, a non-text feature, a wrong cycle.
    QCOMPARE(sqlRun(m_admin, QStringLiteral("SELECT plan_save(NULL, NULL, 'Raw', 0.001, 'CNY', "
                                            "'monthly', 'processing_count', 1, 0, true, 0, 0, "
                                            "'[]', true)")),
             QStringLiteral("22023"));
    QCOMPARE(sqlRun(m_admin, QStringLiteral("SELECT plan_save(NULL, NULL, 'Raw', 1, 'CNY', "
                                            "'monthly', 'processing_count', 1, 0, true, 0, 0, "
                                            "'[1, 2]', true)")),
             QStringLiteral("22023"));
    QCOMPARE(sqlRun(m_admin, QStringLiteral("SELECT plan_save(NULL, NULL, 'Raw', 1, 'CNY', "
                                            "'weekly', 'processing_count', 1, 0, true, 0, 0, "
                                            "'[]', true)")),
             QStringLiteral("22023"));
    QCOMPARE(sqlScalar(m_admin, QStringLiteral("SELECT count(*) FROM subscription_plans")).toInt(),
             before);
}

void tst_Plans::staleEditIsRefused()
{
    const auto stored = PlansRepository::findByName(m_admin, QStringLiteral("pro"));
    QVERIFY(stored);
    PlanRecord first = *stored;
    first.price = *domain::Money::parse(QStringLiteral("89.00"), QStringLiteral("CNY"));
    const PlanRecord saved = PlansRepository::save(m_admin, first);
    QCOMPARE(saved.rowVersion, stored->rowVersion + 1);
    PlanRecord stale = *stored; // still the old row_version
    stale.price = *domain::Money::parse(QStringLiteral("79.00"), QStringLiteral("CNY"));
    try {
        PlansRepository::save(m_admin, stale);
        QFAIL("a stale edit overwrote a newer one");
    } catch (const storage::JobError& e) {
        QCOMPARE(storage::Database::sqlState(e.sqlError), QStringLiteral("PDS07"));
    }
    QCOMPARE(PlansRepository::get(m_admin, stored->id)->price.toDecimalString(),
             QStringLiteral("89.00"));
}

void tst_Plans::deleteRefusedWhenReferencedThenDeactivate()
{
    const auto plan = PlansRepository::findByName(m_admin, QStringLiteral("Pro"));
    QVERIFY(plan);
    const QString error = m_tdb->exec(
        QStringLiteral("INSERT INTO users (email, username, password_hash) VALUES "
                       "('sub@example.com', 'sub', 'h'); "
                       "INSERT INTO user_subscriptions (user_id, plan_id, status, "
                       "current_period_start, current_period_end) SELECT u.id, '%1', 'active', "
                       "now(), now() + interval '1 month' FROM users u WHERE u.username = 'sub'")
            .arg(plan->id.toString(QUuid::WithoutBraces)));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(PlansRepository::get(m_admin, plan->id)->subscribers, qint64(1));
    try {
        PlansRepository::remove(m_admin, plan->id);
        QFAIL("a plan with a subscriber was deleted");
    } catch (const storage::JobError& e) {
        QCOMPARE(storage::Database::sqlState(e.sqlError), QStringLiteral("PDS01"));
        QVERIFY2(e.message.contains(QStringLiteral("deactivate")), qPrintable(e.message));
    }
    QVERIFY(PlansRepository::get(m_admin, plan->id));
    // Plain DELETE is not granted either.
    QCOMPARE(sqlRun(m_admin, QStringLiteral("DELETE FROM subscription_plans WHERE id = ?"),
                    {plan->id.toString(QUuid::WithoutBraces)}),
             QStringLiteral("42501"));
    PlansRepository::setActive(m_admin, plan->id, false);
    QCOMPARE(PlansRepository::get(m_admin, plan->id)->active, false);
    PlansRepository::setActive(m_admin, plan->id, true);
}

void tst_Plans::deleteUnreferencedPlan()
{
    const auto plan = PlansRepository::findByName(m_admin, QStringLiteral("Enterprise"));
    QVERIFY(plan);
    PlansRepository::remove(m_admin, plan->id);
    QVERIFY(!PlansRepository::get(m_admin, plan->id));
    QCOMPARE(sqlScalar(m_admin,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE row_id = ? AND "
                                      "action = 'DELETE'"),
                       {plan->id.toString(QUuid::WithoutBraces)})
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(tst_Plans)
#include "tst_plans.moc"
