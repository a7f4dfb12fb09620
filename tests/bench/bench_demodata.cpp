// Loads demo data (100,000 users by default, or the count given as the first argument) into a
// fresh test database and prints rows per second. Needs the test cluster: PD_TEST_PG_DIR.

#include "storage/DbWorker.h"
#include "storage/DemoDataLoader.h"
#include "support/TestDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int users = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    pd::test::TestDatabase database(QStringLiteral("bench_demo"));
    if (!database.ok()) {
        std::fprintf(stderr, "bench_demodata: %s\n", qPrintable(database.error()));
        return 1;
    }
    QSqlDatabase db = database.open(QStringLiteral("bench"));
    pd::storage::DemoDataLoader::Options options;
    options.users = users;
    QElapsedTimer timer;
    timer.start();
    qint64 generatedAt = 0;
    pd::storage::DemoDataLoader::Counts c;
    try {
        QString lastStep;
        qint64 stepStart = 0;
        c = pd::storage::DemoDataLoader::load(db, options, [&](int percent, const QString& step) {
            if (percent >= 40 && generatedAt == 0)
                generatedAt = timer.elapsed();
            if (step != lastStep) {
                // Where the time goes, step by step.
                if (!lastStep.isEmpty())
                    std::printf("  %-40s %7.2f s\n", qPrintable(lastStep),
                                double(timer.elapsed() - stepStart) / 1000.0);
                lastStep = step;
                stepStart = timer.elapsed();
            }
        });
    } catch (const pd::storage::JobError& error) {
        std::fprintf(stderr, "bench_demodata: %s\n", qPrintable(error.message));
        return 1;
    }
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    QSqlQuery q(db);
    qint64 total = 0;
    for (const char* table : {"subscription_plans", "nodes", "users", "api_keys",
                              "user_subscriptions", "payment_transactions", "refunds", "usage_logs",
                              "node_traffic_hourly", "node_traffic_raw", "node_online_log"}) {
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) &&
            q.next()) {
            std::printf("%-22s %10lld rows\n", table, q.value(0).toLongLong());
            total += q.value(0).toLongLong();
        }
    }
    std::printf("users %d: %lld rows in %.2f s (generation %.2f s) = %lld rows/s\n", users, total,
                double(ms) / 1000.0, double(generatedAt) / 1000.0, total * 1000 / ms);
    Q_UNUSED(c);
    return 0;
}
