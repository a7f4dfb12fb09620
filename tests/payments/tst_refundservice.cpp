// The refund service against the real database and the fake gateways: every fault on every
// gateway ends in the right state with at most one refund per key at the gateway; the limits
// and roles the database enforces; two clerks and two PanelDesk instances at the same moment.

#include "PaymentsFixture.h"
#include "domain/Money.h"
#include "payments/GatewaySettings.h"
#include "payments/Reconciler.h"
#include "payments/RefundService.h"
#include "storage/Database.h"
#include "storage/RefundRepository.h"
#include "support/TestDatabase.h"
#include "ui_conn/MemorySecretStore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <thread>

using namespace pd;
using namespace pd::payments;
using Fault = test::FakeGateway::Fault;

class TestRefundService : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::PaymentsFixture> m_fx;
    std::unique_ptr<test::TestDatabase> m_tdb;
    QTemporaryDir m_settingsDir;
    test::MemorySecretStore m_secrets;
    std::unique_ptr<GatewaySettings> m_settings;
    QNetworkAccessManager* m_nam = nullptr;
    QString m_fin1, m_fin2, m_admin, m_support;
    QString m_userId;
    storage::DbWorker* m_worker = nullptr;
    RefundService* m_service = nullptr;
    QSqlDatabase m_owner;
    int m_orders = 0;

    struct Txn
    {
        QString id;
        QString outTradeNo;
    };

    // A completed payment in the database and at the fake gateway.
    Txn addPayment(const QString& gateway, qint64 totalMinor, int paidDaysAgo = 3,
                   const QString& status = QStringLiteral("completed"))
    {
        Txn t;
        t.outTradeNo = QStringLiteral("PDT%1%2")
                           .arg(gateway.left(2).toUpper())
                           .arg(++m_orders, 8, 10, QLatin1Char('0'));
        const QString currency = test::PaymentsFixture::currencyFor(gateway);
        const QString gatewayNo = test::PaymentsFixture::gatewayTradeNoFor(gateway, t.outTradeNo);
        QSqlQuery q(m_owner);
        q.prepare(QStringLiteral(
            "INSERT INTO payment_transactions (user_id, kind, amount, currency, gateway, "
            "out_trade_no, gateway_trade_no, status, paid_at) VALUES (?::uuid, 'top_up', "
            "?::numeric, ?, ?, ?, ?, ?, now() - make_interval(days => ?)) RETURNING id::text"));
        q.addBindValue(m_userId);
        q.addBindValue(domain::Money(totalMinor, currency).toDecimalString());
        q.addBindValue(currency);
        q.addBindValue(gateway);
        q.addBindValue(t.outTradeNo);
        q.addBindValue(gatewayNo);
        q.addBindValue(status);
        q.addBindValue(paidDaysAgo);
        if (!q.exec() || !q.next())
            qFatal("insert payment: %s", qPrintable(q.lastError().text()));
        t.id = q.value(0).toString();
        m_fx->gateway().addTrade({gateway, t.outTradeNo, gatewayNo, totalMinor, currency});
        return t;
    }

    QSqlDatabase as(const QString& login)
    {
        const QString name = QStringLiteral("as_") + login;
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        return m_tdb->open(name, login);
    }

    storage::RefundRecord request(const QString& login, const Txn& t, const QString& amount,
                                  QString* error = nullptr)
    {
        QSqlDatabase db = as(login);
        try {
            return storage::RefundRepository::request(db, t.id, amount,
                                                      QStringLiteral("Duplicate payment"));
        } catch (const storage::JobError& e) {
            if (error)
                *error = storage::Database::sqlState(e.sqlError) + QLatin1Char(' ') + e.message;
            return {};
        }
    }

    storage::RefundRecord get(const QString& id)
    {
        return storage::RefundRepository::get(m_owner, id);
    }

    RefundService::Result process(RefundService* service, const QString& id)
    {
        bool done = false;
        RefundService::Result result;
        service->process(id, [&](const RefundService::Result& r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            result.message = QStringLiteral("test: no answer");
        return result;
    }

    QList<RefundService::Result> reconcile(RefundService* service, bool all)
    {
        bool done = false;
        QList<RefundService::Result> results;
        service->reconcile(all, [&](const QList<RefundService::Result>& r) {
            results = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            qWarning("reconcile did not finish");
        return results;
    }

    QString txnStatus(const Txn& t)
    {
        QSqlQuery q(m_owner);
        q.prepare(QStringLiteral("SELECT status FROM payment_transactions WHERE id = ?::uuid"));
        q.addBindValue(t.id);
        q.exec();
        return q.next() ? q.value(0).toString() : QString();
    }

    void setSecret(const QString& gateway, const QString& secret)
    {
        bool saved = false;
        m_secrets.write(GatewaySettings::secretKey(gateway), secret, this,
                        [&](const domain::SecretStore::Result&) { saved = true; });
        QTRY_VERIFY(saved);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("PanelDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_refundservice"));
        m_fx = std::make_unique<test::PaymentsFixture>();
        QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
        m_tdb = std::make_unique<test::TestDatabase>(QStringLiteral("refundsvc"));
        QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
        m_fin1 = m_tdb->createLogin(QStringLiteral("fin1"), QStringLiteral("paneldesk_finance"));
        m_fin2 = m_tdb->createLogin(QStringLiteral("fin2"), QStringLiteral("paneldesk_finance"));
        m_admin = m_tdb->createLogin(QStringLiteral("adm"), QStringLiteral("paneldesk_admin"));
        m_support = m_tdb->createLogin(QStringLiteral("sup"), QStringLiteral("paneldesk_support"));
        QVERIFY(!m_fin1.isEmpty() && !m_fin2.isEmpty() && !m_admin.isEmpty() &&
                !m_support.isEmpty());
        m_owner = m_tdb->open(QStringLiteral("owner"));
        QSqlQuery q(m_owner);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO users (email, username, password_hash) VALUES "
                                      "('payer@example.com', 'payer', 'x') RETURNING id::text")));
        QVERIFY(q.next());
        m_userId = q.value(0).toString();

        m_settings = std::make_unique<GatewaySettings>(&m_secrets);
        for (const QString& g : {QStringLiteral("alipay"), QStringLiteral("wechat"),
                                 QStringLiteral("stripe"), QStringLiteral("paypal")}) {
            GatewaySettings::savePublic(m_fx->config(g, 1000));
            bool saved = false;
            m_secrets.write(GatewaySettings::secretKey(g), m_fx->secret(g), this,
                            [&](const domain::SecretStore::Result&) { saved = true; });
            QTRY_VERIFY(saved);
        }
        m_nam = new QNetworkAccessManager(this);
        m_worker = new storage::DbWorker(m_tdb->profile(m_fin1), {}, this);
        m_service = new RefundService(RefundService::workerRunner(m_worker), m_settings.get(),
                                      m_nam, domain::Clock::system(), this);
    }

    void cleanupTestCase()
    {
        delete m_service;
        delete m_worker;
        m_owner = {};
        for (const QString& name : QSqlDatabase::connectionNames())
            QSqlDatabase::removeDatabase(name);
        m_tdb.reset();
    }

    void init() { m_fx->gateway().clearFaults(); }

    void faultsSettleRight_data()
    {
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("firstState");
        QTest::addColumn<QString>("finalState");
        for (const QString& g : {QStringLiteral("alipay"), QStringLiteral("wechat"),
                                 QStringLiteral("stripe"), QStringLiteral("paypal")}) {
            auto row = [&](Fault f, const char* first, const char* final) {
                QTest::newRow(qPrintable(
                    g + QLatin1Char(' ') +
                    QString::fromLatin1(QMetaEnum::fromType<Fault>().valueToKey(int(f)))))
                    << g << f << QString::fromLatin1(first) << QString::fromLatin1(final);
            };
            row(Fault::None, "succeeded", "succeeded");
            row(Fault::TimeoutAfterProcessing, "unknown", "succeeded");
            row(Fault::ResetAfterProcessing, "unknown", "succeeded");
            row(Fault::ServerErrorAfterProcessing, "unknown", "succeeded");
            row(Fault::ServerErrorBeforeProcessing, "unknown", "succeeded");
            row(Fault::MalformedAfterProcessing, "unknown", "succeeded");
            row(Fault::LateAnswer, "unknown", "succeeded");
            row(Fault::Pending, "processing", "succeeded");
            row(Fault::Refuse, "failed", "failed");
            // Alipay answers a repeat with fund_change=N: confirmed by the refund query.
            row(Fault::DuplicateDelivery, g == QLatin1String("alipay") ? "processing" : "succeeded",
                "succeeded");
            if (g == QLatin1String("alipay") || g == QLatin1String("wechat"))
                row(Fault::BadSignatureAfterProcessing, "unknown", "succeeded");
            if (g == QLatin1String("wechat"))
                row(Fault::StaleTimestamp, "unknown", "succeeded");
        }
    }

    void faultsSettleRight()
    {
        QFETCH(QString, gateway);
        QFETCH(Fault, fault);
        QFETCH(QString, firstState);
        QFETCH(QString, finalState);
        const Txn t = addPayment(gateway, 9900);
        QString error;
        const storage::RefundRecord asked = request(m_fin1, t, QStringLiteral("30.00"), &error);
        QVERIFY2(asked.isValid(), qPrintable(error));
        QCOMPARE(asked.state, QStringLiteral("approved"));
        QVERIFY(!asked.idempotencyKey.isEmpty());

        m_fx->gateway().queueFault(gateway, fault);
        const RefundService::Result first = process(m_service, asked.id);
        QCOMPARE(first.state, firstState);
        const storage::RefundRecord afterFirst = get(asked.id);
        QCOMPARE(afterFirst.state, firstState);
        QCOMPARE(afterFirst.idempotencyKey, asked.idempotencyKey);
        if (fault == Fault::ServerErrorBeforeProcessing || fault == Fault::Refuse)
            QCOMPARE(m_fx->gateway().refundCount(t.outTradeNo), 0); // settled by the resend
        if (firstState == QLatin1String("failed")) {
            QVERIFY(!afterFirst.lastErrorCode.isEmpty());
            QVERIFY(!afterFirst.lastError.isEmpty());
        }
        // Until settled, the amount counts: 70.00 more would exceed the 99.00.
        if (firstState != QLatin1String("failed")) {
            QVERIFY(!request(m_fin1, t, QStringLiteral("70.00")).isValid());
        }

        m_fx->gateway().clearFaults();
        const QList<RefundService::Result> results = reconcile(m_service, true);
        const storage::RefundRecord settled = get(asked.id);
        QCOMPARE(settled.state, finalState);
        QCOMPARE(settled.idempotencyKey, asked.idempotencyKey);
        QVERIFY(m_fx->gateway().refundCount(t.outTradeNo) <= 1);
        for (const auto& r : m_fx->gateway().refunds())
            QVERIFY(r.key == asked.idempotencyKey || r.outTradeNo != t.outTradeNo);
        if (finalState == QLatin1String("succeeded")) {
            QCOMPARE(m_fx->gateway().refundedMinor(t.outTradeNo), 3000);
            QCOMPARE(txnStatus(t), QStringLiteral("partially_refunded"));
            QVERIFY(!settled.gatewayRefundId.isEmpty());
        } else {
            QCOMPARE(m_fx->gateway().refundedMinor(t.outTradeNo), 0);
            QCOMPARE(txnStatus(t), QStringLiteral("completed"));
            // A failed refund frees its amount.
            QVERIFY(request(m_fin1, t, QStringLiteral("99.00")).isValid());
        }
    }

    void fullRefundMarksThePaymentRefunded()
    {
        const Txn t = addPayment(QStringLiteral("paypal"), 4000);
        const auto a = request(m_fin1, t, QStringLiteral("15.00"));
        const auto b = request(m_fin1, t, QStringLiteral("25.00"));
        QVERIFY(a.isValid() && b.isValid());
        QCOMPARE(process(m_service, a.id).state, QStringLiteral("succeeded"));
        QCOMPARE(txnStatus(t), QStringLiteral("partially_refunded"));
        QCOMPARE(process(m_service, b.id).state, QStringLiteral("succeeded"));
        QCOMPARE(txnStatus(t), QStringLiteral("refunded"));
        QString error;
        QVERIFY(!request(m_fin1, t, QStringLiteral("0.01"), &error).isValid());
        QVERIFY2(error.startsWith(QLatin1String("PDR01")), qPrintable(error));
    }

    void twoClerksAtTheSameMoment()
    {
        const Txn t = addPayment(QStringLiteral("wechat"), 9900);
        // Clerk 1's request is inside an open transaction when clerk 2 asks: clerk 2 waits for
        // the payment row, then sees clerk 1's refund.
        QSqlDatabase one = as(m_fin1);
        QVERIFY(one.transaction());
        QSqlQuery q(one);
        q.prepare(QStringLiteral("SELECT (refund_request(?::uuid, 60.00, 'first')).state"));
        q.addBindValue(t.id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QString secondError;
        std::atomic<bool> secondDone = false;
        const auto profile = m_tdb->profile(m_fin2);
        std::thread second([&] {
            {
                auto r = storage::Database::open(profile, {}, QStringLiteral("second_clerk"));
                QSqlQuery q2(r.db);
                q2.prepare(QStringLiteral("SELECT refund_request(?::uuid, 60.00, 'second')"));
                q2.addBindValue(t.id);
                if (!q2.exec())
                    secondError = storage::Database::sqlState(q2.lastError());
            }
            storage::Database::close(QStringLiteral("second_clerk"));
            secondDone = true;
        });
        QTest::qWait(300);
        QVERIFY(!secondDone); // blocked on the payment row
        QVERIFY(one.commit());
        second.join();
        QCOMPARE(secondError, QStringLiteral("PDR04"));
        QSqlQuery count(m_owner);
        count.prepare(
            QStringLiteral("SELECT count(*) FROM refunds WHERE transaction_id = ?::uuid"));
        count.addBindValue(t.id);
        QVERIFY(count.exec() && count.next());
        QCOMPARE(count.value(0).toInt(), 1);

        // And truly at once, many times: never more than the payment.
        const Txn u = addPayment(QStringLiteral("alipay"), 10000);
        std::atomic<int> ok = 0;
        std::vector<std::thread> clerks;
        for (int i = 0; i < 4; ++i) {
            clerks.emplace_back([&, i] {
                const QString name = QStringLiteral("clerk_%1").arg(i);
                {
                    auto r =
                        storage::Database::open(m_tdb->profile(i % 2 ? m_fin1 : m_fin2), {}, name);
                    QSqlQuery q3(r.db);
                    q3.prepare(QStringLiteral("SELECT refund_request(?::uuid, 40.00, 'race')"));
                    q3.addBindValue(u.id);
                    if (q3.exec())
                        ++ok;
                }
                storage::Database::close(name);
            });
        }
        for (auto& c : clerks)
            c.join();
        QCOMPARE(ok.load(), 2);
    }

    void roles()
    {
        const Txn t = addPayment(QStringLiteral("alipay"), 200000);
        QString error;
        QVERIFY(!request(m_support, t, QStringLiteral("1.00"), &error).isValid());
        QVERIFY2(error.startsWith(QLatin1String("42501")), qPrintable(error));
        QVERIFY(!request(m_admin, t, QStringLiteral("1.00"), &error).isValid());
        QVERIFY2(error.startsWith(QLatin1String("42501")), qPrintable(error));

        // Above the CNY threshold (500.00): waits for a second finance login.
        const auto big = request(m_fin1, t, QStringLiteral("600.00"), &error);
        QVERIFY2(big.isValid(), qPrintable(error));
        QCOMPARE(big.state, QStringLiteral("awaiting_approval"));
        QVERIFY(big.idempotencyKey.isEmpty());
        // Nothing is sent while it waits.
        QVERIFY(process(m_service, big.id).skipped);
        QCOMPARE(m_fx->gateway().refundCount(t.outTradeNo), 0);

        auto approveAs = [&](const QString& login) -> QString {
            QSqlDatabase db = as(login);
            try {
                storage::RefundRepository::approve(db, big.id);
                return {};
            } catch (const storage::JobError& e) {
                return storage::Database::sqlState(e.sqlError);
            }
        };
        QCOMPARE(approveAs(m_fin1), QStringLiteral("PDR06")); // own refund
        QCOMPARE(approveAs(m_admin), QStringLiteral("42501"));
        QCOMPARE(approveAs(m_support), QStringLiteral("42501"));
        QCOMPARE(approveAs(m_fin2), QString());
        const auto approved = get(big.id);
        QCOMPARE(approved.state, QStringLiteral("approved"));
        QCOMPARE(approved.approvedBy, m_fin2);
        QVERIFY(!approved.idempotencyKey.isEmpty());
        QCOMPARE(approveAs(m_fin2), QStringLiteral("PDR05")); // not waiting any more
        QCOMPARE(process(m_service, big.id).state, QStringLiteral("succeeded"));

        // Only an administrator sets the threshold.
        auto setThreshold = [&](const QString& login) {
            QSqlQuery q(as(login));
            return q.exec(QStringLiteral("SELECT refund_threshold_set('USD', 50.00)"));
        };
        QVERIFY(!setThreshold(m_fin1));
        QVERIFY(setThreshold(m_admin));

        // Every move is in the audit log with who made it.
        QSqlQuery audit(m_owner);
        audit.prepare(QStringLiteral("SELECT string_agg(DISTINCT db_role, ',' ORDER BY db_role) "
                                     "FROM audit_log WHERE table_name = 'refunds' AND row_id = ?"));
        audit.addBindValue(big.id);
        QVERIFY(audit.exec() && audit.next());
        const QStringList roles = audit.value(0).toString().split(QLatin1Char(','));
        QVERIFY(roles.contains(m_fin1));
        QVERIFY(roles.contains(m_fin2));
    }

    void limits()
    {
        QString error;
        const Txn pending =
            addPayment(QStringLiteral("wechat"), 1000, 1, QStringLiteral("pending"));
        QSqlQuery fix(m_owner);
        QVERIFY(!request(m_fin1, pending, QStringLiteral("1.00"), &error).isValid());
        QVERIFY2(error.startsWith(QLatin1String("PDR01")), qPrintable(error));

        const Txn old = addPayment(QStringLiteral("wechat"), 1000, 400);
        QVERIFY(!request(m_fin1, old, QStringLiteral("1.00"), &error).isValid());
        QVERIFY2(error.startsWith(QLatin1String("PDR02")), qPrintable(error));
        const Txn oldStripe = addPayment(QStringLiteral("stripe"), 1000, 400); // no window
        QVERIFY(request(m_fin1, oldStripe, QStringLiteral("1.00")).isValid());

        QVERIFY(
            fix.exec(QStringLiteral("UPDATE app_settings SET value = value || '{\"wechat\": 3}' "
                                    "WHERE key = 'refund_max_count'")));
        const Txn t = addPayment(QStringLiteral("wechat"), 1000, 10);
        QSqlDatabase db = as(m_fin1);
        storage::RefundLimits l = storage::RefundRepository::limits(db, t.id);
        QCOMPARE(l.refundable, QStringLiteral("10.0000"));
        QCOMPARE(l.refundsLeft, 3);
        QCOMPARE(l.daysLeft, 355);
        for (int i = 0; i < 3; ++i)
            QVERIFY(request(m_fin1, t, QStringLiteral("1.00")).isValid());
        QVERIFY(!request(m_fin1, t, QStringLiteral("1.00"), &error).isValid());
        QVERIFY2(error.startsWith(QLatin1String("PDR03")), qPrintable(error));
        l = storage::RefundRepository::limits(db, t.id);
        QCOMPARE(l.refundable, QStringLiteral("7.0000"));
        QCOMPARE(l.refundsLeft, 0);
        QVERIFY(
            fix.exec(QStringLiteral("UPDATE app_settings SET value = value || '{\"wechat\": 50}' "
                                    "WHERE key = 'refund_max_count'")));
        // More decimals than the currency has are refused.
        QVERIFY(!request(m_fin1, t, QStringLiteral("1.001"), &error).isValid());
        QVERIFY2(error.startsWith(QLatin1String("22023")), qPrintable(error));
    }

    void unconfiguredGatewaySendsNothing()
    {
        const Txn t = addPayment(QStringLiteral("paypal"), 5000);
        const auto r = request(m_fin1, t, QStringLiteral("10.00"));
        QVERIFY(r.isValid());
        QSettings().remove(QStringLiteral("gateways/paypal"));
        const int before = m_fx->gateway().requestCount();
        const RefundService::Result result = process(m_service, r.id);
        QVERIFY(result.skipped);
        QVERIFY2(result.message.contains(QLatin1String("not configured")),
                 qPrintable(result.message));
        const auto after = get(r.id);
        QCOMPARE(after.state, QStringLiteral("approved"));
        QCOMPARE(after.lastErrorCode, QStringLiteral("NOT_CONFIGURED"));
        QVERIFY(after.lastError.contains(QLatin1String("not configured")));
        QCOMPARE(m_fx->gateway().requestCount(), before);
        // Configured again, it goes through with the key it always had.
        GatewaySettings::savePublic(m_fx->config(QStringLiteral("paypal"), 1000));
        QCOMPARE(process(m_service, r.id).state, QStringLiteral("succeeded"));
        QCOMPARE(m_fx->gateway().refunds().last().key, r.idempotencyKey);
    }

    void unknownStaysUnknownWithoutConfiguration()
    {
        // As in the demo database: an unknown refund whose gateway is not set up here.
        const Txn t = addPayment(QStringLiteral("wechat"), 5000);
        const auto r = request(m_fin1, t, QStringLiteral("10.00"));
        QVERIFY(r.isValid());
        m_fx->gateway().queueFault(QStringLiteral("wechat"), Fault::TimeoutAfterProcessing);
        QCOMPARE(process(m_service, r.id).state, QStringLiteral("unknown"));
        m_fx->gateway().clearFaults();
        QSettings().remove(QStringLiteral("gateways/wechat"));
        reconcile(m_service, true);
        const auto after = get(r.id);
        QCOMPARE(after.state, QStringLiteral("unknown"));
        QCOMPARE(after.lastErrorCode, QStringLiteral("NOT_CONFIGURED"));
        QVERIFY(after.lastError.contains(QLatin1String("WeChat Pay is not configured")));
        // Asking again says nothing new: no more writes (nor audit rows) for the same reason.
        auto auditRows = [&] {
            QSqlQuery q(m_owner);
            q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE row_id = ?"));
            q.addBindValue(r.id);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        const int rows = auditRows();
        reconcile(m_service, true);
        QCOMPARE(auditRows(), rows);
        QCOMPARE(get(r.id).state, QStringLiteral("unknown"));
        // Set up again, it settles with the key it always had: one refund at the gateway.
        GatewaySettings::savePublic(m_fx->config(QStringLiteral("wechat"), 1000));
        QCOMPARE(process(m_service, r.id).state, QStringLiteral("succeeded"));
        QCOMPARE(m_fx->gateway().refundCount(t.outTradeNo), 1);
    }

    void keychainFailureSendsNothing()
    {
        const Txn t = addPayment(QStringLiteral("stripe"), 5000);
        const auto r = request(m_fin1, t, QStringLiteral("10.00"));
        QVERIFY(r.isValid());
        m_secrets.setFailure(domain::SecretStore::Status::NoKeychain);
        const RefundService::Result result = process(m_service, r.id);
        m_secrets.setFailure(domain::SecretStore::Status::Ok);
        QVERIFY(result.message.contains(QLatin1String("keychain")));
        QCOMPARE(get(r.id).state, QStringLiteral("approved"));
        QCOMPARE(m_fx->gateway().refundCount(t.outTradeNo), 0);
        QCOMPARE(process(m_service, r.id).state, QStringLiteral("succeeded"));
    }

    void reconcilerRunsAtStartAndBacksOff()
    {
        reconcile(m_service, true); // nothing left over
        const Txn t = addPayment(QStringLiteral("paypal"), 5000);
        const auto r = request(m_fin1, t, QStringLiteral("10.00"));
        QVERIFY(r.isValid());
        QSettings().remove(QStringLiteral("gateways/paypal"));
        Reconciler reconciler(m_service);
        QSignalSpy finished(&reconciler, &Reconciler::finished);
        reconciler.start(1000); // at once, then every second while nothing is wrong
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.last().at(1).toInt() >= 1);    // the unconfigured refund stays open
        QCOMPARE(reconciler.currentIntervalMs(), 2000); // so it waits longer
        GatewaySettings::savePublic(m_fx->config(QStringLiteral("paypal"), 1000));
        // The next run comes by itself; "settle now" does not wait for it.
        reconciler.runNow();
        QTRY_COMPARE_WITH_TIMEOUT(get(r.id).state, QStringLiteral("succeeded"), 10000);
        QTRY_COMPARE(reconciler.currentIntervalMs(), 1000);
        reconciler.stop();
    }

    void twoInstancesReconcileAtOnce()
    {
        // Leftovers of earlier cases are settled first so both instances see only these.
        reconcile(m_service, true);
        QStringList keys;
        for (const QString& g : {QStringLiteral("alipay"), QStringLiteral("wechat"),
                                 QStringLiteral("stripe"), QStringLiteral("paypal")}) {
            for (int i = 0; i < 2; ++i) {
                const Txn t = addPayment(g, 5000);
                const auto r = request(m_fin2, t, QStringLiteral("12.00"));
                QVERIFY(r.isValid());
                keys << r.idempotencyKey;
            }
        }
        storage::DbWorker otherWorker(m_tdb->profile(m_fin2), {});
        QNetworkAccessManager otherNam;
        RefundService other(RefundService::workerRunner(&otherWorker), m_settings.get(), &otherNam);
        bool doneA = false, doneB = false;
        QList<RefundService::Result> a, b;
        m_service->reconcile(true, [&](const QList<RefundService::Result>& r) {
            a = r;
            doneA = true;
        });
        other.reconcile(true, [&](const QList<RefundService::Result>& r) {
            b = r;
            doneB = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return doneA && doneB; }, 60000));
        int succeeded = 0;
        for (const auto& r : a + b)
            succeeded += r.state == QLatin1String("succeeded") && !r.skipped ? 1 : 0;
        QCOMPARE(succeeded, int(keys.size()));
        // Each key went to its gateway exactly once: the other instance left it alone.
        for (const auto& refund : m_fx->gateway().refunds()) {
            if (keys.contains(refund.key))
                QCOMPARE(refund.createRequests, 1);
        }
        QSqlQuery q(m_owner);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM refunds WHERE state <> 'succeeded' AND "
                                      "idempotency_key = ANY(string_to_array('") +
                       keys.join(QLatin1Char(',')) + QStringLiteral("', ','))")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Credentials the gateway refuses (a key rotated in the meantime) say nothing about a refund
    // whose first answer was lost: it stays unknown, never failed (which would free its amount
    // for a second refund), and settles once the right key is back.
    void refusedCredentialsNeverFailARefund_data()
    {
        QTest::addColumn<QString>("gateway");
        for (const char* g : {"alipay", "wechat", "stripe", "paypal"})
            QTest::newRow(g) << QString::fromLatin1(g);
    }

    void refusedCredentialsNeverFailARefund()
    {
        QFETCH(QString, gateway);
        const Txn t = addPayment(gateway, 9900);
        const auto r = request(m_fin1, t, QStringLiteral("30.00"));
        QVERIFY(r.isValid());
        m_fx->gateway().queueFault(gateway, Fault::TimeoutAfterProcessing);
        QCOMPARE(process(m_service, r.id).state, QStringLiteral("unknown"));
        m_fx->gateway().clearFaults();

        const bool rsa = gateway == QLatin1String("alipay") || gateway == QLatin1String("wechat");
        setSecret(gateway, rsa ? QString::fromLatin1(m_fx->pki().otherPrivatePem)
                               : QStringLiteral("sk_test_rotatedrotatedrotated"));
        const int rejected = m_fx->gateway().rejectedRequests();
        const RefundService::Result refused = process(m_service, r.id);
        setSecret(gateway, m_fx->secret(gateway));
        QVERIFY(m_fx->gateway().rejectedRequests() > rejected); // the gateway did refuse
        QCOMPARE(refused.state, QStringLiteral("unknown"));
        QCOMPARE(get(r.id).state, QStringLiteral("unknown"));
        // Its amount still counts: 70.00 more would exceed the 99.00.
        QVERIFY(!request(m_fin1, t, QStringLiteral("70.00")).isValid());

        QCOMPARE(process(m_service, r.id).state, QStringLiteral("succeeded"));
        QCOMPARE(m_fx->gateway().refundCount(t.outTradeNo), 1);
        QCOMPARE(m_fx->gateway().refundedMinor(t.outTradeNo), 3000);
    }

    // PayPal forgets request ids after about 45 days; an unknown refund older than that is not
    // resent (that could refund twice) but left unknown with the reason.
    void stalePaypalKeysAreNotResent()
    {
        const Txn t = addPayment(QStringLiteral("paypal"), 5000, 60);
        const auto r = request(m_fin1, t, QStringLiteral("10.00"));
        QVERIFY(r.isValid());
        m_fx->gateway().queueFault(QStringLiteral("paypal"), Fault::ServerErrorBeforeProcessing);
        QCOMPARE(process(m_service, r.id).state, QStringLiteral("unknown"));
        m_fx->gateway().clearFaults();
        QSqlQuery q(m_owner);
        q.prepare(QStringLiteral(
            "UPDATE refunds SET created_at = created_at - interval '41 days' WHERE id = ?::uuid"));
        q.addBindValue(r.id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        const int requests = m_fx->gateway().requestCount();
        const RefundService::Result result = process(m_service, r.id);
        QCOMPARE(result.state, QStringLiteral("unknown"));
        QCOMPARE(m_fx->gateway().requestCount(), requests);
        const auto after = get(r.id);
        QCOMPARE(after.state, QStringLiteral("unknown"));
        QCOMPARE(after.lastErrorCode, QStringLiteral("REQUEST_ID_EXPIRED"));
        QVERIFY2(after.lastError.contains(r.idempotencyKey), qPrintable(after.lastError));
        QCOMPARE(m_fx->gateway().refundCount(t.outTradeNo), 0);
        // Until someone settles it by hand, its amount stays taken.
        QVERIFY(!request(m_fin1, t, QStringLiteral("45.00")).isValid());

        // Settling by hand: finance only, with a note, once.
        auto settle = [&](const QString& login, const QString& outcome, const QString& note,
                          QString* error) {
            QSqlDatabase db = as(login);
            try {
                return storage::RefundRepository::settleByHand(db, r.id, outcome, note);
            } catch (const storage::JobError& e) {
                *error = storage::Database::sqlState(e.sqlError) + QLatin1Char(' ') + e.message;
                return storage::RefundRecord();
            }
        };
        QString error;
        QVERIFY(
            !settle(m_support, QStringLiteral("failed"), QStringLiteral("x"), &error).isValid());
        QVERIFY2(error.startsWith(QLatin1String("42501")), qPrintable(error));
        QVERIFY(!settle(m_admin, QStringLiteral("failed"), QStringLiteral("x"), &error).isValid());
        QVERIFY2(error.startsWith(QLatin1String("42501")), qPrintable(error));
        QVERIFY(!settle(m_fin2, QStringLiteral("failed"), QStringLiteral("  "), &error).isValid());
        QVERIFY2(error.startsWith(QLatin1String("22023")), qPrintable(error));
        QVERIFY(
            !settle(m_fin2, QStringLiteral("processing"), QStringLiteral("x"), &error).isValid());
        QCOMPARE(get(r.id).state, QStringLiteral("unknown"));
        const auto settled =
            settle(m_fin2, QStringLiteral("failed"),
                   QStringLiteral("no refund with this invoice id in PayPal"), &error);
        QVERIFY2(settled.isValid(), qPrintable(error));
        QCOMPARE(settled.state, QStringLiteral("failed"));
        QCOMPARE(settled.lastErrorCode, QStringLiteral("MANUAL"));
        QVERIFY(settled.lastError.contains(m_fin2));
        QVERIFY(settled.lastError.contains(QLatin1String("no refund with this invoice id")));
        QVERIFY(
            !settle(m_fin1, QStringLiteral("succeeded"), QStringLiteral("x"), &error).isValid());
        QVERIFY2(error.startsWith(QLatin1String("PDR05")), qPrintable(error));
        QCOMPARE(get(r.id).state, QStringLiteral("failed"));
        // A failed refund frees its amount.
        QVERIFY(request(m_fin1, t, QStringLiteral("45.00")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestRefundService)
#include "tst_refundservice.moc"
