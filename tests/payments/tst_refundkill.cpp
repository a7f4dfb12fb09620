// Crash safety for real: `paneldeskctl refund create` runs as a child process against the fake
// gateway and is killed with SIGKILL at each step of a refund (approved but not yet marked sent,
// request at the gateway but not processed, processed but unanswered, answered but not yet
// recorded, during a reconcile).
// Then `paneldeskctl refund reconcile` runs: no refund may be lost or made twice.

#include "PaymentsFixture.h"
#include "storage/RefundRepository.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace pd;
using Fault = test::FakeGateway::Fault;

class TestRefundKill : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::PaymentsFixture> m_fx;
    std::unique_ptr<test::TestDatabase> m_tdb;
    QTemporaryDir m_home;
    QString m_fin;
    QString m_as; // another login for the next runs, when set
    QSqlDatabase m_owner;
    int m_orders = 0;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD"})
            e.remove(QString::fromLatin1(name));
        // The children's settings file (gateway settings) lives here, not in the real home.
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        return e;
    }

    QStringList connectionArgs() const
    {
        const auto p = m_tdb->profile(m_as.isEmpty() ? m_fin : m_as);
        return {QStringLiteral("-h"), p.host,     QStringLiteral("-p"), QString::number(p.port),
                QStringLiteral("-d"), p.database, QStringLiteral("-U"), p.user};
    }

    void start(QProcess& process, const QStringList& args)
    {
        process.setProcessEnvironment(env());
        process.start(QStringLiteral(PD_PANELDESKCTL), connectionArgs() + args);
    }

    // Runs to the end while the event loop (and so the fake gateway) keeps going.
    int run(const QStringList& args, QByteArray* output = nullptr)
    {
        QProcess process;
        start(process, args);
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            return -2;
        }
        const QByteArray out = process.readAllStandardOutput() + process.readAllStandardError();
        if (output)
            *output = out;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    void sigkill(QProcess& process)
    {
        QVERIFY(process.processId() > 0);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    }

    QString writeFile(const QString& name, const QByteArray& data)
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(data);
        return path;
    }

    struct Txn
    {
        QString id;
        QString outTradeNo;
    };

    Txn addPayment(const QString& gateway, const QString& amount = QStringLiteral("99.00"),
                   qint64 minor = 9900)
    {
        Txn t;
        t.outTradeNo = QStringLiteral("KILL%1%2")
                           .arg(gateway.left(2).toUpper())
                           .arg(++m_orders, 6, 10, QLatin1Char('0'));
        const QString currency = test::PaymentsFixture::currencyFor(gateway);
        const QString gatewayNo = test::PaymentsFixture::gatewayTradeNoFor(gateway, t.outTradeNo);
        QSqlQuery q(m_owner);
        q.prepare(QStringLiteral(
            "INSERT INTO payment_transactions (user_id, kind, amount, currency, gateway, "
            "out_trade_no, gateway_trade_no, status, paid_at) SELECT id, 'top_up', ?::numeric, ?, "
            "?, "
            "?, ?, 'completed', now() - interval '2 days' FROM users LIMIT 1 RETURNING id::text"));
        q.addBindValue(amount);
        q.addBindValue(currency);
        q.addBindValue(gateway);
        q.addBindValue(t.outTradeNo);
        q.addBindValue(gatewayNo);
        if (!q.exec() || !q.next())
            qFatal("insert payment: %s", qPrintable(q.lastError().text()));
        t.id = q.value(0).toString();
        m_fx->gateway().addTrade({gateway, t.outTradeNo, gatewayNo, minor, currency});
        return t;
    }

    QStringList refundStates(const Txn& t)
    {
        QSqlQuery q(m_owner);
        q.prepare(QStringLiteral(
            "SELECT state FROM refunds WHERE transaction_id = ?::uuid ORDER BY created_at"));
        q.addBindValue(t.id);
        q.exec();
        QStringList states;
        while (q.next())
            states << q.value(0).toString();
        return states;
    }

    // No refund lost or doubled: one refund in the database, succeeded, one at the gateway.
    void verifySettled(const Txn& t)
    {
        QCOMPARE(refundStates(t), QStringList{QStringLiteral("succeeded")});
        QCOMPARE(m_fx->gateway().refundCount(t.outTradeNo), 1);
        QCOMPARE(m_fx->gateway().refundedMinor(t.outTradeNo), 3000);
        QSqlQuery q(m_owner);
        q.prepare(QStringLiteral("SELECT status FROM payment_transactions WHERE id = ?::uuid"));
        q.addBindValue(t.id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("partially_refunded"));
    }

    // One data row per gateway.
    static void gatewayRows()
    {
        QTest::addColumn<QString>("gateway");
        for (const QString& g : payments::GatewayConfig::gateways())
            QTest::newRow(qPrintable(g)) << g;
    }

    QStringList createArgs(const Txn& t) const
    {
        return {QStringLiteral("refund"),     QStringLiteral("create"),
                QStringLiteral("--order-no"), t.outTradeNo,
                QStringLiteral("--amount"),   QStringLiteral("30.00"),
                QStringLiteral("--reason"),   QStringLiteral("Customer asked")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fx = std::make_unique<test::PaymentsFixture>();
        QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
        m_tdb = std::make_unique<test::TestDatabase>(QStringLiteral("refundkill"));
        QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
        m_fin = m_tdb->createLogin(QStringLiteral("kfin"), QStringLiteral("paneldesk_finance"));
        QVERIFY(!m_fin.isEmpty());
        m_owner = m_tdb->open(QStringLiteral("owner"));
        QSqlQuery q(m_owner);
        // A killed client's statement would otherwise run on to its commit: the server notices
        // the dead connection only when it next talks to it. With this check it aborts, as it
        // would after a crash mid-transaction.
        QVERIFY(q.exec(
            QStringLiteral("ALTER ROLE %1 SET client_connection_check_interval = 100").arg(m_fin)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO users (email, username, password_hash) VALUES "
                                      "('killed@example.com', 'killed', 'x')")));

        // The gateways are set up through the CLI itself: secrets into the keychain.
        const QString ca = writeFile(QStringLiteral("ca.pem"), m_fx->pki().caPem);
        const QString key =
            writeFile(QStringLiteral("merchant.pem"), m_fx->pki().merchantPrivatePem);
        const QString gwKey =
            writeFile(QStringLiteral("gateway.pub"), m_fx->pki().gatewayPublicPem);
        for (const QString& g : payments::GatewayConfig::gateways()) {
            const payments::GatewayConfig c = m_fx->config(g);
            QStringList args{QStringLiteral("gateway"),
                             QStringLiteral("set"),
                             g,
                             QStringLiteral("--base-url"),
                             c.baseUrl.toString(),
                             QStringLiteral("--extra-ca"),
                             ca,
                             QStringLiteral("--timeout-ms"),
                             QStringLiteral("3000")};
            if (g == QLatin1String("alipay"))
                args << QStringLiteral("--app-id") << c.appId << QStringLiteral("--private-key")
                     << key << QStringLiteral("--gateway-public-key") << gwKey;
            else if (g == QLatin1String("wechat"))
                args << QStringLiteral("--merchant-id") << c.merchantId
                     << QStringLiteral("--cert-serial") << c.certSerial
                     << QStringLiteral("--public-key-id") << c.platformKeyId
                     << QStringLiteral("--private-key") << key
                     << QStringLiteral("--gateway-public-key") << gwKey;
            else
                args << QStringLiteral("--app-id") << c.appId << QStringLiteral("--api-secret-file")
                     << writeFile(g + QStringLiteral(".secret"), c.apiSecret.toUtf8());
            QByteArray out;
            const int code = run(args, &out);
            if (code != 0 && out.contains("keychain"))
                QSKIP(qPrintable(QStringLiteral("no keychain here: ") + QString::fromUtf8(out)));
            QVERIFY2(code == 0, out.constData());
            // A signed payment query on a known order proves the settings work.
            const Txn probe = addPayment(g);
            const QString order =
                g == QLatin1String("stripe") || g == QLatin1String("paypal")
                    ? test::PaymentsFixture::gatewayTradeNoFor(g, probe.outTradeNo)
                    : probe.outTradeNo;
            const int checked = run({QStringLiteral("gateway"), QStringLiteral("check"), g,
                                     QStringLiteral("--order"), order},
                                    &out);
            QVERIFY2(checked == 0,
                     qPrintable(QStringLiteral("exit %1: ").arg(checked) + QString::fromUtf8(out)));
        }
    }

    void init() { m_fx->gateway().clearFaults(); }

    void killAtEachStep_data()
    {
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<Fault>("hold");
        QTest::addColumn<bool>("answerFirst"); // let the answer reach the child, block its record
        QTest::addColumn<int>("refundsAtKill");
        for (const QString& g : payments::GatewayConfig::gateways()) {
            QTest::newRow(qPrintable(g + QStringLiteral(" at the gateway, before processing")))
                << g << Fault::HoldBeforeProcessing << false << 0;
            QTest::newRow(qPrintable(g + QStringLiteral(" processed, before the answer")))
                << g << Fault::HoldAfterProcessing << false << 1;
            QTest::newRow(qPrintable(g + QStringLiteral(" answered, before it was recorded")))
                << g << Fault::HoldAfterProcessing << true << 1;
        }
    }

    void killAtEachStep()
    {
        QFETCH(QString, gateway);
        QFETCH(Fault, hold);
        QFETCH(bool, answerFirst);
        QFETCH(int, refundsAtKill);
        const Txn t = addPayment(gateway);
        m_fx->gateway().queueFault(gateway, hold);
        QSignalSpy held(&m_fx->gateway(), &test::FakeGateway::held);
        QProcess child;
        start(child, createArgs(t));
        QVERIFY2(held.wait(30000), child.readAllStandardError().constData());
        // The key was stored and `submitted` committed before the request left.
        QCOMPARE(refundStates(t), QStringList{QStringLiteral("submitted")});

        QSqlDatabase blocker;
        if (answerFirst) {
            // Hold the payment row so the child cannot record the answer it gets, then let
            // the answer go and kill the child while it waits on the database.
            blocker = m_tdb->open(QStringLiteral("blocker"));
            QVERIFY(blocker.transaction());
            QSqlQuery lock(blocker);
            lock.prepare(
                QStringLiteral("SELECT 1 FROM payment_transactions WHERE id = ?::uuid FOR UPDATE"));
            lock.addBindValue(t.id);
            QVERIFY(lock.exec());
            QSignalSpy answered(&m_fx->gateway(), &test::FakeGateway::answered);
            m_fx->gateway().releaseHeld();
            QVERIFY(answered.count() > 0 || answered.wait(5000));
            QSqlQuery waiting(m_owner);
            waiting.prepare(
                QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = ? "
                               "AND wait_event_type = 'Lock'"));
            waiting.addBindValue(m_fin);
            QTRY_VERIFY_WITH_TIMEOUT(
                (waiting.exec() && waiting.next() && waiting.value(0).toInt() == 1), 10000);
        }
        sigkill(child);
        if (answerFirst) {
            // Its statement is aborted once the server sees the connection gone.
            QSqlQuery gone(m_owner);
            gone.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = ?"));
            gone.addBindValue(m_fin);
            QTRY_VERIFY_WITH_TIMEOUT((gone.exec() && gone.next() && gone.value(0).toInt() == 0),
                                     10000);
            QVERIFY(blocker.rollback());
            blocker = {};
            QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
        }
        m_fx->gateway().dropHeld(); // the child is gone: nothing to answer
        QCOMPARE(m_fx->gateway().refundCount(t.outTradeNo), refundsAtKill);
        QCOMPARE(refundStates(t), QStringList{QStringLiteral("submitted")});

        // PanelDesk again: the reconciler settles it with the same key.
        QByteArray out;
        QCOMPARE(run({QStringLiteral("refund"), QStringLiteral("reconcile")}, &out), 0);
        verifySettled(t);
        QVERIFY2(out.contains("succeeded"), out.constData());
    }

    // Killed after the refund was approved (its key committed) but before `submitted` was:
    // nothing may have left the machine, and the next run sends it once with that key.
    void killBetweenApprovedAndSubmitted_data() { gatewayRows(); }

    void killBetweenApprovedAndSubmitted()
    {
        QFETCH(QString, gateway);
        const Txn t = addPayment(gateway);
        // The move to `submitted` waits on an advisory lock the test holds, so the child stops
        // inside it, with `approved` and the key committed and nothing sent.
        constexpr int Gate = 774411;
        QSqlQuery q(m_owner);
        QVERIFY(q.exec(
            QStringLiteral(
                "CREATE FUNCTION test_hold_submit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "IF OLD.state = 'approved' AND NEW.state = 'submitted' THEN "
                "PERFORM pg_advisory_lock(%1); PERFORM pg_advisory_unlock(%1); END IF; "
                "RETURN NEW; END $$")
                .arg(Gate)));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER test_hold_submit BEFORE UPDATE ON refunds "
                                      "FOR EACH ROW EXECUTE FUNCTION test_hold_submit()")));
        QSqlQuery gate(m_owner);
        gate.prepare(QStringLiteral("SELECT pg_advisory_lock(?)"));
        gate.addBindValue(Gate);
        QVERIFY(gate.exec());
        const int requestsBefore = m_fx->gateway().requestCount();

        QProcess child;
        start(child, createArgs(t));
        QSqlQuery waiting(m_owner);
        waiting.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = ? "
                                       "AND wait_event = 'advisory'"));
        waiting.addBindValue(m_fin);
        QTRY_VERIFY_WITH_TIMEOUT(
            (waiting.exec() && waiting.next() && waiting.value(0).toInt() == 1), 30000);
        QCOMPARE(refundStates(t), QStringList{QStringLiteral("approved")});
        sigkill(child);
        QSqlQuery gone(m_owner);
        gone.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = ?"));
        gone.addBindValue(m_fin);
        QTRY_VERIFY_WITH_TIMEOUT((gone.exec() && gone.next() && gone.value(0).toInt() == 0), 10000);
        gate.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
        gate.addBindValue(Gate);
        QVERIFY(gate.exec());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER test_hold_submit ON refunds")));
        QVERIFY(q.exec(QStringLiteral("DROP FUNCTION test_hold_submit()")));

        // Nothing reached the gateway, and the refund kept its key.
        QCOMPARE(m_fx->gateway().requestCount(), requestsBefore);
        QCOMPARE(m_fx->gateway().refundCount(t.outTradeNo), 0);
        QCOMPARE(refundStates(t), QStringList{QStringLiteral("approved")});
        QSqlQuery key(m_owner);
        key.prepare(QStringLiteral("SELECT idempotency_key FROM refunds WHERE transaction_id = "
                                   "?::uuid"));
        key.addBindValue(t.id);
        QVERIFY(key.exec() && key.next());
        const QString storedKey = key.value(0).toString();
        QVERIFY(!storedKey.isEmpty());

        QByteArray out;
        QCOMPARE(run({QStringLiteral("refund"), QStringLiteral("reconcile")}, &out), 0);
        verifySettled(t);
        QVERIFY2(out.contains("succeeded"), out.constData());
        QVERIFY(key.exec() && key.next());
        QCOMPARE(key.value(0).toString(), storedKey);
    }

    void killDuringReconcile_data() { gatewayRows(); }

    void killDuringReconcile()
    {
        QFETCH(QString, gateway);
        const Txn t = addPayment(gateway);
        // First the answer is lost (timeout): the refund is unknown.
        m_fx->gateway().queueFault(gateway, Fault::TimeoutAfterProcessing);
        QByteArray out;
        QCOMPARE(run(createArgs(t), &out), 1);
        QCOMPARE(refundStates(t), QStringList{QStringLiteral("unknown")});
        QVERIFY2(out.contains("reconcile"), out.constData());
        // The reconcile is killed while its own request is held at the gateway.
        m_fx->gateway().clearFaults();
        m_fx->gateway().queueFault(gateway, Fault::HoldAfterProcessing);
        m_fx->gateway().queueQueryFault(gateway, Fault::HoldBeforeProcessing);
        QSignalSpy held(&m_fx->gateway(), &test::FakeGateway::held);
        QProcess child;
        start(child, {QStringLiteral("refund"), QStringLiteral("reconcile")});
        QVERIFY(held.wait(30000));
        sigkill(child);
        m_fx->gateway().clearFaults();
        m_fx->gateway().releaseHeld();
        QCOMPARE(refundStates(t), QStringList{QStringLiteral("unknown")});
        QCOMPARE(run({QStringLiteral("refund"), QStringLiteral("reconcile")}, &out), 0);
        verifySettled(t);
    }

    void approvalFromAnotherLogin()
    {
        const QString colleague =
            m_tdb->createLogin(QStringLiteral("kfin2"), QStringLiteral("paneldesk_finance"));
        QVERIFY(!colleague.isEmpty());
        const Txn t = addPayment(QStringLiteral("alipay"), QStringLiteral("1000.00"), 100000);
        QByteArray out;
        QCOMPARE(
            run({QStringLiteral("refund"), QStringLiteral("create"), QStringLiteral("--order-no"),
                 t.outTradeNo, QStringLiteral("--amount"), QStringLiteral("600.00"),
                 QStringLiteral("--reason"), QStringLiteral("Large"), QStringLiteral("--json")},
                &out),
            0);
        const QJsonObject created =
            QJsonDocument::fromJson(out.left(out.indexOf("It is above"))).object();
        QCOMPARE(created.value(QStringLiteral("state")).toString(),
                 QStringLiteral("awaiting_approval"));
        const QString id = created.value(QStringLiteral("id")).toString();
        QCOMPARE(run({QStringLiteral("refund"), QStringLiteral("approve"), id}, &out), 1);
        QVERIFY2(out.contains("second person"), out.constData());
        m_as = colleague;
        const int code = run({QStringLiteral("refund"), QStringLiteral("approve"), id}, &out);
        m_as.clear();
        QVERIFY2(code == 0, out.constData());
        QVERIFY2(out.contains(": succeeded"), out.constData());
        QCOMPARE(m_fx->gateway().refundedMinor(t.outTradeNo), 60000);
    }

    void cliListsAsJson()
    {
        QByteArray out;
        QCOMPARE(run({QStringLiteral("refund"), QStringLiteral("list"), QStringLiteral("--status"),
                      QStringLiteral("succeeded"), QStringLiteral("--json")},
                     &out),
                 0);
        const QJsonArray refunds = QJsonDocument::fromJson(out).array();
        QVERIFY(refunds.size() >= 16);
        for (const QJsonValue& v : refunds) {
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(),
                     QStringLiteral("succeeded"));
            QVERIFY(v.toObject().value(QStringLiteral("amount")).isString()); // exact text
        }
        QCOMPARE(
            run({QStringLiteral("transactions"), QStringLiteral("list"),
                 QStringLiteral("--gateway"), QStringLiteral("wechat"), QStringLiteral("--status"),
                 QStringLiteral("partially_refunded"), QStringLiteral("--json")},
                &out),
            0);
        const QJsonArray txns = QJsonDocument::fromJson(out).array();
        QVERIFY(txns.size() >= 4);
        for (const QJsonValue& v : txns)
            QCOMPARE(v.toObject().value(QStringLiteral("gateway")).toString(),
                     QStringLiteral("wechat"));

        // The period's refunds as CSV: every refund of this database, all of which succeeded.
        const QString csv = m_home.filePath(QStringLiteral("refunds.csv"));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QCOMPARE(run({QStringLiteral("refund"), QStringLiteral("export"), QStringLiteral("--from"),
                      today.addDays(-1).toString(Qt::ISODate), QStringLiteral("--to"),
                      today.addDays(1).toString(Qt::ISODate), QStringLiteral("--output"), csv},
                     &out),
                 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(int(text.count('\n')) - 1, int(refunds.size()));
        QVERIFY(text.contains(
            refunds.first().toObject().value(QStringLiteral("out_trade_no")).toString().toUtf8()));

        // Finance reads the threshold; only an administrator may change it.
        QCOMPARE(run({QStringLiteral("refund"), QStringLiteral("threshold")}, &out), 0);
        QVERIFY2(out.contains("CNY 500.00"), out.constData());
        QCOMPARE(run({QStringLiteral("refund"), QStringLiteral("threshold"), QStringLiteral("CNY"),
                      QStringLiteral("1.00")},
                     &out),
                 1);
        QVERIFY2(out.contains("nothing was changed"), out.constData());

        // Settling by hand needs an outcome and a note, and only open refunds have one.
        const QString someRefund =
            refunds.first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(run({QStringLiteral("refund"), QStringLiteral("settle"), someRefund,
                      QStringLiteral("--as"), QStringLiteral("failed")},
                     &out),
                 2);
        QCOMPARE(run({QStringLiteral("refund"), QStringLiteral("settle"), someRefund,
                      QStringLiteral("--as"), QStringLiteral("failed"), QStringLiteral("--note"),
                      QStringLiteral("looked in the dashboard")},
                     &out),
                 1);
        QVERIFY2(out.contains("succeeded"), out.constData()); // what its state is
    }
};

QTEST_GUILESS_MAIN(TestRefundKill)
#include "tst_refundkill.moc"
