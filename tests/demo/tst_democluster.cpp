// DemoCluster: a private PostgreSQL cluster that starts, serves, stops and starts again on the
// same data, also after a crash left a stale postmaster.pid.

#include "storage/Database.h"
#include "storage/DemoCluster.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using pd::storage::Database;
using pd::storage::DemoCluster;

class TestDemoCluster : public QObject
{
    Q_OBJECT

    static QVariant query(const DemoCluster& cluster, const QString& sql, QString* error = nullptr)
    {
        const QString name = QStringLiteral("democluster-test");
        QVariant value;
        {
            auto opened = Database::open(cluster.superuserProfile(), {}, name);
            if (!opened.ok()) {
                if (error)
                    *error = opened.error;
                Database::close(name);
                return {};
            }
            // One statement at a time: the driver returns only the first result of a batch.
            for (const QString& statement : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                QSqlQuery q(opened.db);
                if (!q.exec(statement)) {
                    if (error)
                        *error = q.lastError().text();
                    break;
                }
                if (q.next())
                    value = q.value(0);
            }
        }
        Database::close(name);
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (DemoCluster::findBinDir().isEmpty())
            QSKIP("No PostgreSQL server binaries on this machine.");
    }

    void findsTheNewestServer()
    {
        const QString dir = DemoCluster::findBinDir();
        QVERIFY(QFileInfo(dir + QStringLiteral("/initdb")).isExecutable());
        QVERIFY(QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable());
        QVERIFY(DemoCluster::candidateBinDirs().contains(dir));
    }

    void startsStopsAndKeepsData()
    {
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        // The postgres user (when running as root) must be able to reach the data.
        QFile::setPermissions(temp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                               QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                               QFileDevice::ExeGroup);
        const QString root = temp.path() + QStringLiteral("/demo");
        {
            DemoCluster cluster(root);
            QVERIFY(!cluster.isInitialized());
            QVERIFY2(cluster.start(), qPrintable(cluster.error()));
            QVERIFY(cluster.isRunning());
            QVERIFY(cluster.isInitialized());
            const auto profile = cluster.superuserProfile();
            QVERIFY(profile.demo);
            QVERIFY(profile.port > 0);
            QVERIFY((profile.host + QStringLiteral("/.s.PGSQL.65535")).toUtf8().size() < 100);
            QString error;
            QCOMPARE(query(cluster,
                           QStringLiteral("CREATE TABLE kept AS SELECT 42 AS answer; "
                                          "SELECT 1"),
                           &error)
                         .toInt(),
                     1);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            cluster.stop();
            QVERIFY(!cluster.isRunning());
            QVERIFY(!query(cluster, QStringLiteral("SELECT 1")).isValid());
        }
        {
            DemoCluster again(root);
            QVERIFY(again.isInitialized());
            QVERIFY2(again.start(), qPrintable(again.error()));
            QString error;
            QCOMPARE(query(again, QStringLiteral("SELECT answer FROM kept"), &error).toInt(), 42);
            QVERIFY2(error.isEmpty(), qPrintable(error));

            // A crash: the server dies without cleaning up its postmaster.pid.
            QFile pidFile(root + QStringLiteral("/data/postmaster.pid"));
            QVERIFY(pidFile.open(QIODevice::ReadOnly));
            const qint64 pid = pidFile.readLine().trimmed().toLongLong();
            pidFile.close();
            QVERIFY(pid > 0);
            QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
            QTest::qWait(1500);
            QVERIFY(QFile::exists(pidFile.fileName()));
        } // the destructor's stop finds no server; that must be harmless
        {
            DemoCluster afterCrash(root);
            QVERIFY2(afterCrash.start(), qPrintable(afterCrash.error()));
            QString error;
            QCOMPARE(query(afterCrash, QStringLiteral("SELECT answer FROM kept"), &error).toInt(),
                     42);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        } // the destructor stops what it started
        QVERIFY(!QFile::exists(root + QStringLiteral("/data/postmaster.pid")));
    }
};

QTEST_GUILESS_MAIN(TestDemoCluster)
#include "tst_democluster.moc"
