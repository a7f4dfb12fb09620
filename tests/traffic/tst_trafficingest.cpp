// Traffic reports as nodes send them: what users and nodes are charged, what the charts read
// (hourly rollups) against the raw rows, eight ingesters at once, and malformed reports refused
// line by line with nothing partial written, through the core and through paneldeskctl.

#include "storage/DbWorker.h"
#include "storage/TrafficIngest.h"
#include "support/TestDatabase.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>

using pd::storage::JobError;
using pd::storage::TrafficIngest;
using pd::test::TestDatabase;

namespace {

const char* const Alice = "00000000-0000-4000-8000-00000000000a";
const char* const Bob = "00000000-0000-4000-8000-00000000000b";

QByteArray report(int node, const QList<std::tuple<const char*, qint64, qint64>>& entries)
{
    QByteArray json = "{\"node_id\": " + QByteArray::number(node) + ", \"data\": [";
    for (int i = 0; i < entries.size(); ++i) {
        const auto& [user, u, d] = entries.at(i);
        if (i)
            json += ", ";
        json += "{\"user_id\": \"" + QByteArray(user) + "\", \"u\": " + QByteArray::number(u) +
                ", \"d\": " + QByteArray::number(d) + "}";
    }
    return json + "]}";
}

} // namespace

class tst_TrafficIngest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_tdb;
    QSqlDatabase m_db;

    QVariant scalar(const QString& sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            qFatal("query failed: %s", qPrintable(q.lastError().text()));
        return q.value(0);
    }

    // Everything a report could have touched, as one text to compare before and after.
    QString footprint()
    {
        return scalar(
                   QStringLiteral(
                       "SELECT concat_ws('|', (SELECT string_agg(concat(email, upload_bytes, '/', "
                       "download_bytes), ',' ORDER BY email) FROM users), (SELECT count(*) FROM "
                       "node_traffic_raw), (SELECT coalesce(sum(charged_upload + "
                       "charged_download), 0) FROM node_traffic_hourly), (SELECT "
                       "string_agg(concat(id, ':', bandwidth_used), ',' ORDER BY id) FROM "
                       "nodes))"))
            .toString();
    }

    void resetTraffic()
    {
        QCOMPARE(m_tdb->exec(QStringLiteral(
                     "TRUNCATE node_traffic_raw, node_traffic_hourly; "
                     "UPDATE users SET upload_bytes = 0, download_bytes = 0; "
                     "UPDATE nodes SET bandwidth_used = 0, last_heartbeat_at = NULL")),
                 QString());
    }

    struct Run
    {
        int exitCode = -1;
        QString out, err;
    };

    Run ctl(const QStringList& args, const QByteArray& input)
    {
        const auto p = m_tdb->profile();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PD_PANELDESKCTL),
                      QStringList{QStringLiteral("-h"), p.host, QStringLiteral("-p"),
                                  QString::number(p.port), QStringLiteral("-d"), p.database,
                                  QStringLiteral("-U"), p.user} +
                          args);
        process.write(input);
        process.closeWriteChannel();
        Run r;
        if (!process.waitForFinished(120000))
            return r;
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_tdb = std::make_unique<TestDatabase>(QStringLiteral("traffic"));
        QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
        QCOMPARE(
            m_tdb->exec(
                QStringLiteral(
                    "INSERT INTO users (id, email, username, password_hash) VALUES "
                    "('%1', 'alice@example.com', 'alice', 'x'), "
                    "('%2', 'bob@example.com', 'bob', 'x'); "
                    "INSERT INTO nodes (id, name, address, traffic_rate) VALUES "
                    "(1, 'Tokyo 1', 'tk1.example.com', 1.5), (2, 'Paris', 'fr.example.com', 1)")
                    .arg(QLatin1String(Alice), QLatin1String(Bob))),
            QString());
        m_db = m_tdb->open(QStringLiteral("traffic"));
        QVERIFY2(m_db.isOpen(), qPrintable(m_tdb->error()));
    }

    void init() { resetTraffic(); }

    void rateMultipliesWhatUsersAreCharged()
    {
        QCOMPARE(TrafficIngest::apply(m_db, report(1, {{Alice, 1000, 3001}, {Bob, 10, 0}})), 2);
        // A user listed twice in one report is charged the sum.
        QCOMPARE(TrafficIngest::apply(m_db, report(2, {{Alice, 7, 8}, {Alice, 3, 2}})), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT concat(upload_bytes, '/', download_bytes) FROM "
                                       "users WHERE username = 'alice'"))
                     .toString(),
                 QStringLiteral("1510/4512")); // 1000·1.5 + 10, round(3001·1.5) + 10
        QCOMPARE(scalar(QStringLiteral("SELECT concat(upload_bytes, '/', download_bytes) FROM "
                                       "users WHERE username = 'bob'"))
                     .toString(),
                 QStringLiteral("15/0"));
        // The node counts the bytes that crossed it, uncharged.
        QCOMPARE(
            scalar(QStringLiteral("SELECT bandwidth_used FROM nodes WHERE id = 1")).toLongLong(),
            4011);
        QVERIFY(
            scalar(QStringLiteral("SELECT last_heartbeat_at IS NOT NULL FROM nodes WHERE id = 2"))
                .toBool());
    }

    void rollupsEqualTheRawSums()
    {
        for (int i = 0; i < 5; ++i)
            TrafficIngest::apply(m_db, report(1 + i % 2, {{Alice, 100 + i, 200 * i}, {Bob, i, 1}}));
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT count(*) FROM (SELECT node_id, user_id, date_trunc('hour', "
                            "reported_at) AS hour, sum(upload_bytes) AS u, sum(download_bytes) AS "
                            "d, sum(round(upload_bytes * rate)) AS cu, sum(round(download_bytes * "
                            "rate)) AS cd FROM node_traffic_raw GROUP BY 1, 2, 3) r FULL JOIN "
                            "node_traffic_hourly h USING (node_id, user_id, hour) WHERE h.node_id "
                            "IS NULL OR r.node_id IS NULL OR (r.u, r.d, r.cu, r.cd) IS DISTINCT "
                            "FROM (h.upload_bytes, h.download_bytes, h.charged_upload, "
                            "h.charged_download)"))
                     .toInt(),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM node_traffic_raw")).toInt(), 10);
        // What users were charged is what the rollups say.
        QCOMPARE(scalar(QStringLiteral("SELECT sum(upload_bytes + download_bytes) FROM users"))
                     .toLongLong(),
                 scalar(QStringLiteral("SELECT sum(charged_upload + charged_download) FROM "
                                       "node_traffic_hourly"))
                     .toLongLong());
    }

    void eightConcurrentIngestersLoseNothing()
    {
        const int ingesters = 8, reportsEach = 40;
        QList<QThread*> threads;
        QAtomicInt failures;
        for (int t = 0; t < ingesters; ++t) {
            threads << QThread::create([this, t, &failures] {
                const QString name = QStringLiteral("ingester-%1").arg(t);
                {
                    QSqlDatabase db = m_tdb->open(name);
                    for (int i = 0; i < reportsEach; ++i) {
                        try {
                            TrafficIngest::apply(
                                db, report(1 + (i + t) % 2, {{Alice, 1000, 2000}, {Bob, 1, 3}}));
                        } catch (const JobError&) {
                            failures.fetchAndAddRelaxed(1);
                        }
                    }
                }
                QSqlDatabase::removeDatabase(name);
            });
            threads.last()->start();
        }
        for (QThread* thread : std::as_const(threads)) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QCOMPARE(failures.loadRelaxed(), 0);
        const qint64 reports = ingesters * reportsEach; // half on each node
        // Node 1 charges 1.5×, node 2 1×: per pair of reports Alice gets 2500 up, 5000 down.
        QCOMPARE(scalar(QStringLiteral("SELECT concat(upload_bytes, '/', download_bytes) FROM "
                                       "users WHERE username = 'alice'"))
                     .toString(),
                 QStringLiteral("%1/%2").arg(reports / 2 * 2500).arg(reports / 2 * 5000));
        QCOMPARE(scalar(QStringLiteral("SELECT concat(upload_bytes, '/', download_bytes) FROM "
                                       "users WHERE username = 'bob'"))
                     .toString(),
                 QStringLiteral("%1/%2").arg(reports / 2 * 3).arg(reports / 2 * 8));
        QCOMPARE(scalar(QStringLiteral("SELECT string_agg(bandwidth_used::text, ',' ORDER BY id) "
                                       "FROM nodes"))
                     .toString(),
                 QStringLiteral("%1,%1").arg(reports / 2 * 3004));
        QCOMPARE(scalar(QStringLiteral("SELECT sum(charged_upload) FROM node_traffic_hourly "
                                       "WHERE user_id = '%1'")
                            .arg(QLatin1String(Alice)))
                     .toLongLong(),
                 reports / 2 * 2500);
    }

    void malformedReportsAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("not JSON") << QByteArray("node 1: lots") << QStringLiteral("JSON");
        QTest::newRow("no node") << QByteArray("{\"data\": []}") << QStringLiteral("node_id");
        QTest::newRow("data not a list")
            << QByteArray("{\"node_id\": 1, \"data\": {}}") << QStringLiteral("\"data\"");
        QTest::newRow("negative bytes after a good entry")
            << report(1, {{Alice, 5, 5}, {Bob, -1, 5}}) << QStringLiteral("non-negative");
        QTest::newRow("fractional bytes")
            << QByteArray("{\"node_id\": 1, \"data\": [{\"user_id\": \"" + QByteArray(Alice) +
                          "\", \"u\": 1.5, \"d\": 0}]}")
            << QStringLiteral("whole");
        QTest::newRow("bytes as text")
            << QByteArray("{\"node_id\": 1, \"data\": [{\"user_id\": \"" + QByteArray(Alice) +
                          "\", \"u\": \"10\", \"d\": 0}]}")
            << QStringLiteral("whole");
        QTest::newRow("unknown user after a good entry")
            << report(1, {{Alice, 5, 5}, {"00000000-0000-4000-8000-0000000000ff", 1, 1}})
            << QStringLiteral("00000000-0000-4000-8000-0000000000ff does not exist");
        QTest::newRow("unknown node")
            << report(99, {{Alice, 5, 5}}) << QStringLiteral("node 99 does not exist");
        QTest::newRow("SQL in the user id")
            << QByteArray("{\"node_id\": 1, \"data\": [{\"user_id\": \"'; DROP TABLE users; --\", "
                          "\"u\": 1, \"d\": 1}]}")
            << QStringLiteral("UUID");
    }

    void malformedReportsAreRefusedWhole()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, says);
        const QString before = footprint();
        QString message;
        try {
            TrafficIngest::apply(m_db, line);
        } catch (const JobError& error) {
            message = error.message;
        }
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Nothing of it was applied")), qPrintable(message));
        QCOMPARE(footprint(), before);
    }

    void commandLineAppliesGoodLinesAndNamesTheBadOnes()
    {
        const QByteArray input = report(1, {{Alice, 100, 100}}) + "\n\n" + "not json\n" +
                                 report(2, {{Bob, 10, 20}}) + "\n" +
                                 report(1, {{Alice, 1, 1}, {Bob, -5, 0}}) + "\n";
        const Run r =
            ctl({QStringLiteral("traffic"), QStringLiteral("ingest"), QStringLiteral("-")}, input);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("line 3:")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("line 5:")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("line 1:")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Applied 2 reports charging 2 users; 2 refused.")),
                 qPrintable(r.out));
        QCOMPARE(scalar(QStringLiteral("SELECT string_agg(concat(upload_bytes, '/', "
                                       "download_bytes), ',' ORDER BY username) FROM users"))
                     .toString(),
                 QStringLiteral("150/150,10/20"));

        const Run clean =
            ctl({QStringLiteral("traffic"), QStringLiteral("ingest"), QStringLiteral("-")},
                report(2, {{Bob, 1, 1}}) + "\n");
        QCOMPARE(clean.exitCode, 0);
    }

    void partitionsAreKeptAheadAndRawOnesPruned()
    {
        QCOMPARE(m_tdb->exec(QStringLiteral("DROP TABLE node_traffic_raw_%1")
                                 .arg(QDate::currentDate().addMonths(1).toString(
                                     QStringLiteral("yyyyMM")))),
                 QString());
        QCOMPARE(scalar(QStringLiteral("SELECT array_length(partitions_missing_next_month(), 1)"))
                     .toInt(),
                 1);
        Run r = ctl({QStringLiteral("partitions"), QStringLiteral("ensure"),
                     QStringLiteral("--months-ahead"), QStringLiteral("6")},
                    {});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(scalar(QStringLiteral("SELECT partitions_missing_next_month() = '{}'")).toBool());
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = "
                                  "'usage_logs_%1'")
                       .arg(QDate::currentDate().addMonths(6).toString(QStringLiteral("yyyyMM"))))
                .toInt(),
            1);

        // Old raw traffic goes; the rollups, which the charts read, stay. The report lands in
        // the oldest monthly partition the migration made (two months back), whatever today is.
        QCOMPARE(m_tdb->exec(QStringLiteral("SELECT ingest_traffic(1, '[{\"user_id\": \"%1\", "
                                            "\"u\": 5, \"d\": 5}]', (date_trunc('month', now() "
                                            "AT TIME ZONE 'UTC') - interval '2 months' + interval "
                                            "'5 days') AT TIME ZONE 'UTC')")
                                 .arg(QLatin1String(Alice))),
                 QString());
        const qint64 hourly =
            scalar(QStringLiteral("SELECT count(*) FROM node_traffic_hourly")).toLongLong();
        r = ctl({QStringLiteral("traffic"), QStringLiteral("prune"), QStringLiteral("--older-than"),
                 QStringLiteral("1")},
                {});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Dropped")), qPrintable(r.out));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM node_traffic_raw WHERE reported_at < "
                                       "date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE "
                                       "'UTC' - interval '1 month'"))
                     .toInt(),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM node_traffic_hourly")).toLongLong(),
                 hourly);
        QCOMPARE(ctl({QStringLiteral("traffic"), QStringLiteral("prune")}, {}).exitCode, 2);
    }

    void cleanupTestCase()
    {
        m_db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("traffic"));
    }
};

QTEST_GUILESS_MAIN(tst_TrafficIngest)

#include "tst_trafficingest.moc"
