// paneldeskctl's plans, subscriptions, compensate, apikeys and quota commands, run as real
// processes against a real database as an admin login (and refused for a finance login),
// including 16 concurrent `quota consume` processes against a limit of 100.
#include "SubsTestHelpers.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace pd;
using pd::test::sqlScalar;
using pd::test::TestDatabase;

class tst_SubscriptionCtl : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    std::unique_ptr<TestDatabase> m_tdb;
    QSqlDatabase m_db;
    QString m_admin, m_finance;

    QStringList connection(const QString& user) const
    {
        const auto p = m_tdb->profile(user);
        return {QStringLiteral("-h"), p.host,     QStringLiteral("-p"), QString::number(p.port),
                QStringLiteral("-d"), p.database, QStringLiteral("-U"), p.user};
    }
    static QProcess* start(const QStringList& args)
    {
        auto* process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(PD_PANELDESKCTL), args);
        return process;
    }
    static Run finish(QProcess* process)
    {
        Run r;
        if (process->waitForFinished(60000) && process->exitStatus() == QProcess::NormalExit)
            r.exitCode = process->exitCode();
        r.out = process->readAllStandardOutput();
        r.err = process->readAllStandardError();
        delete process;
        return r;
    }
    Run ctl(const QStringList& args, const QString& user = {})
    {
        return finish(start(connection(user.isEmpty() ? m_admin : user) + args));
    }
    static QJsonDocument json(const Run& r) { return QJsonDocument::fromJson(r.out); }

