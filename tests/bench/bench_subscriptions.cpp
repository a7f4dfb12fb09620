// Prints milliseconds for the first page, 20 further keyset pages and the count of every filter
// and sort the Subscriptions dashboard offers, over 300,000 users with 600,000 subscriptions
// (half active). Not a test: run it by hand against the test cluster:
//   bash tests/support/pgcluster.sh start /tmp/pd-bench && PD_TEST_PG_DIR=/tmp/pd-bench
//   build/tests/bench/bench_subscriptions [users]
#include "storage/DbWorker.h"
#include "storage/SubscriptionsRepository.h"
#include "storage/TableQuery.h"
#include "support/TestDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

using pd::storage::KeysetPager;
using pd::storage::Page;
using pd::storage::SubscriptionFilter;
using pd::storage::SubscriptionsRepository;
using pd::storage::TableQuery;

namespace {

constexpr int PageSize = 200;
constexpr int Pages = 20;

QString ms(qint64 nsecs, int runs = 1)
{
    return QString::number(double(nsecs) / 1e6 / runs, 'f', 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int users = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 300000;
    pd::test::TestDatabase testDb(QStringLiteral("benchsubs"));
    if (!testDb.ok()) {
        out << "cannot create the database: " << testDb.error() << '\n';
        return 1;
    }
    out << "filling " << users << " users, " << 2 * users << " subscriptions…\n";
    out.flush();
    QString error = testDb.insertUsers(users);
    if (error.isEmpty()) {
        // One ended cancelled subscription and one active one per user, over eight plans.
        error = testDb.exec(QStringLiteral(R"SQL(
ALTER TABLE user_subscriptions DISABLE TRIGGER USER;
INSERT INTO subscription_plans (name, price, currency, billing_cycle, quota_limit)
SELECT 'Plan ' || g, 10 * g, 'CNY', CASE WHEN g % 2 = 0 THEN 'monthly' ELSE 'yearly' END, 100 * g
  FROM generate_series(1, 8) g;
CREATE TEMP TABLE plan_ids AS SELECT row_number() OVER (ORDER BY name) - 1 AS n, id FROM subscription_plans;
INSERT INTO user_subscriptions (user_id, plan_id, status, current_period_start, current_period_end,
                                quota_limit, quota_used, created_at)
SELECT u.id, p.id, s.status,
       CASE WHEN s.status = 'active' THEN now() - interval '20 days' ELSE now() - interval '400 days' END,
       CASE WHEN s.status = 'active' THEN now() + random() * interval '365 days'
            ELSE now() - interval '300 days' END,
       100, (random() * 100)::int,
       CASE WHEN s.status = 'active' THEN now() - random() * interval '300 days'
            ELSE now() - interval '400 days' + random() * interval '10 days' END
  FROM users u JOIN plan_ids p ON p.n = abs(hashtext(u.username)) % 8
 CROSS JOIN (VALUES ('active'), ('cancelled')) AS s(status);
ALTER TABLE user_subscriptions ENABLE TRIGGER USER;
ANALYZE;
)SQL"));
    }
    if (!error.isEmpty()) {
        out << "cannot fill the database: " << error << '\n';
        return 1;
    }
    QSqlDatabase db = testDb.open(QStringLiteral("bench"));
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id::text FROM subscription_plans ORDER BY name LIMIT 1"));
    q.next();
    const QUuid plan = QUuid::fromString(q.value(0).toString());

    struct Case
    {
        const char* name;
        SubscriptionFilter filter;
    };
    SubscriptionFilter active, byPlan, expiring, quota, search;
    active.status = QStringLiteral("active");
    byPlan.planId = plan;
    expiring.expiringWithin = 7;
    quota.quotaAbove = 95;
    search.userSearch = QStringLiteral("u0012"); // 100 users, 200 subscriptions
    const QList<Case> cases{{"no filter", {}},           {"status active", active},
                            {"one plan", byPlan},        {"expiring within 7 days", expiring},
                            {"quota above 95 %", quota}, {"user search u0012", search}};
    const QStringList sorts{QStringLiteral("created_at"), QStringLiteral("period_start"),
                            QStringLiteral("period_end"), QStringLiteral("quota_percent")};
    try {
        QElapsedTimer timer;
        for (const Case& c : cases) {
            for (const QString& sort : sorts) {
                const TableQuery query = SubscriptionsRepository::listQuery(c.filter, sort, true);
                timer.start();
                Page page = KeysetPager::fetch(db, query, {}, {}, PageSize, false);
                const qint64 first = timer.nsecsElapsed();
                int fetched = 1;
                timer.start();
                while (fetched < Pages && page.rows.size() == PageSize) {
                    const QVariantList& edge = page.rows.last();
                    page = KeysetPager::fetch(db, query, edge.at(edge.size() - 2), edge.last(),
                                              PageSize, false);
                    ++fetched;
                }
                const qint64 rest = timer.nsecsElapsed();
                timer.start();
                const qint64 estimate = KeysetPager::estimateCount(db, query);
                const qint64 estimateNs = timer.nsecsElapsed();
                out << c.name << ", by " << sort << ": first page " << ms(first) << " ms, next "
                    << ms(rest, qMax(1, fetched - 1)) << " ms/page, estimate " << estimate << " in "
                    << ms(estimateNs) << " ms\n";
                out.flush();
            }
        }
    } catch (const pd::storage::JobError& e) {
        out << "failed: " << e.message << '\n';
        return 1;
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    return 0;
}
