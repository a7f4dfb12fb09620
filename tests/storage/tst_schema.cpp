// The invariants the schema itself holds, whatever client writes: unique e-mail addresses,
// no negative traffic, money with the currency's decimals, refunds that never exceed the
// payment (also when two people refund at once), and monthly partitions on demand.
#include "storage/Database.h"
#include "support/TestDatabase.h"

#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <memory>

using pd::storage::Database;
using pd::test::TestDatabase;

namespace {

// Runs one statement with bound values; returns its SQLSTATE on failure, "" on success.
QString run(QSqlDatabase db, const QString& sql, const QVariantList& values = {},
            QSqlQuery* out = nullptr)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        const QString state = Database::sqlState(q.lastError());
        return state.isEmpty() ? QStringLiteral("?????") : state;
    }
    if (out)
        *out = std::move(q);
    return {};
}

QVariant scalar(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q;
    const QString state = run(db, sql, values, &q);
    if (!state.isEmpty() || !q.next()) {
        qWarning() << "query failed:" << sql << state;
        return {};
    }
    return q.value(0);
}

const QString CheckViolation = QStringLiteral("23514");
const QString UniqueViolation = QStringLiteral("23505");

} // namespace

class tst_Schema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emailIsUniqueWhateverTheCase();
    void trafficIsNeverNegative();
    void moneyHasTheCurrencysDecimals();
    void refundsNeverExceedThePayment();
    void concurrentRefundsCannotOverrefund();
    void pendingPaymentCannotBeRefunded();
    void ensurePartitionsCreatesMonthsOnce();

private:
    // A user and a payment of `amount` in `currency` with `status`; returns the payment id.
    QString payment(const QString& amount, const QString& currency,
                    const QString& status = QStringLiteral("completed"));
    QString refund(QSqlDatabase db, const QString& transactionId, const QString& amount);

    std::unique_ptr<TestDatabase> m_tdb;
    QSqlDatabase m_db;
    QString m_userId;
    int m_orders = 0;
};

void tst_Schema::initTestCase()
{
    m_tdb = std::make_unique<TestDatabase>(QStringLiteral("schema"));
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    m_db = m_tdb->open(QStringLiteral("schema"));
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    QSqlQuery q;
    QCOMPARE(
        run(m_db,
            QStringLiteral("INSERT INTO users (email, username, password_hash) VALUES (?, "
                           "?, ?) RETURNING id"),
            {QStringLiteral("payer@example.com"), QStringLiteral("payer"), QStringLiteral("hash")},
            &q),
        QString());
    QVERIFY(q.next());
    m_userId = q.value(0).toString();
}

QString tst_Schema::payment(const QString& amount, const QString& currency, const QString& status)
{
    QSqlQuery q;
    const QString state =
        run(m_db,
            QStringLiteral("INSERT INTO payment_transactions (user_id, kind, amount, currency, "
                           "gateway, out_trade_no, status, paid_at) VALUES (?, 'top_up', ?, ?, "
                           "'wechat', ?, ?, CASE WHEN ? IN ('pending', 'failed') THEN NULL ELSE "
                           "now() END) RETURNING id"),
            {m_userId, amount, currency,
             QStringLiteral("PDTEST%1").arg(++m_orders, 6, 10, QLatin1Char('0')), status, status},
            &q);
    if (!state.isEmpty() || !q.next())
        return QStringLiteral("error:") + state;
    return q.value(0).toString();
}

QString tst_Schema::refund(QSqlDatabase db, const QString& transactionId, const QString& amount)
{
    return run(db,
               QStringLiteral("INSERT INTO refunds (transaction_id, amount, currency, reason) "
                              "SELECT id, ?, currency, 'customer asked' FROM "
                              "payment_transactions WHERE id = ?"),
               {amount, transactionId});
}

void tst_Schema::emailIsUniqueWhateverTheCase()
{
    const QString insert =
        QStringLiteral("INSERT INTO users (email, username, password_hash) VALUES (?, ?, 'h')");
    QCOMPARE(run(m_db, insert, {QStringLiteral("Zhang.San@Example.com"), QStringLiteral("zs1")}),
             QString());
    QCOMPARE(run(m_db, insert, {QStringLiteral("zhang.san@example.COM"), QStringLiteral("zs2")}),
             UniqueViolation);
    // Usernames too.
    QCOMPARE(run(m_db, insert, {QStringLiteral("other@example.com"), QStringLiteral("ZS1")}),
             UniqueViolation);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM users WHERE lower(email) = ?"),
                    {QStringLiteral("zhang.san@example.com")})
                 .toInt(),
             1);
}

