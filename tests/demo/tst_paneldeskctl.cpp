// paneldeskctl as people and scripts run it: exit codes, JSON output, filters.

#include "storage/DbWorker.h"
#include "storage/DemoDataLoader.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <memory>

using pd::test::TestDatabase;

class TestPanelDeskCtl : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    std::unique_ptr<TestDatabase> m_database;
    QSqlDatabase m_db;

    QStringList connectionArgs(int portOffset = 0) const
    {
        const auto p = m_database->profile();
        return {QStringLiteral("-h"), p.host,
                QStringLiteral("-p"), QString::number(p.port + portOffset),
                QStringLiteral("-d"), p.database,
                QStringLiteral("-U"), p.user};
    }

    static Run run(const QStringList& args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PD_PANELDESKCTL), args);
        Run r;
        if (!process.waitForFinished(120000))
            return r;
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        return r;
    }

    QVariant scalar(const QString& sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<TestDatabase>(QStringLiteral("ctl"));
        QVERIFY2(m_database->ok(), qPrintable(m_database->error()));
        m_db = m_database->open(QStringLiteral("ctl-test"));
        QVERIFY(m_db.isOpen());
        pd::storage::DemoDataLoader::Options options;
        options.users = 300;
        try {
            pd::storage::DemoDataLoader::load(m_db, options);
        } catch (const pd::storage::JobError& error) {
            QFAIL(qPrintable(error.message));
        }
    }

    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--dbname"));
        QVERIFY(help.out.contains("demo-data"));
        QCOMPARE(run({QStringLiteral("-?")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--help")})
                     .exitCode,
                 0);
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("paneldeskctl "));
    }

    void migrateIsANoOpOnAMigratedDatabase()
    {
        const QVariant before =
            scalar(QStringLiteral("SELECT count(*) FROM paneldesk_schema_version"));
        QVERIFY(before.toLongLong() > 0);
        const Run r = run(connectionArgs() + QStringList{QStringLiteral("migrate")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM paneldesk_schema_version")), before);
        const Run status = run(connectionArgs() +
                               QStringList{QStringLiteral("migrate"), QStringLiteral("--status")});
        QCOMPARE(status.exitCode, 0);
    }

    void listHonoursLimitAndSearch()
    {
        Run r = run(connectionArgs() + QStringList{QStringLiteral("users"), QStringLiteral("list"),
                                                   QStringLiteral("--json"),
                                                   QStringLiteral("--limit"), QStringLiteral("7")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError error;
        QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 7);
        const QJsonObject first = doc.array().first().toObject();
        QVERIFY(!first.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(first.value(QStringLiteral("email")).toString().contains(QLatin1Char('@')));
        QVERIFY(first.value(QStringLiteral("balance")).isString()); // exact decimal text
        QVERIFY(first.value(QStringLiteral("quota")).isDouble());   // bytes as a number

        // Search by a prefix several users share; the result is what the database says.
        const QString prefix =
            scalar(
                QStringLiteral("SELECT left(lower(email), 3) FROM users WHERE deleted_at IS NULL "
                               "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"))
                .toString();
        QVERIFY(!prefix.isEmpty());
        QSet<QString> expected;
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("SELECT id::text FROM users WHERE deleted_at IS NULL AND "
                           "(lower(email) LIKE ? OR lower(username) LIKE ? OR id::text LIKE ?)"));
        for (int i = 0; i < 3; ++i)
            q.addBindValue(prefix + QLatin1Char('%'));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        while (q.next())
            expected.insert(q.value(0).toString());
        QVERIFY(expected.size() > 1);

        r = run(connectionArgs() + QStringList{QStringLiteral("users"), QStringLiteral("list"),
                                               QStringLiteral("--search"), prefix,
                                               QStringLiteral("--json"), QStringLiteral("--limit"),
                                               QStringLiteral("1000")});
        QCOMPARE(r.exitCode, 0);
        QSet<QString> got;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
            got.insert(v.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(got, expected);
    }

    void showFindsAUserAndReportsAnUnknownOne()
    {
        const QString id =
            scalar(
                QStringLiteral(
                    "SELECT id::text FROM users WHERE deleted_at IS NULL ORDER BY email LIMIT 1"))
                .toString();
        const QString email =
            scalar(QStringLiteral(
                       "SELECT email FROM users WHERE deleted_at IS NULL ORDER BY email LIMIT 1"))
                .toString();
        Run r = run(connectionArgs() + QStringList{QStringLiteral("users"), QStringLiteral("show"),
                                                   id, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject user = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(user.value(QStringLiteral("email")).toString(), email);
        QCOMPARE(user.value(QStringLiteral("id")).toString(), id);

        r = run(connectionArgs() +
                QStringList{QStringLiteral("users"), QStringLiteral("show"),
                            QStringLiteral("00000000-0000-4000-8000-000000000000")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void badUsageExitsTwo()
    {
        QCOMPARE(run(connectionArgs() + QStringList{QStringLiteral("users"), QStringLiteral("list"),
                                                    QStringLiteral("--no-such-option")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("--no-such-option")}).exitCode, 2);
        QCOMPARE(
            run(connectionArgs() + QStringList{QStringLiteral("users"), QStringLiteral("list"),
                                               QStringLiteral("--limit"), QStringLiteral("many")})
                .exitCode,
            2);
        QCOMPARE(run(connectionArgs() + QStringList{QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(run({}).exitCode, 2);
    }

    void wrongPortExitsThree()
    {
        const Run r =
            run(connectionArgs(1) + QStringList{QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.err.isEmpty());
    }

    void demoDataRefusesANonEmptyDatabase()
    {
        const Run r =
            run(connectionArgs() + QStringList{QStringLiteral("demo-data"),
                                               QStringLiteral("--users"), QStringLiteral("10")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong(), qint64(300));
    }

    void schemaNeedingMigrationExitsFive()
    {
        TestDatabase empty(QStringLiteral("ctl_empty"), false);
        QVERIFY2(empty.ok(), qPrintable(empty.error()));
        const auto p = empty.profile();
        const QStringList args{
            QStringLiteral("-h"), p.host,     QStringLiteral("-p"), QString::number(p.port),
            QStringLiteral("-d"), p.database, QStringLiteral("-U"), p.user};
        QCOMPARE(run(args + QStringList{QStringLiteral("users"), QStringLiteral("list")}).exitCode,
                 5);
        QCOMPARE(
            run(args + QStringList{QStringLiteral("migrate"), QStringLiteral("--status")}).exitCode,
            5);
        // Then migrate brings it up to date.
        const Run migrated = run(args + QStringList{QStringLiteral("migrate")});
        QVERIFY2(migrated.exitCode == 0, migrated.err.constData());
        QCOMPARE(run(args + QStringList{QStringLiteral("users"), QStringLiteral("list")}).exitCode,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestPanelDeskCtl)
#include "tst_paneldeskctl.moc"
