// Live node views hear about changes through LISTEN: a heartbeat written by another connection
// arrives within a second, and after the server restarts the listener is back by itself.

#include "storage/Database.h"
#include "storage/NotificationListener.h"
#include "support/TestDatabase.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using pd::storage::ConnectionProfile;
using pd::storage::Database;
using pd::storage::NotificationListener;
using pd::test::TestDatabase;

class tst_NotificationListener : public QObject
{
    Q_OBJECT

    static bool cluster(const QString& command, const QString& dir)
    {
        QProcess p;
        p.start(QStringLiteral("bash"), {qEnvironmentVariable("PD_SOURCE_DIR") +
                                             QStringLiteral("/tests/support/pgcluster.sh"),
                                         command, dir});
        return p.waitForFinished(90000) && p.exitStatus() == QProcess::NormalExit &&
               p.exitCode() == 0;
    }

    static bool exec(const ConnectionProfile& profile, const QString& sql)
    {
        const QString name = QStringLiteral("notifier");
        bool ok = false;
        {
            auto r = Database::open(profile, {}, name);
            if (r.ok()) {
                QSqlQuery q(r.db);
                ok = q.exec(sql);
            }
        }
        Database::close(name);
        return ok;
    }

private Q_SLOTS:
    void heartbeatFromAnotherConnectionArrivesWithinASecond()
    {
        TestDatabase tdb(QStringLiteral("listen"));
        QVERIFY2(tdb.ok(), qPrintable(tdb.error()));
        QCOMPARE(
            tdb.exec(QStringLiteral(
                "INSERT INTO nodes (id, name, address) VALUES (7, 'Seoul', 'kr.example.com')")),
            QString());
        NotificationListener listener(tdb.profile(), {}, QStringLiteral("paneldesk_nodes"));
        QSignalSpy listening(&listener, &NotificationListener::listeningChanged);
        QSignalSpy notified(&listener, &NotificationListener::notified);
        listener.start();
        QTRY_VERIFY(listener.isListening());

        QVERIFY(exec(tdb.profile(), QStringLiteral("SELECT node_heartbeat(7, 12, '0.42')")));
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 1000);
        QCOMPARE(notified.first().first().toString(), QStringLiteral("7"));

        // Traffic reports move the node's heartbeat and bandwidth: they notify too.
        notified.clear();
        QVERIFY(exec(tdb.profile(), QStringLiteral("INSERT INTO users (id, email, username, "
                                                   "password_hash) VALUES "
                                                   "('00000000-0000-4000-8000-000000000001', "
                                                   "'a@example.com', 'a', 'x')")));
        QVERIFY(exec(tdb.profile(),
                     QStringLiteral("SELECT ingest_traffic(7, '[{\"user_id\": "
                                    "\"00000000-0000-4000-8000-000000000001\", \"u\": 1, \"d\": "
                                    "2}]')")));
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 1000);
        // Other channels stay quiet.
        notified.clear();
        QVERIFY(exec(tdb.profile(), QStringLiteral("NOTIFY something_else, 'x'")));
        QTest::qWait(300);
        QVERIFY(notified.isEmpty());
    }

    void recoversAfterTheServerRestarts()
    {
        // A cluster of this test's own: restarting the shared one would break the others.
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/pd-listen-XXXXXX"));
        QVERIFY(dir.isValid());
        // As root the server runs as postgres, which must be able to enter the directory.
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther);
        const QString clusterDir = dir.path() + QStringLiteral("/pg");
        QVERIFY(cluster(QStringLiteral("start"), clusterDir));
        QFile portFile(clusterDir + QStringLiteral("/port"));
        QVERIFY(portFile.open(QIODevice::ReadOnly));
        ConnectionProfile profile;
        profile.host = clusterDir + QStringLiteral("/sock");
        profile.port = portFile.readAll().trimmed().toInt();
        profile.database = QStringLiteral("postgres");
        profile.user = QStringLiteral("postgres");

        {
            NotificationListener listener(profile, {}, QStringLiteral("pd_test"));
            QSignalSpy notified(&listener, &NotificationListener::notified);
            QSignalSpy resynced(&listener, &NotificationListener::resynced);
            listener.start();
            QTRY_VERIFY(listener.isListening());
            QVERIFY(exec(profile, QStringLiteral("NOTIFY pd_test, 'before'")));
            QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 1000);

            QSignalSpy listening(&listener, &NotificationListener::listeningChanged);
            QVERIFY(cluster(QStringLiteral("restart"), clusterDir));
            QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty() && !listening.first().first().toBool(),
                                     5000);
            QTRY_VERIFY_WITH_TIMEOUT(listener.isListening(), 15000);
            QCOMPARE(resynced.size(), 1);
            QVERIFY(exec(profile, QStringLiteral("NOTIFY pd_test, 'after'")));
            QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 2, 1000);
            QCOMPARE(notified.last().first().toString(), QStringLiteral("after"));
        }
        QVERIFY(cluster(QStringLiteral("stop"), clusterDir));
    }
};

QTEST_GUILESS_MAIN(tst_NotificationListener)

#include "tst_notificationlistener.moc"