void tst_Schema::trafficIsNeverNegative()
{
    const QString set = QStringLiteral("UPDATE users SET upload_bytes = ? WHERE id = ?");
    QCOMPARE(run(m_db, set, {qint64(-1), m_userId}), CheckViolation);
    QCOMPARE(run(m_db,
                 QStringLiteral("UPDATE users SET download_bytes = download_bytes - ? "
                                "WHERE id = ?"),
                 {qint64(1), m_userId}),
             CheckViolation);
    QCOMPARE(run(m_db, QStringLiteral("UPDATE users SET transfer_enable = ? WHERE id = ?"),
                 {qint64(-1024), m_userId}),
             CheckViolation);
    // An atomic report of real traffic goes through.
    QCOMPARE(run(m_db,
                 QStringLiteral("UPDATE users SET upload_bytes = upload_bytes + ? WHERE "
                                "id = ?"),
                 {qint64(1) << 30, m_userId}),
             QString());
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT upload_bytes FROM users WHERE id = ?"), {m_userId})
                 .toLongLong(),
             qint64(1) << 30);
}

void tst_Schema::moneyHasTheCurrencysDecimals()
{
    QVERIFY(!payment(QStringLiteral("10.01"), QStringLiteral("CNY"))
                 .startsWith(QLatin1String("error")));
    QCOMPARE(payment(QStringLiteral("10.001"), QStringLiteral("CNY")),
             QStringLiteral("error:") + CheckViolation);
    QVERIFY(
        !payment(QStringLiteral("1500"), QStringLiteral("JPY")).startsWith(QLatin1String("error")));
    QCOMPARE(payment(QStringLiteral("1500.5"), QStringLiteral("JPY")),
             QStringLiteral("error:") + CheckViolation);
    QCOMPARE(payment(QStringLiteral("0.01"), QStringLiteral("JPY")),
             QStringLiteral("error:") + CheckViolation);
    // Plans follow the same rule.
    QCOMPARE(run(m_db,
                 QStringLiteral("INSERT INTO subscription_plans (name, price, currency, "
                                "billing_cycle) VALUES (?, ?, ?, 'monthly')"),
                 {QStringLiteral("Basic JP"), QStringLiteral("980.50"), QStringLiteral("JPY")}),
             CheckViolation);
    // The amount kept is exactly the amount given.
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT amount::text FROM payment_transactions WHERE "
                                   "currency = 'CNY' AND amount = ?"),
                    {QStringLiteral("10.01")})
                 .toString(),
             QStringLiteral("10.0100"));
}

void tst_Schema::refundsNeverExceedThePayment()
{
    const QString id = payment(QStringLiteral("100.00"), QStringLiteral("CNY"));
    QVERIFY2(!id.startsWith(QLatin1String("error")), qPrintable(id));
    QCOMPARE(refund(m_db, id, QStringLiteral("60.00")), QString());
    QCOMPARE(refund(m_db, id, QStringLiteral("40.01")), CheckViolation);
    QCOMPARE(refund(m_db, id, QStringLiteral("40.00")), QString());
    QCOMPARE(refund(m_db, id, QStringLiteral("0.01")), CheckViolation);
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT sum(amount)::text FROM refunds WHERE "
                                   "transaction_id = ?"),
                    {id})
                 .toString(),
             QStringLiteral("100.0000"));
    // A failed refund frees its amount for another one.
    QCOMPARE(run(m_db,
                 QStringLiteral("UPDATE refunds SET state = 'failed', idempotency_key = "
                                "'pdtest-refund-1' WHERE transaction_id = ? AND amount = 40"),
                 {id}),
             QString());
    QCOMPARE(refund(m_db, id, QStringLiteral("40.00")), QString());
    // Raising an amount past the payment is refused as well.
    QCOMPARE(run(m_db,
                 QStringLiteral("UPDATE refunds SET amount = 60.01 WHERE transaction_id = ? AND "
                                "amount = 60"),
                 {id}),
             CheckViolation);
}

