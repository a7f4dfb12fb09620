// DemoDataLoader: deterministic, complete and consistent demo data, loaded only into an empty
// database.

#include "storage/DbWorker.h"
#include "storage/DemoDataLoader.h"
#include "support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <memory>

using pd::storage::DemoDataLoader;
using pd::test::TestDatabase;

namespace {

// The tables the loader fills, each as one comparable text per row. The nodes' heartbeat,
// online count and load are left out: they are set relative to the moment of loading.
const QList<QPair<QString, QString>> DumpedTables{
    {QStringLiteral("subscription_plans"), QStringLiteral("(t.*)::text")},
    {QStringLiteral("users"), QStringLiteral("(t.*)::text")},
    {QStringLiteral("api_keys"), QStringLiteral("(t.*)::text")},
    {QStringLiteral("user_subscriptions"), QStringLiteral("(t.*)::text")},
    {QStringLiteral("payment_transactions"), QStringLiteral("(t.*)::text")},
    {QStringLiteral("refunds"), QStringLiteral("(t.*)::text")},
    {QStringLiteral("usage_logs"), QStringLiteral("(t.*)::text")},
    {QStringLiteral("node_traffic_hourly"), QStringLiteral("(t.*)::text")},
    {QStringLiteral("node_traffic_raw"), QStringLiteral("(t.*)::text")},
    {QStringLiteral("node_online_log"), QStringLiteral("(t.*)::text")},
    {QStringLiteral("nodes"),
     QStringLiteral("ROW(t.id, t.name, t.address, t.node_group, t.traffic_rate, t.enabled, "
                    "t.bandwidth_used, t.bandwidth_limit, t.created_at, t.updated_at)::text")},
};

} // namespace

class TestDemoDataLoader : public QObject
{
    Q_OBJECT

private:
    struct Loaded
    {
        std::unique_ptr<TestDatabase> database;
        QSqlDatabase db;
        DemoDataLoader::Counts counts;
    };

    static void load(Loaded& target, const QString& tag, quint64 seed)
    {
        target.database = std::make_unique<TestDatabase>(tag);
        QVERIFY2(target.database->ok(), qPrintable(target.database->error()));
        target.db = target.database->open(QStringLiteral("loader-") + tag);
        QVERIFY2(target.db.isOpen(), qPrintable(target.database->error()));
        DemoDataLoader::Options options;
        options.users = 2000;
        options.seed = seed;
        int lastPercent = -1;
        bool monotonic = true;
        try {
            target.counts =
                DemoDataLoader::load(target.db, options, [&](int percent, const QString& step) {
                    monotonic = monotonic && percent >= lastPercent && !step.isEmpty();
                    lastPercent = percent;
                });
        } catch (const pd::storage::JobError& error) {
            QFAIL(qPrintable(error.message));
        }
        QVERIFY(monotonic);
        QCOMPARE(lastPercent, 100);
    }

    static QVariant scalar(QSqlDatabase& db, const QString& sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next()) {
            qWarning() << sql << q.lastError().text();
            return {};
        }
        return q.value(0);
    }

    static QMap<QString, QString> digests(QSqlDatabase& db)
    {
        QMap<QString, QString> out;
        for (const auto& [table, row] : DumpedTables) {
            out.insert(table, scalar(db, QStringLiteral("SELECT md5(coalesce(string_agg(x, E'\\n' "
                                                        "ORDER BY x), '')) FROM (SELECT %1 AS x "
                                                        "FROM %2 t) s")
                                             .arg(row, table))
                                  .toString());
        }
        return out;
    }

    Loaded m_a, m_b, m_other;

