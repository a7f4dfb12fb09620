// Migrator against a real PostgreSQL: fresh databases, re-runs, two PanelDesks upgrading at
// the same moment, a database from a newer PanelDesk, and a migration that fails half-way.
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <memory>

using pd::storage::Database;
using pd::storage::Migrator;
using pd::test::TestDatabase;

namespace {

QVariant scalar(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << "query failed:" << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

bool tableExists(QSqlDatabase db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {table}).toBool();
}

} // namespace

class tst_Migrator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void latestVersionMatchesEmbeddedFiles();
    void freshDatabaseIsMigrated();
    void secondRunIsNoOp();
    void migrationLandedOutOfOrderIsApplied();
    void concurrentRunsApplyOnce();
    void newerDatabaseIsRefused();
    void failingMigrationChangesNothing();
};

void tst_Migrator::latestVersionMatchesEmbeddedFiles()
{
    QVERIFY(QFile::exists(QStringLiteral(":/migrations/0001_core.sql")));
    QVERIFY(QFile::exists(QStringLiteral(":/migrations/0002_roles_audit.sql")));
    QVERIFY(Migrator::latestVersion() >= 2);
}

void tst_Migrator::freshDatabaseIsMigrated()
{
    TestDatabase tdb(QStringLiteral("mig_fresh"), false);
    QVERIFY2(tdb.ok(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.open(QStringLiteral("fresh"));
    QVERIFY2(tdb.ok(), qPrintable(tdb.error()));

    const auto before = Migrator::status(db);
    QCOMPARE(before.current, 0);
    QCOMPARE(before.latest, Migrator::latestVersion());
    QVERIFY(!before.upToDate());

    const auto result = Migrator::migrate(db);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.applied.size(), Migrator::migrationCount());
    QCOMPARE(result.applied.first(), QStringLiteral("0001_core"));
    QCOMPARE(result.applied.at(1), QStringLiteral("0002_roles_audit"));
    QVERIFY(result.status.upToDate());

    const auto after = Migrator::status(db);
    QVERIFY(after.upToDate());
    QCOMPARE(after.current, Migrator::latestVersion());
    QVERIFY(tableExists(db, QStringLiteral("users")));
    QVERIFY(tableExists(db, QStringLiteral("audit_log")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT string_agg(name, ',' ORDER BY version) FROM "
                                       "paneldesk_schema_version"))
                 .toString(),
             result.applied.join(QLatin1Char(',')));
    QCOMPARE(scalar(db, QStringLiteral("SELECT min(applied_by) FROM paneldesk_schema_version"))
                 .toString(),
             QStringLiteral("postgres"));
    // The migration ran its own statements past the first one: partitions exist.
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM pg_inherits WHERE inhparent = "
                                      "'usage_logs'::regclass"))
                .toInt() > 1);
}

void tst_Migrator::secondRunIsNoOp()
{
    TestDatabase tdb(QStringLiteral("mig_rerun"));
    QVERIFY2(tdb.ok(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.open(QStringLiteral("rerun"));
    const QString stamps =
        QStringLiteral("SELECT string_agg(version || '@' || applied_at, ',' ORDER BY version) FROM "
                       "paneldesk_schema_version");
    const QString before = scalar(db, stamps).toString();
    QVERIFY(!before.isEmpty());

    const auto result = Migrator::migrate(db);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.applied.isEmpty());
    QVERIFY(result.status.upToDate());
    QCOMPARE(scalar(db, stamps).toString(), before);
}

// A database migrated by a binary that lacked 0003 (parts of the product land in any order)
// is not up to date for one that has it, and gets exactly 0003.
void tst_Migrator::migrationLandedOutOfOrderIsApplied()
{
    TestDatabase tdb(QStringLiteral("mig_gap"));
    QVERIFY2(tdb.ok(), qPrintable(tdb.error()));
    QCOMPARE(tdb.exec(QStringLiteral("DELETE FROM paneldesk_schema_version WHERE version = 3; "
                                     "DROP INDEX user_subscriptions_start_keyset, "
                                     "payment_transactions_out_trade_no_prefix")),
             QString());
    QSqlDatabase db = tdb.open(QStringLiteral("gap"));
    const auto before = Migrator::status(db);
    QCOMPARE(before.current, 2);
    QVERIFY(!before.upToDate());
    const auto result = Migrator::migrate(db);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.applied, QStringList{QStringLiteral("0003_browse_indexes")});
    QVERIFY(Migrator::status(db).upToDate());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = "
                                       "'user_subscriptions_start_keyset'"))
                 .toInt(),
             1);
}

