// The Transactions & Refunds page offscreen against a real database and the fake gateway: a
// finance clerk finds a WeChat Pay order, refunds ¥30.00 of its ¥99.00 in the dialog and sees it
// succeed; a refund above the threshold waits in the approval queue until a colleague approves.

#include "PaymentsFixture.h"
#include "item/LazyTableModel.h"
#include "payments/GatewaySettings.h"
#include "payments/RefundService.h"
#include "support/TestDatabase.h"
#include "ui/MessageBox.h"
#include "ui/payments/GatewaySettingsDialog.h"
#include "ui/payments/PaymentsPage.h"
#include "ui/payments/RefundDialog.h"
#include "ui/tables/TableDashboard.h"
#include "ui_conn/MemorySecretStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using pd::storage::StaffAdmin;
using pd::ui::MessageBox;

class TestPaymentsPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::PaymentsFixture> m_fx;
    std::unique_ptr<test::TestDatabase> m_tdb;
    QTemporaryDir m_settingsDir;
    test::MemorySecretStore m_secrets;
    QString m_fin1, m_fin2;
    QSqlDatabase m_owner;

    QString addPayment(const QString& gateway, const QString& orderNo, const QString& amount,
                       qint64 minor)
    {
        QSqlQuery q(m_owner);
        const QString currency = test::PaymentsFixture::currencyFor(gateway);
        const QString gatewayNo = test::PaymentsFixture::gatewayTradeNoFor(gateway, orderNo);
        q.prepare(QStringLiteral(
            "INSERT INTO payment_transactions (user_id, kind, amount, currency, gateway, "
            "out_trade_no, gateway_trade_no, status, paid_at) SELECT id, 'subscription', "
            "?::numeric, ?, ?, ?, ?, 'completed', now() - interval '10 days' FROM users LIMIT 1 "
            "RETURNING id::text"));
        q.addBindValue(amount);
        q.addBindValue(currency);
        q.addBindValue(gateway);
        q.addBindValue(orderNo);
        q.addBindValue(gatewayNo);
        if (!q.exec() || !q.next())
            return {};
        m_fx->gateway().addTrade({gateway, orderNo, gatewayNo, minor, currency});
        return q.value(0).toString();
    }

    // The raw value of the first transaction row's column `key` (empty until loaded).
    static QString transactionCell(ui::PaymentsPage& page, const char* key)
    {
        auto* model = page.transactions()->model();
        const auto& columns = model->query().columns;
        for (int c = 0; c < columns.size(); ++c) {
            if (columns.at(c).key == QLatin1String(key))
                return model->index(0, c).data(item::LazyTableModel::RawValueRole).toString();
        }
        return QStringLiteral("no column %1").arg(QLatin1String(key));
    }

    // Finds the order by typing its number and selects the row.
    bool selectOrder(ui::PaymentsPage& page, const QString& orderNo)
    {
        QTest::keyClicks(page.transactions()->searchEdit(), orderNo);
        auto* model = page.transactions()->model();
        if (!QTest::qWaitFor(
                [&] {
                    return model->rowCount() == 1 &&
                           model->index(0, 1).data().toString() == orderNo;
                },
                10000))
            return false;
        page.transactions()->view()->setCurrentIndex(model->index(0, 0));
        return QTest::qWaitFor([&] { return page.detailText().contains(orderNo); }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("PanelDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_paymentspage"));
        MessageBox::setUnattended(true);
        m_fx = std::make_unique<test::PaymentsFixture>();
        QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
        m_tdb = std::make_unique<test::TestDatabase>(QStringLiteral("paymentspage"));
        QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
        m_fin1 = m_tdb->createLogin(QStringLiteral("gfin1"), QStringLiteral("paneldesk_finance"));
        m_fin2 = m_tdb->createLogin(QStringLiteral("gfin2"), QStringLiteral("paneldesk_finance"));
        m_owner = m_tdb->open(QStringLiteral("owner"));
        QSqlQuery q(m_owner);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO users (email, username, password_hash) VALUES "
                                      "('clerk-customer@example.com', 'customer', 'x')")));
        for (const QString& g : payments::GatewayConfig::gateways()) {
            payments::GatewaySettings::savePublic(m_fx->config(g, 2000));
            bool saved = false;
            m_secrets.write(payments::GatewaySettings::secretKey(g), m_fx->secret(g), this,
                            [&](const domain::SecretStore::Result&) { saved = true; });
            QTRY_VERIFY(saved);
        }
    }

    void cleanupTestCase()
    {
        m_owner = {};
        m_tdb.reset();
    }

    void refundPartOfAWechatOrder()
    {
        const QString txn = addPayment(QStringLiteral("wechat"), QStringLiteral("WX20261101000042"),
                                       QStringLiteral("99.00"), 9900);
        QVERIFY(!txn.isEmpty());
        storage::DbWorker worker(m_tdb->profile(m_fin1), {});
        ui::PaymentsPage page(&worker, StaffAdmin::Role::Finance, &m_secrets);
        page.resize(1200, 700);
        page.show();
        QVERIFY(selectOrder(page, QStringLiteral("WX20261101000042")));
        QVERIFY(page.refundButton()->isEnabled());
        QTRY_VERIFY(page.detailText().contains(QStringLiteral("50 partial refund")));
        // The row itself tells what is left of WeChat's 365-day window and 50 refunds.
        QCOMPARE(transactionCell(page, "refund_days_left"), QStringLiteral("355"));
        QCOMPARE(transactionCell(page, "refunds_left"), QStringLiteral("50"));

        QTest::mouseClick(page.refundButton(), Qt::LeftButton);
        auto* dialog = page.findChild<ui::RefundDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isLoaded());
        QVERIFY2(dialog->limitsText().contains(QStringLiteral("¥99.00")),
                 qPrintable(dialog->limitsText()));
        QVERIFY(dialog->limitsText().contains(QStringLiteral("355 day")));
        QVERIFY(dialog->limitsText().contains(QStringLiteral("50 partial refund")));
        // More than the payment is refused before anything is asked.
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("100.00"));
        QVERIFY(!dialog->refundButton()->isEnabled());
        QVERIFY(dialog->statusText().contains(QStringLiteral("more than")));
        dialog->amountEdit()->clear();
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("30.00"));
        dialog->reasonCombo()->setCurrentIndex(1); // Duplicate payment
        QTest::keyClicks(dialog->detailsEdit(), QStringLiteral("paid twice on 1 Nov"));
        QVERIFY(dialog->refundButton()->isEnabled());
        QStringList states;
        connect(dialog, &ui::RefundDialog::refundStateChanged, this,
                [&](const QString& s) { states << s; });
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->refundButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), QStringLiteral("succeeded"), 15000);
        QVERIFY2(states.mid(0, 2) ==
                     (QStringList{QStringLiteral("approved"), QStringLiteral("submitted")}),
                 qPrintable(states.join(QLatin1Char(','))));
        QVERIFY(dialog->statusText().contains(QStringLiteral("succeeded")));
        QCOMPARE(m_fx->gateway().refundedMinor(QStringLiteral("WX20261101000042")), 3000);

        QSqlQuery q(m_owner);
        QVERIFY(q.exec(QStringLiteral("SELECT r.state, r.reason, t.status FROM refunds r JOIN "
                                      "payment_transactions t ON t.id = r.transaction_id WHERE "
                                      "t.out_trade_no = 'WX20261101000042'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("succeeded"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Duplicate payment: paid twice on 1 Nov"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("partially_refunded"));
        // The detail pane shows what is left and the refund's history.
        QTRY_VERIFY(page.detailText().contains(QStringLiteral("¥69.00")));
        page.transactions()->refresh();
        QTRY_COMPARE(transactionCell(page, "refunds_left"), QStringLiteral("49"));
        // In words: approved, then sent, then succeeded.
        const auto* history = page.findChild<QPlainTextEdit*>(QStringLiteral("refund_history"));
        QTRY_VERIFY2(history->toPlainText().contains(QStringLiteral("Submitted → Succeeded")),
                     qPrintable(history->toPlainText()));
        QVERIFY(history->toPlainText().contains(QStringLiteral("(Approved)")));
        dialog->close();
    }

    // The clerk: WeChat Pay accepts the refund as PROCESSING; the dialog says so, offers
    // to ask again, and shows it succeed when WeChat Pay says it is done.
    void wechatRefundGoesThroughProcessing()
    {
        QVERIFY(!addPayment(QStringLiteral("wechat"), QStringLiteral("WX20261101000043"),
                            QStringLiteral("99.00"), 9900)
                     .isEmpty());
        m_fx->gateway().queueFault(QStringLiteral("wechat"), test::FakeGateway::Fault::Pending);
        storage::DbWorker worker(m_tdb->profile(m_fin1), {});
        ui::PaymentsPage page(&worker, StaffAdmin::Role::Finance, &m_secrets);
        page.show();
        QVERIFY(selectOrder(page, QStringLiteral("WX20261101000043")));
        QTest::mouseClick(page.refundButton(), Qt::LeftButton);
        auto* dialog = page.findChild<ui::RefundDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isLoaded());
        QVERIFY(!dialog->checkButton()->isVisible());
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("30.00"));
        QStringList states;
        connect(dialog, &ui::RefundDialog::refundStateChanged, this,
                [&](const QString& s) { states << s; });
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->refundButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), QStringLiteral("processing"), 15000);
        QVERIFY2(dialog->statusText().contains(QStringLiteral("processing")),
                 qPrintable(dialog->statusText()));
        // Still counts against what is left while WeChat Pay works on it.
        QTRY_VERIFY2(dialog->limitsText().contains(QStringLiteral("¥69.00")),
                     qPrintable(dialog->limitsText()));
        QCOMPARE(m_fx->gateway().refundCount(QStringLiteral("WX20261101000043")), 1);

        QVERIFY(dialog->checkButton()->isVisible());
        QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), QStringLiteral("succeeded"), 15000);
        QVERIFY(!dialog->checkButton()->isVisible());
        QCOMPARE(states.first(), QStringLiteral("approved"));
        QVERIFY2(states.indexOf(QStringLiteral("submitted")) <
                         states.indexOf(QStringLiteral("processing")) &&
                     states.indexOf(QStringLiteral("processing")) <
                         states.indexOf(QStringLiteral("succeeded")),
                 qPrintable(states.join(QLatin1Char(','))));
        // Asked again, never sent again: one refund at WeChat Pay for ¥30.00.
        QCOMPARE(m_fx->gateway().refundCount(QStringLiteral("WX20261101000043")), 1);
        QCOMPARE(m_fx->gateway().refundedMinor(QStringLiteral("WX20261101000043")), 3000);
        dialog->close();
    }

    void largeRefundWaitsForApproval()
    {
        const QString txn = addPayment(QStringLiteral("alipay"), QStringLiteral("ALI2026110100077"),
                                       QStringLiteral("1000.00"), 100000);
        QVERIFY(!txn.isEmpty());
        storage::DbWorker worker(m_tdb->profile(m_fin1), {});
        ui::PaymentsPage page(&worker, StaffAdmin::Role::Finance, &m_secrets);
        page.show();
        QVERIFY(selectOrder(page, QStringLiteral("ALI2026110100077")));
        ui::RefundDialog* dialog = page.openRefundDialog(txn);
        dialog->show();
        QTRY_VERIFY(dialog->isLoaded());
        QTest::mouseClick(dialog->fullButton(), Qt::LeftButton);
        QCOMPARE(dialog->amountEdit()->text(), QStringLiteral("1000.00"));
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->refundButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog->state(), QStringLiteral("awaiting_approval"));
        QVERIFY(dialog->statusText().contains(QStringLiteral("approval")));
        QCOMPARE(m_fx->gateway().refundCount(QStringLiteral("ALI2026110100077")), 0);
        dialog->close();

        // The requester sees it in the queue but cannot approve it: the database says why.
        page.setCurrentWidget(page.approvals());
        auto* queue = page.approvals()->model();
        QTRY_COMPARE(queue->rowCount(), 1);
        QTRY_VERIFY(queue->index(0, 0).data(item::LazyTableModel::LoadedRole).toBool());
        page.approvals()->view()->setCurrentIndex(queue->index(0, 0));
        QSignalSpy finished(&page, &ui::PaymentsPage::approvalFinished);
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(page.approveButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(1).toString().contains(QStringLiteral("second person")),
                 qPrintable(finished.last().at(1).toString()));

        // A colleague approves it from their own login; it is sent and succeeds.
        storage::DbWorker colleagueWorker(m_tdb->profile(m_fin2), {});
        ui::PaymentsPage colleague(&colleagueWorker, StaffAdmin::Role::Finance, &m_secrets);
        colleague.show();
        colleague.setCurrentWidget(colleague.approvals());
        auto* theirQueue = colleague.approvals()->model();
        QTRY_COMPARE(theirQueue->rowCount(), 1);
        QTRY_VERIFY(theirQueue->index(0, 0).data(item::LazyTableModel::LoadedRole).toBool());
        colleague.approvals()->view()->setCurrentIndex(theirQueue->index(0, 0));
        QSignalSpy approved(&colleague, &ui::PaymentsPage::approvalFinished);
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(colleague.approveButton(), Qt::LeftButton);
        QVERIFY(approved.wait(15000));
        QCOMPARE(approved.last().at(1).toString(), QStringLiteral("succeeded"));
        QCOMPARE(m_fx->gateway().refundedMinor(QStringLiteral("ALI2026110100077")), 100000);
        QTRY_COMPARE(theirQueue->rowCount(), 0);
    }

    void unknownRefundIsSettledByTheReconciler()
    {
        addPayment(QStringLiteral("stripe"), QStringLiteral("ST2026110100099"),
                   QStringLiteral("20.00"), 2000);
        storage::DbWorker worker(m_tdb->profile(m_fin1), {});
        ui::PaymentsPage page(&worker, StaffAdmin::Role::Finance, &m_secrets);
        page.show();
        QVERIFY(selectOrder(page, QStringLiteral("ST2026110100099")));
        m_fx->gateway().queueFault(QStringLiteral("stripe"),
                                   test::FakeGateway::Fault::TimeoutAfterProcessing);
        ui::RefundDialog* dialog = page.openRefundDialog(page.selectedTransaction());
        dialog->show();
        QTRY_VERIFY(dialog->isLoaded());
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("5.00"));
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->refundButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), QStringLiteral("unknown"), 15000);
        QVERIFY(dialog->statusText().contains(QStringLiteral("never refunding twice")) ||
                dialog->statusText().contains(QStringLiteral("without ever refunding twice")));
        // Needs attention lists it; "Settle now" settles it with the gateway.
        page.setCurrentWidget(page.attention());
        QTRY_VERIFY(page.attention()->model()->rowCount() >= 1);
        m_fx->gateway().clearFaults();
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("settle_now")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), QStringLiteral("succeeded"), 15000);
        QTRY_VERIFY(page.reconcileText().contains(QStringLiteral("1 settled")));
        QCOMPARE(m_fx->gateway().refundCount(QStringLiteral("ST2026110100099")), 1);
        dialog->close();
    }

    void unknownRefundSettledByHand()
    {
        const QString txn = addPayment(QStringLiteral("wechat"), QStringLiteral("WX20261101000777"),
                                       QStringLiteral("40.00"), 4000);
        QVERIFY(!txn.isEmpty());
        storage::DbWorker worker(m_tdb->profile(m_fin1), {});
        ui::PaymentsPage page(&worker, StaffAdmin::Role::Finance, &m_secrets);
        page.show();
        QVERIFY(selectOrder(page, QStringLiteral("WX20261101000777")));
        // The answer is lost after the gateway made the refund.
        m_fx->gateway().queueFault(QStringLiteral("wechat"),
                                   test::FakeGateway::Fault::TimeoutAfterProcessing);
        ui::RefundDialog* dialog = page.openRefundDialog(page.selectedTransaction());
        dialog->show();
        QTRY_VERIFY(dialog->isLoaded());
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("10.00"));
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->refundButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), QStringLiteral("unknown"), 15000);
        m_fx->gateway().clearFaults();
        QSqlQuery q(m_owner);
        QVERIFY(q.exec(QStringLiteral("SELECT r.id::text FROM refunds r JOIN payment_transactions "
                                      "t ON t.id = r.transaction_id WHERE t.out_trade_no = "
                                      "'WX20261101000777'")));
        QVERIFY(q.next());
        const QString refundId = q.value(0).toString();

        // The clerk saw it paid out in the merchant platform and says so.
        page.setCurrentWidget(page.attention());
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("settle_by_hand"))->isEnabled());
        QSignalSpy settled(&page, &ui::PaymentsPage::settledByHand);
        page.settleByHand(refundId, QStringLiteral("succeeded"),
                          QStringLiteral("paid out on 1 Nov per the merchant platform"));
        QVERIFY(settled.wait(10000));
        QCOMPARE(settled.last().at(1).toString(), QStringLiteral("succeeded"));
        QVERIFY(q.exec(QStringLiteral("SELECT r.state, r.last_error, t.status FROM refunds r JOIN "
                                      "payment_transactions t ON t.id = r.transaction_id WHERE "
                                      "t.out_trade_no = 'WX20261101000777'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("succeeded"));
        QVERIFY(q.value(1).toString().contains(QStringLiteral("paid out on 1 Nov")));
        QCOMPARE(q.value(2).toString(), QStringLiteral("partially_refunded"));
        // Settled is final: the reconciler leaves it alone, and the gateway has the one refund.
        QCOMPARE(m_fx->gateway().refundCount(QStringLiteral("WX20261101000777")), 1);
        dialog->close();
    }

    void gatewaySettingsNameMalformedKeys()
    {
        ui::GatewaySettingsDialog dialog(&m_secrets);
        dialog.show();
        dialog.setCurrentGateway(QStringLiteral("alipay"));
        dialog.textField(QStringLiteral("alipay"), QStringLiteral("private_key"))
            ->setPlainText(
                QStringLiteral("-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----"));
        QSignalSpy saved(&dialog, &ui::GatewaySettingsDialog::saved);
        dialog.save();
        QVERIFY(saved.count() == 1 || saved.wait());
        QVERIFY(dialog.statusText().contains(QStringLiteral("Nothing was saved")));
        QVERIFY(dialog.statusText().contains(QStringLiteral("PEM")));
        // The stored key is still the good one: the test connection works with it.
        dialog.textField(QStringLiteral("alipay"), QStringLiteral("private_key"))->clear();
        dialog.field(QStringLiteral("alipay"), QStringLiteral("test_order"))
            ->setText(QStringLiteral("WX20261101000042")); // not an Alipay order
        addPayment(QStringLiteral("alipay"), QStringLiteral("ALI2026110100123"),
                   QStringLiteral("5.00"), 500);
        dialog.field(QStringLiteral("alipay"), QStringLiteral("test_order"))
            ->setText(QStringLiteral("ALI2026110100123"));
        QSignalSpy tested(&dialog, &ui::GatewaySettingsDialog::tested);
        dialog.testConnection();
        QVERIFY(tested.wait(10000));
        QVERIFY2(tested.last().at(1).toBool(), qPrintable(tested.last().at(2).toString()));
        QVERIFY(dialog.statusText().contains(QStringLiteral("TRADE_SUCCESS")));
        // Saving keeps the secret out of the settings file.
        dialog.save();
        QVERIFY(!QSettings().allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("private")));
    }

    void exportsTheMonthsRefundsAsCsv()
    {
        storage::DbWorker worker(m_tdb->profile(m_fin1), {});
        ui::PaymentsPage page(&worker, StaffAdmin::Role::Finance, &m_secrets);
        page.show();
        // Every refund the cases above asked for this month, as the database counts them.
        QSqlQuery q(m_owner);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*), string_agg(DISTINCT t.out_trade_no, ' ') FROM refunds r JOIN "
            "payment_transactions t ON t.id = r.transaction_id WHERE r.created_at >= "
            "date_trunc('month', now()) AND r.created_at < date_trunc('month', now()) + "
            "interval '1 month'")));
        QVERIFY(q.next());
        const int expected = q.value(0).toInt();
        QVERIFY(expected >= 3);
        const QString path = m_settingsDir.filePath(QStringLiteral("refunds.csv"));
        QSignalSpy finished(&page, &ui::PaymentsPage::exportFinished);
        page.exportMonth(path);
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.last().at(0).toLongLong(), qint64(expected));
        QVERIFY2(finished.last().at(2).toString().isEmpty(),
                 qPrintable(finished.last().at(2).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(int(text.count('\n')), expected + 1); // a header line, then one per refund
        for (const QString& order : q.value(1).toString().split(QLatin1Char(' ')))
            QVERIFY2(text.contains(order.toUtf8()), qPrintable(order));
        // Amounts with the currency's decimals, the currency beside them.
        QVERIFY2(text.contains(",30.00,CNY,"), text.constData());
        QVERIFY(!text.contains("30.0000"));
    }
};

QTEST_MAIN(TestPaymentsPage)
#include "tst_paymentspage.moc"