private Q_SLOTS:
    void initTestCase()
    {
        load(m_a, QStringLiteral("demo_a"), 7);
        load(m_b, QStringLiteral("demo_b"), 7);
        load(m_other, QStringLiteral("demo_c"), 8);
    }

    void sameSeedGivesIdenticalContent()
    {
        const auto a = digests(m_a.db);
        const auto b = digests(m_b.db);
        for (const auto& [table, row] : DumpedTables) {
            Q_UNUSED(row);
            QVERIFY2(!a.value(table).isEmpty(), qPrintable(table));
            QVERIFY2(
                a.value(table) == b.value(table),
                qPrintable(
                    QStringLiteral("%1 differs between two loads with the same seed").arg(table)));
        }
    }

    void differentSeedDiffers()
    {
        const auto a = digests(m_a.db);
        const auto c = digests(m_other.db);
        QVERIFY(a.value(QStringLiteral("users")) != c.value(QStringLiteral("users")));
        QVERIFY(a.value(QStringLiteral("payment_transactions")) !=
                c.value(QStringLiteral("payment_transactions")));
    }

    void countsAreAsReported()
    {
        const DemoDataLoader::Counts& c = m_a.counts;
        QCOMPARE(c.users, 2000);
        const QList<QPair<qint64, QString>> checks{
            {c.users, QStringLiteral("users")},
            {c.plans, QStringLiteral("subscription_plans")},
            {c.subscriptions, QStringLiteral("user_subscriptions")},
            {c.transactions, QStringLiteral("payment_transactions")},
            {c.refunds, QStringLiteral("refunds")},
            {c.nodes, QStringLiteral("nodes")},
            {c.usageLogs, QStringLiteral("usage_logs")},
            {c.trafficHourly, QStringLiteral("node_traffic_hourly")},
            {c.apiKeys, QStringLiteral("api_keys")},
        };
        for (const auto& [count, table] : checks) {
            QVERIFY2(count > 0, qPrintable(table));
            QCOMPARE(
                scalar(m_a.db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong(),
                count);
        }
        QCOMPARE(c.plans, 9);
        // About 30% of the users have API keys, about 8% are banned.
        const qint64 withKeys =
            scalar(m_a.db, QStringLiteral("SELECT count(DISTINCT user_id) FROM api_keys"))
                .toLongLong();
        QVERIFY2(withKeys > 450 && withKeys < 750, qPrintable(QString::number(withKeys)));
        const qint64 banned =
            scalar(m_a.db,
                   QStringLiteral(
                       "SELECT count(*) FROM users WHERE NOT is_active AND deleted_at IS NULL"))
                .toLongLong();
        QVERIFY2(banned > 80 && banned < 250, qPrintable(QString::number(banned)));
    }

    void everyStatusAndGatewayIsPresent()
    {
        QCOMPARE(scalar(m_a.db, QStringLiteral("SELECT string_agg(DISTINCT status, ',' ORDER BY "
                                               "status) FROM user_subscriptions"))
                     .toString(),
                 QStringLiteral("active,cancelled,expired"));
        QCOMPARE(scalar(m_a.db, QStringLiteral("SELECT string_agg(DISTINCT status, ',' ORDER BY "
                                               "status) FROM payment_transactions"))
                     .toString(),
                 QStringLiteral("completed,failed,partially_refunded,pending,refunded"));
        QCOMPARE(scalar(m_a.db, QStringLiteral("SELECT string_agg(DISTINCT gateway, ',' ORDER BY "
                                               "gateway) FROM payment_transactions"))
                     .toString(),
                 QStringLiteral("alipay,paypal,stripe,wechat"));
        const QStringList states =
            scalar(m_a.db,
                   QStringLiteral(
                       "SELECT string_agg(DISTINCT state, ',' ORDER BY state) FROM refunds"))
                .toString()
                .split(QLatin1Char(','));
        for (const char* state :
             {"awaiting_approval", "failed", "processing", "succeeded", "unknown"})
            QVERIFY2(states.contains(QLatin1String(state)), state);
        // Succeeded refunds are the common case.
        QVERIFY(scalar(m_a.db, QStringLiteral("SELECT count(*) FILTER (WHERE state = 'succeeded') "
                                              "* 2 > count(*) FROM refunds"))
                    .toBool());
        // Both currencies and both kinds of names.
        QCOMPARE(scalar(m_a.db, QStringLiteral("SELECT string_agg(DISTINCT currency, ',' ORDER BY "
                                               "currency) FROM subscription_plans"))
                     .toString(),
                 QStringLiteral("CNY,USD"));
        QVERIFY(
            scalar(m_a.db, QStringLiteral("SELECT count(*) FROM users WHERE username ~ '^[一-龥]'"))
                .toLongLong() > 0);
        QVERIFY(
            scalar(m_a.db, QStringLiteral("SELECT count(*) FROM users WHERE username ~ '^[A-Z]'"))
                .toLongLong() > 0);
        QCOMPARE(
            scalar(m_a.db, QStringLiteral("SELECT count(*) FROM users WHERE email <> lower(email)"))
                .toLongLong(),
            0);
        // Heartbeats: some nodes online now, some long silent.
        QVERIFY(scalar(m_a.db, QStringLiteral("SELECT count(*) FROM nodes WHERE last_heartbeat_at "
                                              "> now() - interval '5 minutes'"))
                    .toLongLong() > 0);
        QVERIFY(scalar(m_a.db, QStringLiteral("SELECT count(*) FROM nodes WHERE last_heartbeat_at "
                                              "< now() - interval '1 hour'"))
                    .toLongLong() > 0);
    }

    void refundsNeverExceedTheirPayment()
    {
        // Not failed or rejected refunds never exceed the amount; the status follows the sum
        // of succeeded refunds.
        QCOMPARE(
            scalar(
                m_a.db,
                QStringLiteral(
                    "SELECT count(*) FROM payment_transactions t WHERE "
                    "(SELECT coalesce(sum(amount), 0) FROM refunds r WHERE r.transaction_id = t.id "
                    " AND r.state NOT IN ('failed', 'rejected')) > t.amount"))
                .toLongLong(),
            0);
        QCOMPARE(scalar(m_a.db,
                        QStringLiteral("SELECT count(*) FROM (SELECT t.status, t.amount, (SELECT "
                                       "coalesce(sum(amount), 0) "
                                       " FROM refunds r WHERE r.transaction_id = t.id AND r.state "
                                       "= 'succeeded') AS done "
                                       " FROM payment_transactions t) s WHERE NOT CASE status "
                                       " WHEN 'refunded' THEN done = amount "
                                       " WHEN 'partially_refunded' THEN done > 0 AND done < amount "
                                       " ELSE done = 0 END"))
                     .toLongLong(),
                 0);
        QCOMPARE(scalar(m_a.db,
                        QStringLiteral(
                            "SELECT count(*) FROM refunds r JOIN payment_transactions t ON t.id = "
                            "r.transaction_id "
                            "WHERE t.status NOT IN ('completed', 'partially_refunded', 'refunded') "
                            "OR r.currency <> t.currency OR r.created_at < t.paid_at"))
                     .toLongLong(),
                 0);
    }

    void referencesAreIntact()
    {
        // The bulk load skips the foreign key triggers, so check what they would have.
        for (const char* sql : {
                 "SELECT count(*) FROM user_subscriptions s WHERE NOT EXISTS (SELECT 1 FROM users "
                 "u WHERE u.id = s.user_id) OR NOT EXISTS (SELECT 1 FROM subscription_plans p "
                 "WHERE p.id = s.plan_id)",
                 "SELECT count(*) FROM payment_transactions t WHERE NOT EXISTS (SELECT 1 FROM "
                 "users u WHERE u.id = t.user_id) OR (t.subscription_id IS NOT NULL AND NOT EXISTS "
                 "(SELECT 1 FROM user_subscriptions s WHERE s.id = t.subscription_id))",
                 "SELECT count(*) FROM refunds r WHERE NOT EXISTS (SELECT 1 FROM "
                 "payment_transactions t WHERE t.id = r.transaction_id)",
                 "SELECT count(*) FROM api_keys k WHERE NOT EXISTS (SELECT 1 FROM users u WHERE "
                 "u.id = k.user_id)",
                 "SELECT count(*) FROM node_traffic_hourly h WHERE NOT EXISTS (SELECT 1 FROM nodes "
                 "n WHERE n.id = h.node_id) OR NOT EXISTS (SELECT 1 FROM users u WHERE u.id = "
                 "h.user_id)",
                 "SELECT count(*) FROM node_online_log l WHERE NOT EXISTS (SELECT 1 FROM nodes n "
                 "WHERE n.id = l.node_id)",
                 "SELECT count(*) FROM usage_logs l WHERE NOT EXISTS (SELECT 1 FROM "
                 "user_subscriptions s WHERE s.id = l.subscription_id AND s.user_id = l.user_id)",
             })
            QCOMPARE(scalar(m_a.db, QString::fromLatin1(sql)).toLongLong(), 0);
        // New rows get ids after the loaded ones.
        QSqlQuery q(m_a.db);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO nodes (name, address) VALUES ('added later', "
                                       "'x.example') RETURNING id")) &&
                     q.next(),
                 qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), 41);
    }

    void trafficAndQuotaMatchTheirDetails()
    {
        QVERIFY(scalar(m_a.db,
                       QStringLiteral(
                           "SELECT count(*) FROM users WHERE upload_bytes + download_bytes > 0"))
                    .toLongLong() > 100);
        QCOMPARE(
            scalar(
                m_a.db,
                QStringLiteral(
                    "SELECT count(*) FROM users u LEFT JOIN (SELECT user_id, sum(charged_upload) "
                    "AS up, "
                    " sum(charged_download) AS down FROM node_traffic_hourly GROUP BY user_id) h "
                    " ON h.user_id = u.id WHERE u.upload_bytes <> coalesce(h.up, 0) "
                    " OR u.download_bytes <> coalesce(h.down, 0)"))
                .toLongLong(),
            0);
        QCOMPARE(
            scalar(
                m_a.db,
                QStringLiteral(
                    "SELECT count(*) FROM node_traffic_hourly h JOIN nodes n ON n.id = h.node_id "
                    "WHERE h.charged_download <> floor(h.download_bytes * n.traffic_rate)"))
                .toLongLong(),
            0);
        // The raw reports of the last day add up to their hourly rollups.
        QVERIFY(
            scalar(m_a.db, QStringLiteral("SELECT count(*) FROM node_traffic_raw")).toLongLong() >
            0);
        QCOMPARE(
            scalar(
                m_a.db,
                QStringLiteral(
                    "SELECT count(*) FROM (SELECT node_id, user_id, date_trunc('hour', "
                    "reported_at) AS hour, "
                    " sum(upload_bytes) AS up, sum(download_bytes) AS down FROM node_traffic_raw "
                    " GROUP BY 1, 2, 3) r LEFT JOIN node_traffic_hourly h USING (node_id, user_id, "
                    "hour) "
                    "WHERE h.upload_bytes IS DISTINCT FROM r.up OR h.download_bytes IS DISTINCT "
                    "FROM r.down"))
                .toLongLong(),
            0);
        QCOMPARE(
            scalar(m_a.db,
                   QStringLiteral("SELECT count(*) FROM user_subscriptions s WHERE s.quota_used <> "
                                  "(SELECT coalesce(sum(quota_cost), 0) FROM usage_logs l WHERE "
                                  "l.subscription_id = s.id)"))
                .toLongLong(),
            0);
        QVERIFY(scalar(m_a.db, QStringLiteral("SELECT count(*) FROM usage_logs")).toLongLong() >
                1000);
        // Some users are over their quota, for the Users filter to find.
        QVERIFY(scalar(m_a.db, QStringLiteral("SELECT count(*) FROM users WHERE upload_bytes + "
                                              "download_bytes > transfer_enable"))
                    .toLongLong() > 0);
    }

    void refusesANonEmptyDatabase()
    {
        DemoDataLoader::Options options;
        options.users = 10;
        bool refused = false;
        try {
            DemoDataLoader::load(m_a.db, options);
        } catch (const pd::storage::JobError& error) {
            refused = !error.message.isEmpty();
        }
        QVERIFY(refused);
        QCOMPARE(scalar(m_a.db, QStringLiteral("SELECT count(*) FROM users")).toLongLong(), 2000);
        // The session is still usable after the refusal.
        QCOMPARE(
            scalar(m_a.db, QStringLiteral("SELECT current_setting('session_replication_role')"))
                .toString(),
            QStringLiteral("origin"));
    }
};

QTEST_GUILESS_MAIN(TestDemoDataLoader)
#include "tst_demodataloader.moc"
