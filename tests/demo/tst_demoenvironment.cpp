// DemoEnvironment: a first prepare creates, migrates and fills the demo database and the demo
// logins; a second one on the same cluster keeps the data.

#include "storage/Database.h"
#include "storage/DemoEnvironment.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd::storage;

class TestDemoEnvironment : public QObject
{
    Q_OBJECT

    static qint64 count(const ConnectionProfile& profile, const QString& sql, QString* error)
    {
        const QString name = QStringLiteral("demoenv-test");
        qint64 value = -1;
        {
            auto opened = Database::open(profile, {}, name);
            if (!opened.ok()) {
                *error = opened.error;
            } else {
                QSqlQuery q(opened.db);
                if (q.exec(sql) && q.next())
                    value = q.value(0).toLongLong();
                else
                    *error = q.lastError().text();
            }
        }
        Database::close(name);
        return value;
    }

private Q_SLOTS:
    void preparesOnceAndKeepsTheData()
    {
        if (DemoCluster::findBinDir().isEmpty())
            QSKIP("No PostgreSQL server binaries on this machine.");
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        QFile::setPermissions(temp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                               QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                               QFileDevice::ExeGroup);
        DemoCluster cluster(temp.path() + QStringLiteral("/demo"));
        int lastPercent = -1;
        const auto first = DemoEnvironment::prepare(
            cluster, 300, [&](int percent, const QString&) { lastPercent = percent; });
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(first.loadedNow);
        QCOMPARE(lastPercent, 100);
        QCOMPARE(first.adminProfile.user, QStringLiteral("demo_admin"));
        QCOMPARE(first.adminProfile.database, QStringLiteral("paneldesk_demo"));
        QVERIFY(first.adminProfile.demo);

        // Each demo login connects without a password and sees the demo users.
        for (const char* login : {"demo_admin", "demo_finance", "demo_support"}) {
            QString error;
            const auto profile = DemoEnvironment::profileFor(cluster, QString::fromLatin1(login));
            QCOMPARE(count(profile, QStringLiteral("SELECT count(*) FROM users"), &error),
                     qint64(300));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }

        const auto second = DemoEnvironment::prepare(cluster, 50);
        QVERIFY2(second.ok, qPrintable(second.error));
        QVERIFY(!second.loadedNow);
        QString error;
        QCOMPARE(count(second.adminProfile, QStringLiteral("SELECT count(*) FROM users"), &error),
                 qint64(300));
    }
};

QTEST_GUILESS_MAIN(TestDemoEnvironment)
#include "tst_demoenvironment.moc"