void tst_Migrator::concurrentRunsApplyOnce()
{
    TestDatabase tdb(QStringLiteral("mig_race"), false);
    QVERIFY2(tdb.ok(), qPrintable(tdb.error()));

    constexpr int Runs = 2;
    Migrator::Result results[Runs];
    QString openErrors[Runs];
    QSemaphore connected;
    QSemaphore go;
    std::unique_ptr<QThread> threads[Runs];
    for (int i = 0; i < Runs; ++i) {
        threads[i].reset(QThread::create([&, i] {
            const QString name = QStringLiteral("race-%1").arg(i);
            {
                auto opened = Database::open(tdb.profile(), {}, name);
                connected.release();
                if (!opened.ok()) {
                    openErrors[i] = opened.error;
                    return;
                }
                go.acquire(); // both connected: start together
                results[i] = Migrator::migrate(opened.db);
            }
            Database::close(name);
        }));
        threads[i]->start();
    }
    connected.acquire(Runs);
    go.release(Runs);
    for (auto& thread : threads)
        QVERIFY(thread->wait(120000));
    for (int i = 0; i < Runs; ++i) {
        QVERIFY2(openErrors[i].isEmpty(), qPrintable(openErrors[i]));
        QVERIFY2(results[i].ok, qPrintable(results[i].error));
        QVERIFY(results[i].status.upToDate());
    }
    // One did the work; the other waited on the lock and found nothing left to do.
    QCOMPARE(int(!results[0].applied.isEmpty()) + int(!results[1].applied.isEmpty()), 1);
    const QStringList applied =
        results[0].applied.isEmpty() ? results[1].applied : results[0].applied;
    QCOMPARE(applied.size(), Migrator::migrationCount());

    QSqlDatabase db = tdb.open(QStringLiteral("check"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM paneldesk_schema_version")).toInt(),
             Migrator::migrationCount());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT version) FROM "
                                       "paneldesk_schema_version"))
                 .toInt(),
             Migrator::migrationCount());
}

void tst_Migrator::newerDatabaseIsRefused()
{
    TestDatabase tdb(QStringLiteral("mig_newer"), false);
    QVERIFY2(tdb.ok(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.open(QStringLiteral("newer"));
    const int future = Migrator::latestVersion() + 1;
    QCOMPARE(tdb.exec(QStringLiteral(
                 "CREATE TABLE paneldesk_schema_version (version int PRIMARY KEY, name text NOT "
                 "NULL, applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL "
                 "DEFAULT session_user)")),
             QString());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO paneldesk_schema_version (version, name) "
                                  "VALUES (?, ?)"));
    insert.addBindValue(future);
    insert.addBindValue(QStringLiteral("from_the_future"));
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

    const auto result = Migrator::migrate(db);
    QVERIFY(!result.ok);
    QVERIFY(result.applied.isEmpty());
    QVERIFY(result.status.tooNew());
    QVERIFY2(result.error.contains(QStringLiteral("newer PanelDesk")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QString::number(future)), qPrintable(result.error));
    QVERIFY2(result.error.contains(QString::number(Migrator::latestVersion())),
             qPrintable(result.error));

    // Nothing of the older schema was laid over the newer one.
    QVERIFY(!tableExists(db, QStringLiteral("users")));
    QVERIFY(!tableExists(db, QStringLiteral("audit_log")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM paneldesk_schema_version")).toInt(),
             1);
    const auto status = Migrator::status(db);
    QCOMPARE(status.current, future);
    QVERIFY(status.tooNew());
}

void tst_Migrator::failingMigrationChangesNothing()
{
    TestDatabase tdb(QStringLiteral("mig_fail"), false);
    QVERIFY2(tdb.ok(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.open(QStringLiteral("fail"));
    // A table in the way of 0002 makes it fail after 0001 ran in the same transaction.
    QCOMPARE(tdb.exec(QStringLiteral("CREATE TABLE audit_log (id int)")), QString());

    const auto result = Migrator::migrate(db);
    QVERIFY(!result.ok);
    QVERIFY(result.applied.isEmpty());
    QVERIFY2(result.error.contains(QStringLiteral("0002_roles_audit")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("already exists")), qPrintable(result.error));
    QCOMPARE(result.status.current, 0);

    QVERIFY(!tableExists(db, QStringLiteral("users")));
    QVERIFY(!tableExists(db, QStringLiteral("paneldesk_schema_version")));
    QCOMPARE(Migrator::status(db).current, 0);
    // The connection is usable again: the transaction was rolled back, not left aborted.
    QCOMPARE(scalar(db, QStringLiteral("SELECT 1")).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"