private Q_SLOTS:
    void initTestCase()
    {
        m_tdb = std::make_unique<TestDatabase>(QStringLiteral("subsctl"));
        QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
        m_admin =
            m_tdb->createLogin(QStringLiteral("ctl_admin"), QStringLiteral("paneldesk_admin"));
        m_finance =
            m_tdb->createLogin(QStringLiteral("ctl_finance"), QStringLiteral("paneldesk_finance"));
        QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
        QVERIFY(m_tdb
                    ->exec(QStringLiteral(
                        "INSERT INTO users (email, username, password_hash, balance, "
                        "node_group) SELECT 'c' || i || '@example.com', 'c' || i, 'h', "
                        "200, i % 3 FROM generate_series(1, 30) AS i"))
                    .isEmpty());
        m_db = m_tdb->open(QStringLiteral("check"));
        QVERIFY(m_db.isOpen());
    }

    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        storage::Database::close(QStringLiteral("check"));
        m_tdb.reset();
    }

    void plansCreateListUpdateDeactivate()
    {
        // Bad money is a usage error before anything is sent.
        for (const char* bad : {"1e3", "-5", "0.001", "99999999999999999999"}) {
            const Run r =
                ctl({QStringLiteral("plans"), QStringLiteral("create"), QStringLiteral("Bad"),
                     QStringLiteral("--price"), QString::fromLatin1(bad)});
            QCOMPARE(r.exitCode, 2);
        }
        Run r =
            ctl({QStringLiteral("plans"), QStringLiteral("create"), QStringLiteral("Pro"),
                 QStringLiteral("--price"), QStringLiteral("99.00"), QStringLiteral("--quota"),
                 QStringLiteral("100"), QStringLiteral("--traffic"), QStringLiteral("200GiB"),
                 QStringLiteral("--node-group"), QStringLiteral("2"), QStringLiteral("--feature"),
                 QStringLiteral("Fast"), QStringLiteral("--feature"), QStringLiteral("Email"),
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r).object().value(QStringLiteral("price")).toString(),
                 QStringLiteral("99.00"));
        r = ctl({QStringLiteral("plans"), QStringLiteral("create"), QStringLiteral("Yearly"),
                 QStringLiteral("--price"), QStringLiteral("999"), QStringLiteral("--cycle"),
                 QStringLiteral("yearly")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ctl({QStringLiteral("plans"), QStringLiteral("create"), QStringLiteral("pro"),
                 QStringLiteral("--price"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("name"));
        r = ctl({QStringLiteral("plans"), QStringLiteral("update"), QStringLiteral("Pro"),
                 QStringLiteral("--price"), QStringLiteral("89.50")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ctl({QStringLiteral("plans"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray plans = json(r).array();
        QCOMPARE(plans.size(), 2);
        QJsonObject pro;
        for (const QJsonValue& p : plans)
            if (p.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Pro"))
                pro = p.toObject();
        QCOMPARE(pro.value(QStringLiteral("price")).toString(), QStringLiteral("89.50"));
        QCOMPARE(pro.value(QStringLiteral("traffic_bytes")).toInteger(), 200LL << 30);
        QCOMPARE(pro.value(QStringLiteral("features")).toArray().size(), 2);
        // Finance may list but not create.
        QCOMPARE(ctl({QStringLiteral("plans"), QStringLiteral("list")}, m_finance).exitCode, 0);
        r = ctl({QStringLiteral("plans"), QStringLiteral("create"), QStringLiteral("Hack"),
                 QStringLiteral("--price"), QStringLiteral("1")},
                m_finance);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("administrators"));
    }

    void subscriptionsActs()
    {
        Run r = ctl({QStringLiteral("subscriptions"), QStringLiteral("assign"),
                     QStringLiteral("c1@example.com"), QStringLiteral("Pro"),
                     QStringLiteral("--charge"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r).object().value(QStringLiteral("quota_limit")).toInt(), 100);
        QCOMPARE(sqlScalar(m_db, QStringLiteral("SELECT balance FROM users WHERE username = 'c1'"))
                     .toString(),
                 QStringLiteral("110.50"));
        // Finance is refused, nothing changes.
        r = ctl({QStringLiteral("subscriptions"), QStringLiteral("extend"),
                 QStringLiteral("c1@example.com"), QStringLiteral("--days"), QStringLiteral("30")},
                m_finance);
        QCOMPARE(r.exitCode, 1);
        const QString endBefore =
            sqlScalar(m_db, QStringLiteral("SELECT current_period_end::text FROM "
                                           "user_subscriptions"))
                .toString();
        r = ctl({QStringLiteral("subscriptions"), QStringLiteral("extend"),
                 QStringLiteral("c1@example.com"), QStringLiteral("--days"), QStringLiteral("30")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(sqlScalar(m_db,
                          QStringLiteral("SELECT current_period_end = ?::timestamptz + "
                                         "interval '30 days' FROM user_subscriptions"),
                          {endBefore})
                    .toBool());
        r = ctl({QStringLiteral("subscriptions"), QStringLiteral("change-plan"),
                 QStringLiteral("c1@example.com"), QStringLiteral("Yearly")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("pro rata"));
        r = ctl({QStringLiteral("subscriptions"), QStringLiteral("assign"),
                 QStringLiteral("c2@example.com"), QStringLiteral("Pro"), QStringLiteral("--grant"),
                 QStringLiteral("Outage")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ctl({QStringLiteral("subscriptions"), QStringLiteral("cancel"),
                 QStringLiteral("c2@example.com")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ctl({QStringLiteral("subscriptions"), QStringLiteral("list"),
                 QStringLiteral("--status"), QStringLiteral("cancelled"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).array().size(), 1);
        QCOMPARE(json(r).array().at(0).toObject().value(QStringLiteral("email")).toString(),
                 QStringLiteral("c2@example.com"));
        // Nobody left to act on: not found.
        QCOMPARE(ctl({QStringLiteral("subscriptions"), QStringLiteral("reset-quota"),
                      QStringLiteral("c2@example.com")})
                     .exitCode,
                 4);
    }

    void quotaConsumeSixteenProcesses()
    {
        Run r = ctl({QStringLiteral("subscriptions"), QStringLiteral("assign"),
                     QStringLiteral("c3@example.com"), QStringLiteral("Pro"),
                     QStringLiteral("--grant"), QStringLiteral("load test")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        int consumed = 0, refused = 0, other = 0;
        for (int round = 0; round < 10; ++round) {
            QList<QProcess*> running;
            for (int i = 0; i < 16; ++i)
                running << start(connection(m_admin) +
                                 QStringList{QStringLiteral("quota"), QStringLiteral("consume"),
                                             QStringLiteral("c3@example.com"),
                                             QStringLiteral("dicom_processing")});
            for (QProcess* p : std::as_const(running)) {
                const Run done = finish(p);
                if (done.exitCode == 0)
                    ++consumed;
                else if (done.exitCode == 1 && done.err.contains("used up"))
                    ++refused;
                else
                    ++other;
            }
        }
        QCOMPARE(other, 0);
        QCOMPARE(consumed, 100);
        QCOMPARE(refused, 60);
        QCOMPARE(sqlScalar(m_db, QStringLiteral("SELECT s.quota_used FROM user_subscriptions s "
                                                "JOIN users u ON u.id = s.user_id WHERE "
                                                "u.username = 'c3'"))
                     .toInt(),
                 100);
    }

    void compensateDryRunThenApply()
    {
        const QStringList filter{QStringLiteral("--node-group"), QStringLiteral("2"),
                                 QStringLiteral("--state"), QStringLiteral("active")};
        Run r = ctl(QStringList{QStringLiteral("compensate"), QStringLiteral("--days"),
                                QStringLiteral("3")});
        QCOMPARE(r.exitCode, 2); // no filter and no --all
        const QString before =
            sqlScalar(m_db, QStringLiteral("SELECT sum(transfer_enable) FROM users")).toString();
        r = ctl(QStringList{QStringLiteral("compensate")} + filter +
                QStringList{QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("--gib"),
                            QStringLiteral("10"), QStringLiteral("--dry-run"),
                            QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qint64 previewed = json(r).object().value(QStringLiteral("users")).toInteger();
        QCOMPARE(previewed, sqlScalar(m_db, QStringLiteral("SELECT count(*) FROM users WHERE "
                                                           "node_group = 2 AND is_active"))
                                .toLongLong());
        QVERIFY(previewed >= 10);
        QCOMPARE(
            sqlScalar(m_db, QStringLiteral("SELECT sum(transfer_enable) FROM users")).toString(),
            before);
        r = ctl(QStringList{QStringLiteral("compensate")} + filter +
                QStringList{QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("--gib"),
                            QStringLiteral("10"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r).object().value(QStringLiteral("changed")).toInteger(), previewed);
        QCOMPARE(sqlScalar(m_db,
                           QStringLiteral("SELECT sum(transfer_enable) - ?::numeric FROM "
                                          "users"),
                           {before})
                     .toLongLong(),
                 previewed * (10LL << 30));
        QCOMPARE(sqlScalar(m_db, QStringLiteral("SELECT after->'filter'->>'node_group' FROM "
                                                "audit_log WHERE table_name = "
                                                "'bulk_compensation'"))
                     .toString(),
                 QStringLiteral("2"));
    }

    // The filter a compensation recorded in the audit log, given back with --filter, selects
    // the same users; --filter does not mix with the filter options; bad JSON is a usage error.
    void compensateWithRecordedFilter()
    {
        const QString recorded =
            sqlScalar(m_db, QStringLiteral("SELECT (after->'filter')::text FROM audit_log WHERE "
                                           "table_name = 'bulk_compensation' ORDER BY id DESC "
                                           "LIMIT 1"))
                .toString();
        QVERIFY(!recorded.isEmpty());
        const QStringList give{QStringLiteral("--days"), QStringLiteral("1"),
                               QStringLiteral("--dry-run"), QStringLiteral("--json")};
        Run r = ctl(
            QStringList{QStringLiteral("compensate"), QStringLiteral("--filter"), recorded} + give);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r).object().value(QStringLiteral("users")).toInteger(),
                 sqlScalar(m_db, QStringLiteral("SELECT count(*) FROM users WHERE node_group = 2 "
                                                "AND is_active"))
                     .toLongLong());
        QCOMPARE(json(r).object().value(QStringLiteral("applied")).toBool(true), false);
        r = ctl(QStringList{QStringLiteral("compensate"), QStringLiteral("--filter"), recorded,
                            QStringLiteral("--node-group"), QStringLiteral("1")} +
                give);
        QCOMPARE(r.exitCode, 2);
        r = ctl(QStringList{QStringLiteral("compensate"), QStringLiteral("--filter"),
                            QStringLiteral("{\"node_group\": \"two\"}")} +
                give);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("node_group"), r.err.constData());
        r = ctl(QStringList{QStringLiteral("compensate"), QStringLiteral("--filter"),
                            QStringLiteral("not json")} +
                give);
        QCOMPARE(r.exitCode, 2);
    }

    void apiKeysCreateListRevoke()
    {
        Run r = ctl({QStringLiteral("apikeys"), QStringLiteral("create"),
                     QStringLiteral("c4@example.com"), QStringLiteral("--name"),
                     QStringLiteral("CI"), QStringLiteral("--expires-days"), QStringLiteral("30")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString key = QString::fromLatin1(r.out).trimmed();
        QVERIFY(key.startsWith(QStringLiteral("sk_live_")));
        QCOMPARE(key.size(), 8 + 43);
        r = ctl({QStringLiteral("apikeys"), QStringLiteral("list"),
                 QStringLiteral("c4@example.com"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject listed = json(r).array().at(0).toObject();
        QCOMPARE(listed.value(QStringLiteral("prefix")).toString(), key.left(14));
        QVERIFY(!r.out.contains(key.toLatin1()));
        r = ctl({QStringLiteral("apikeys"), QStringLiteral("revoke"), key.left(14)}, m_finance);
        QCOMPARE(r.exitCode, 1);
        r = ctl({QStringLiteral("apikeys"), QStringLiteral("revoke"), key.left(14)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(sqlScalar(m_db, QStringLiteral("SELECT is_active FROM api_keys")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(tst_SubscriptionCtl)
#include "tst_subscriptionctl.moc"