void tst_Schema::concurrentRefundsCannotOverrefund()
{
    const QString id = payment(QStringLiteral("100.00"), QStringLiteral("USD"));
    QVERIFY2(!id.startsWith(QLatin1String("error")), qPrintable(id));

    // Two finance people refund 60 of a 100 payment at the same moment, each in a transaction
    // held open a little, so both inserts are in flight together.
    constexpr int People = 2;
    QString outcome[People];
    QSemaphore connected;
    QSemaphore go;
    std::unique_ptr<QThread> threads[People];
    for (int i = 0; i < People; ++i) {
        threads[i].reset(QThread::create([&, i] {
            const QString name = QStringLiteral("refunder-%1").arg(i);
            {
                auto opened = Database::open(m_tdb->profile(), {}, name);
                connected.release();
                if (!opened.ok()) {
                    outcome[i] = QStringLiteral("open failed: ") + opened.error;
                    return;
                }
                go.acquire();
                QSqlDatabase db = opened.db;
                if (!db.transaction()) {
                    outcome[i] = QStringLiteral("begin failed");
                } else {
                    outcome[i] = refund(db, id, QStringLiteral("60.00"));
                    if (outcome[i].isEmpty()) // hold the lock while the other one tries
                        QSqlQuery(db).exec(QStringLiteral("SELECT pg_sleep(0.3)"));
                    if (outcome[i].isEmpty() && !db.commit())
                        outcome[i] = QStringLiteral("commit failed");
                    if (!outcome[i].isEmpty())
                        db.rollback();
                }
            }
            Database::close(name);
        }));
        threads[i]->start();
    }
    connected.acquire(People);
    go.release(People);
    for (auto& thread : threads)
        QVERIFY(thread->wait(60000));

    QCOMPARE(int(outcome[0].isEmpty()) + int(outcome[1].isEmpty()), 1);
    const QString refused = outcome[0].isEmpty() ? outcome[1] : outcome[0];
    QCOMPARE(refused, CheckViolation);
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT count(*) || ' ' || sum(amount) FROM refunds "
                                   "WHERE transaction_id = ?"),
                    {id})
                 .toString(),
             QStringLiteral("1 60.0000"));
}

void tst_Schema::pendingPaymentCannotBeRefunded()
{
    for (const QString& status : {QStringLiteral("pending"), QStringLiteral("failed")}) {
        const QString id = payment(QStringLiteral("30.00"), QStringLiteral("CNY"), status);
        QVERIFY2(!id.startsWith(QLatin1String("error")), qPrintable(id));
        QCOMPARE(refund(m_db, id, QStringLiteral("10.00")), CheckViolation);
        QCOMPARE(scalar(m_db,
                        QStringLiteral("SELECT count(*) FROM refunds WHERE transaction_id "
                                       "= ?"),
                        {id})
                     .toInt(),
                 0);
    }
    // Once completed, the same payment can be refunded.
    const QString id = payment(QStringLiteral("30.00"), QStringLiteral("CNY"),
                               QStringLiteral("partially_refunded"));
    QCOMPARE(refund(m_db, id, QStringLiteral("10.00")), QString());
}

void tst_Schema::ensurePartitionsCreatesMonthsOnce()
{
    // Month names computed by the server (UTC), as the function does.
    const QString month = QStringLiteral(
        "SELECT to_char(date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months "
        "=> ?), 'YYYYMM')");
    const QString next = scalar(m_db, month, {1}).toString();
    const QString far = scalar(m_db, month, {5}).toString();
    const QString exists = QStringLiteral("SELECT to_regclass(?) IS NOT NULL");
    // Migration made this month and the next ones.
    QVERIFY(scalar(m_db, exists, {QStringLiteral("usage_logs_") + next}).toBool());
    QVERIFY(scalar(m_db, exists, {QStringLiteral("node_traffic_raw_") + next}).toBool());
    QVERIFY(!scalar(m_db, exists, {QStringLiteral("usage_logs_") + far}).toBool());

    // A usage row of a month without partition waits in DEFAULT, never refused...
    const QString farDay = QStringLiteral(
        "date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + interval '5 months "
        "3 days'");
    QCOMPARE(run(m_db,
                 QStringLiteral("INSERT INTO usage_logs (user_id, resource_type, created_at) "
                                "VALUES (?, 'dicom_processing', %1)")
                     .arg(farDay),
                 {m_userId}),
             QString());
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT tableoid::regclass::text FROM usage_logs")).toString(),
        QStringLiteral("usage_logs_default"));

    // ...and moves into its month when the partition is made.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT ensure_partitions(0, 5)")).toInt(), 4);
    QVERIFY(scalar(m_db, exists, {QStringLiteral("usage_logs_") + far}).toBool());
    QVERIFY(scalar(m_db, exists, {QStringLiteral("node_traffic_raw_") + far}).toBool());
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT tableoid::regclass::text FROM usage_logs")).toString(),
        QStringLiteral("usage_logs_") + far);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM usage_logs")).toInt(), 1);

    // Idempotent: a second call makes nothing.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT ensure_partitions(0, 5)")).toInt(), 0);

    // New rows of next month land in next month's partition.
    QCOMPARE(run(m_db,
                 QStringLiteral("INSERT INTO node_traffic_raw (node_id, user_id, upload_bytes, "
                                "download_bytes, rate, reported_at) VALUES (1, ?, 10, 20, 1, "
                                "date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE "
                                "'UTC' + interval '1 month')"),
                 {m_userId}),
             QString());
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT tableoid::regclass::text FROM node_traffic_raw"))
                 .toString(),
             QStringLiteral("node_traffic_raw_") + next);
}

QTEST_GUILESS_MAIN(tst_Schema)
#include "tst_schema.moc"
