// The plan and subscription pages offscreen against a real database, as an administrator would
// use them: create a plan in the form, assign it to a user from the Users page, see the
// subscription on the Subscriptions page, and find every change in the audit log.
#include "SubsTestHelpers.h"
#include "item/LazyTableModel.h"
#include "storage/DbWorker.h"
#include "support/TestDatabase.h"
#include "ui/MessageBox.h"
#include "ui/apikeys/ApiKeyRevealDialog.h"
#include "ui/apikeys/ApiKeysWidget.h"
#include "ui/plans/PlanEditDialog.h"
#include "ui/plans/PlansDashboard.h"
#include "ui/subscriptions/AssignPlanDialog.h"
#include "ui/subscriptions/SubscriptionDetailPanel.h"
#include "ui/subscriptions/SubscriptionsDashboard.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UsersDashboard.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace pd;
using pd::test::sqlScalar;
using pd::test::TestDatabase;

class tst_SubscriptionsUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createPlanInTheForm();
    void assignPlanFromUsersPage();
    void subscriptionShowsAndExtends();
    void subscriptionActsWithConfirmation();
    void planWithSubscribersCannotBeDeleted();
    void everythingIsAudited();
    void supportSeesButCannotAct();
    void changePlanThenCancelNow();

private:
    void selectRow(QTableView* view, int row);
    std::unique_ptr<TestDatabase> m_tdb;
    storage::DbWorker* m_worker = nullptr;
    QSqlDatabase m_db;
    QString m_adminLogin;
};

void tst_SubscriptionsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PanelDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_subscriptionsui"));
    QSettings().clear();
    ui::MessageBox::setUnattended(true);
    m_tdb = std::make_unique<TestDatabase>(QStringLiteral("subsui"));
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    m_adminLogin =
        m_tdb->createLogin(QStringLiteral("ui_admin"), QStringLiteral("paneldesk_admin"));
    QVERIFY2(!m_adminLogin.isEmpty(), qPrintable(m_tdb->error()));
    QVERIFY(m_tdb
                ->exec(QStringLiteral("INSERT INTO users (email, username, password_hash, "
                                      "balance) VALUES ('buyer@example.com', 'buyer', 'h', 120)"))
                .isEmpty());
    m_db = m_tdb->open(QStringLiteral("check"));
    QVERIFY(m_db.isOpen());
    m_worker = new storage::DbWorker(m_tdb->profile(m_adminLogin), QString());
}

void tst_SubscriptionsUi::cleanupTestCase()
{
    delete m_worker;
    m_db = QSqlDatabase();
    storage::Database::close(QStringLiteral("check"));
    m_tdb.reset();
}

void tst_SubscriptionsUi::selectRow(QTableView* view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

void tst_SubscriptionsUi::createPlanInTheForm()
{
    ui::PlansDashboard dash(m_worker, storage::StaffAdmin::Role::Admin);
    dash.resize(1000, 600);
    dash.show();
    QVERIFY(dash.newAction()->isEnabled());
    dash.newAction()->trigger();
    ui::PlanEditDialog* dialog = dash.editDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Pro"));
    dialog->priceEdit()->clear();
    // An exponent and too many decimals keep Save disabled, with a reason.
    QTest::keyClicks(dialog->priceEdit(), QStringLiteral("1e3"));
    QVERIFY(!dialog->saveButton()->isEnabled());
    dialog->priceEdit()->clear();
    QTest::keyClicks(dialog->priceEdit(), QStringLiteral("99.001"));
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY(dialog->problems().join(QLatin1Char(' ')).contains(QStringLiteral("CNY")));
    dialog->priceEdit()->clear();
    QTest::keyClicks(dialog->priceEdit(), QStringLiteral("99.00"));
    QTest::keyClicks(dialog->quotaLimitEdit(), QStringLiteral("100"));
    dialog->trafficEdit()->clear();
    QTest::keyClicks(dialog->trafficEdit(), QStringLiteral("200 GiB"));
    dialog->nodeGroupSpin()->setValue(2);
    dialog->levelSpin()->setValue(1);
    QTest::mouseClick(dialog->addFeatureButton(), Qt::LeftButton);
    dialog->featuresList()->item(0)->setText(QStringLiteral("Priority support"));
    QVERIFY2(dialog->saveButton()->isEnabled(), qPrintable(dialog->problems().join(u' ')));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!dash.editDialog());
    QTRY_COMPARE(dash.model()->rowCount(), 1);
    QTRY_COMPARE(dash.model()->index(0, dash.columnOf(QStringLiteral("name"))).data().toString(),
                 QStringLiteral("Pro"));
    QCOMPARE(sqlScalar(m_db, QStringLiteral("SELECT concat_ws('|', price, currency, quota_limit, "
                                            "traffic_bytes, node_group, features) FROM "
                                            "subscription_plans"))
                 .toString(),
             QStringLiteral("99.0000|CNY|100|214748364800|2|[\"Priority support\"]"));

    // A second plan of the same name (other case) is refused with a sentence; the form stays.
    dash.newAction()->trigger();
    dialog = dash.editDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("PRO"));
    dialog->priceEdit()->setText(QStringLiteral("1"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->messageText().isEmpty());
    QVERIFY(dialog->messageText().contains(QStringLiteral("name")));
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("PRO"));
    dialog->reject();
}

void tst_SubscriptionsUi::assignPlanFromUsersPage()
{
    ui::UsersDashboard users(m_worker, storage::StaffAdmin::Role::Admin);
    users.resize(1400, 800);
    users.show();
    QTRY_COMPARE(users.model()->rowCount(), 1);
    QTRY_VERIFY(users.model()->index(0, 0).data(item::LazyTableModel::LoadedRole).toBool());
    selectRow(users.tableView(), 0);
    QTRY_VERIFY(users.detailPanel()->hasRecord());
    QTRY_VERIFY(users.assignPlanAction()->isEnabled());
    users.assignPlanAction()->trigger();
    auto* dialog = users.findChild<ui::AssignPlanDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->plansLoaded());
    QCOMPARE(dialog->planCombo()->currentText(), QStringLiteral("Pro"));
    QVERIFY(dialog->chargeCheck()->isChecked());
    QTest::mouseClick(dialog->assignButton(), Qt::LeftButton);
    QTRY_COMPARE(users.detailPanel()->subscriptionText(), QStringLiteral("Pro"));
    QCOMPARE(sqlScalar(m_db, QStringLiteral("SELECT balance FROM users")).toString(),
             QStringLiteral("21.00"));

    // And an API key from the same panel: shown once, stored as a hash.
    ui::ApiKeysWidget* keys = users.detailPanel()->apiKeysWidget();
    QTRY_VERIFY(keys->createButton()->isEnabled());
    keys->createKeyNamed(QStringLiteral("CI"), {});
    QTRY_COMPARE(keys->view()->topLevelItemCount(), 1);
    auto* reveal = keys->findChild<ui::ApiKeyRevealDialog*>();
    QVERIFY(reveal);
    const QString shown = reveal->findChild<QLineEdit*>()->text();
    QVERIFY(shown.startsWith(QStringLiteral("sk_live_")));
    QVERIFY(keys->view()->topLevelItem(0)->text(0).startsWith(shown.left(14)));
    QCOMPARE(sqlScalar(m_db,
                       QStringLiteral("SELECT count(*) FROM api_keys WHERE key_hash = "
                                      "encode(sha256(convert_to(?, 'UTF8')), 'hex')"),
                       {shown})
                 .toInt(),
             1);
    QTest::mouseClick(reveal->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), shown);
    reveal->close();
    QGuiApplication::clipboard()->clear();

    // Revoked from the same list: asked first, then at once and for good.
    keys->view()->setCurrentItem(keys->view()->topLevelItem(0));
    QVERIFY(keys->revokeButton()->isEnabled());
    ui::MessageBox::queueAnswer(QMessageBox::No);
    QTest::mouseClick(keys->revokeButton(), Qt::LeftButton);
    QCOMPARE(
        sqlScalar(m_db, QStringLiteral("SELECT count(*) FROM api_keys WHERE is_active")).toInt(),
        1);
    ui::MessageBox::queueAnswer(QMessageBox::Yes);
    QTest::mouseClick(keys->revokeButton(), Qt::LeftButton);
    QTRY_COMPARE(keys->view()->topLevelItemCount(), 1);
    QTRY_COMPARE(keys->view()->topLevelItem(0)->text(2), QStringLiteral("revoked"));
    QCOMPARE(sqlScalar(m_db, QStringLiteral("SELECT count(*) FROM api_keys WHERE is_active OR "
                                            "revoked_at IS NULL"))
                 .toInt(),
             0);
    keys->view()->setCurrentItem(keys->view()->topLevelItem(0));
    QVERIFY(!keys->revokeButton()->isEnabled());
}

void tst_SubscriptionsUi::subscriptionShowsAndExtends()
{
    ui::SubscriptionsDashboard dash(m_worker, storage::StaffAdmin::Role::Admin);
    dash.resize(1400, 800);
    dash.show();
    QTRY_COMPARE(dash.model()->rowCount(), 1);
    QTRY_COMPARE(dash.model()->index(0, dash.columnOf(QStringLiteral("email"))).data().toString(),
                 QStringLiteral("buyer@example.com"));
    selectRow(dash.view(), 0);
    QTRY_VERIFY(dash.detailPanel()->hasRecord());
    QVERIFY(dash.detailPanel()->planText().startsWith(QStringLiteral("Pro")));
    QCOMPARE(dash.detailPanel()->quotaBar()->maximum(), 100);
    QCOMPARE(dash.detailPanel()->historyView()->topLevelItemCount(), 1);
    const QDateTime end = dash.detailPanel()->detail().subscription.periodEnd;
    QTRY_VERIFY(dash.extendAction()->isEnabled());
    dash.extendSelectedBy(30);
    QTRY_COMPARE(dash.detailPanel()->detail().subscription.periodEnd, end.addDays(30));
    // Filters: cancelled shows none, active the one.
    dash.statusCombo()->setCurrentIndex(dash.statusCombo()->findData(QStringLiteral("cancelled")));
    QTRY_COMPARE(dash.model()->rowCount(), 0);
    dash.statusCombo()->setCurrentIndex(dash.statusCombo()->findData(QStringLiteral("active")));
    QTRY_COMPARE(dash.model()->rowCount(), 1);
    QTest::keyClicks(dash.searchEdit(), QStringLiteral("nobody"));
    QTRY_COMPARE(dash.model()->rowCount(), 0);
    dash.searchEdit()->clear();
    QTest::keyClicks(dash.searchEdit(), QStringLiteral("BUY"));
    QTRY_COMPARE(dash.model()->rowCount(), 1);
    dash.quotaSpin()->setValue(50); // nothing used yet
    QTRY_COMPARE(dash.model()->rowCount(), 0);
    dash.quotaSpin()->setValue(0);
    dash.expiringSpin()->setValue(400); // a month, extended by 30 days
    QTRY_COMPARE(dash.model()->rowCount(), 1);
    dash.expiringSpin()->setValue(20);
    QTRY_COMPARE(dash.model()->rowCount(), 0);
    dash.expiringSpin()->setValue(0);
    dash.searchEdit()->clear();
}

void tst_SubscriptionsUi::subscriptionActsWithConfirmation()
{
    ui::SubscriptionsDashboard dash(m_worker, storage::StaffAdmin::Role::Admin);
    dash.resize(1400, 800);
    dash.show();
    QTRY_COMPARE(dash.model()->rowCount(), 1);
    selectRow(dash.view(), 0);
    QTRY_VERIFY(dash.detailPanel()->hasRecord());
    const QString sub = dash.detailPanel()->detail().subscription.id.toString(QUuid::WithoutBraces);
    QVERIFY(sqlScalar(m_db,
                      QStringLiteral("SELECT consume_quota(user_id, 'scan', 7) IS NOT NULL "
                                     "FROM user_subscriptions WHERE id = ?::uuid"),
                      {sub})
                .toBool());
    dash.refresh();
    QTRY_COMPARE(dash.detailPanel()->detail().subscription.quotaUsed, 7);
    QTRY_VERIFY(dash.resetQuotaAction()->isEnabled());

    // Declining the question changes nothing; accepting resets.
    ui::MessageBox::queueAnswer(QMessageBox::No);
    dash.resetQuotaAction()->trigger();
    QTest::qWait(100);
    QCOMPARE(sqlScalar(m_db, QStringLiteral("SELECT quota_used FROM user_subscriptions")).toInt(),
             7);
    ui::MessageBox::queueAnswer(QMessageBox::Yes);
    dash.resetQuotaAction()->trigger();
    QTRY_COMPARE(dash.detailPanel()->detail().subscription.quotaUsed, 0);
    QCOMPARE(dash.detailPanel()->quotaBar()->value(), 0);

    // Auto-renew off, then cancel at period end: still active, will not renew.
    QTRY_VERIFY(dash.autoRenewAction()->isEnabled());
    QVERIFY(dash.autoRenewAction()->isChecked());
    dash.autoRenewAction()->trigger();
    QTRY_VERIFY(!dash.detailPanel()->detail().subscription.autoRenew);
    QTRY_VERIFY(dash.cancelAtEndAction()->isEnabled());
    dash.cancelAtEndAction()->trigger();
    QTRY_VERIFY(dash.detailPanel()->detail().subscription.cancelAtPeriodEnd);
    QCOMPARE(dash.detailPanel()->detail().subscription.status, QStringLiteral("active"));
    QTRY_VERIFY(!dash.cancelAtEndAction()->isEnabled());
    QVERIFY(dash.statusText().contains(QStringLiteral("will not renew")));
}

void tst_SubscriptionsUi::planWithSubscribersCannotBeDeleted()
{
    ui::PlansDashboard dash(m_worker, storage::StaffAdmin::Role::Admin);
    dash.resize(1000, 600);
    dash.show();
    QTRY_COMPARE(dash.model()->rowCount(), 1);
    QTRY_VERIFY(dash.model()->index(0, 0).data(item::LazyTableModel::LoadedRole).toBool());
    selectRow(dash.view(), 0);
    QTRY_VERIFY(dash.deleteAction()->isEnabled());
    QVERIFY(dash.deleteAction()->toolTip().contains(QStringLiteral("deactivate")));
    ui::MessageBox::clear();
    dash.deleteAction()->trigger();
    QTRY_VERIFY(dash.statusText().contains(QStringLiteral("cannot be deleted")));
    QCOMPARE(ui::MessageBox::history().size(), 0); // refused before asking
    QCOMPARE(sqlScalar(m_db, QStringLiteral("SELECT count(*) FROM subscription_plans")).toInt(), 1);
    // Deactivating is the way: asked, then done.
    ui::MessageBox::queueAnswer(QMessageBox::Yes);
    dash.toggleActiveAction()->trigger();
    QTRY_COMPARE(
        sqlScalar(m_db, QStringLiteral("SELECT is_active FROM subscription_plans")).toBool(),
        false);
    QTRY_COMPARE(dash.toggleActiveAction()->text(), QStringLiteral("&Activate"));
}

void tst_SubscriptionsUi::everythingIsAudited()
{
    const QString tables = sqlScalar(m_db,
                                     QStringLiteral("SELECT string_agg(DISTINCT table_name "
                                                    "|| ':' || action, ',') FROM audit_log "
                                                    "WHERE db_role = ?"),
                                     {m_adminLogin})
                               .toString();
    for (const char* expected :
         {"subscription_plans:INSERT", "users:UPDATE", "user_subscriptions:INSERT",
          "user_subscriptions:UPDATE", "subscription_purchases:INSERT", "api_keys:INSERT",
          "api_keys:UPDATE"})
        QVERIFY2(tables.contains(QLatin1String(expected)), qPrintable(tables));
}

void tst_SubscriptionsUi::supportSeesButCannotAct()
{
    ui::SubscriptionsDashboard dash(m_worker, storage::StaffAdmin::Role::Support);
    dash.show();
    QTRY_COMPARE(dash.model()->rowCount(), 1);
    selectRow(dash.view(), 0);
    QTRY_VERIFY(dash.detailPanel()->hasRecord());
    QVERIFY(!dash.extendAction()->isEnabled());
    QVERIFY(!dash.cancelNowAction()->isEnabled());
    ui::PlansDashboard plans(m_worker, storage::StaffAdmin::Role::Support);
    QVERIFY(!plans.newAction()->isEnabled());
}

// Moving the subscriber to a yearly plan starts a year from now for the subscription and the
// user alike; cancelling now asks first and then ends both at once.
void tst_SubscriptionsUi::changePlanThenCancelNow()
{
    QVERIFY(m_tdb
                ->exec(QStringLiteral("INSERT INTO subscription_plans (name, price, currency, "
                                      "billing_cycle, quota_limit, level) VALUES ('Pro yearly', "
                                      "990, 'CNY', 'yearly', 1200, 3)"))
                .isEmpty());
    ui::SubscriptionsDashboard dash(m_worker, storage::StaffAdmin::Role::Admin);
    dash.resize(1400, 800);
    dash.show();
    QTRY_COMPARE(dash.model()->rowCount(), 1);
    selectRow(dash.view(), 0);
    QTRY_VERIFY(dash.detailPanel()->hasRecord());
    QTRY_VERIFY(dash.changePlanAction()->isEnabled());
    const QUuid yearly = QUuid::fromString(
        sqlScalar(m_db, QStringLiteral("SELECT id::text FROM subscription_plans WHERE name = "
                                       "'Pro yearly'"))
            .toString());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    dash.changePlanSelectedTo(yearly);
    QTRY_COMPARE(dash.detailPanel()->detail().subscription.planName, QStringLiteral("Pro yearly"));
    const QDateTime end = dash.detailPanel()->detail().subscription.periodEnd;
    QVERIFY2(end >= before.addYears(1).addSecs(-5) && end <= before.addYears(1).addSecs(120),
             qPrintable(end.toString(Qt::ISODate)));
    QCOMPARE(dash.detailPanel()->detail().subscription.quotaLimit, std::optional<int>(1200));
    QCOMPARE(sqlScalar(m_db, QStringLiteral("SELECT level_expires_at = s.current_period_end AND "
                                            "level = 3 FROM users u JOIN user_subscriptions s ON "
                                            "s.user_id = u.id AND s.status = 'active'"))
                 .toBool(),
             true);

    QTRY_VERIFY(dash.cancelNowAction()->isEnabled());
    ui::MessageBox::queueAnswer(QMessageBox::No);
    dash.cancelNowAction()->trigger();
    QTest::qWait(100);
    QCOMPARE(sqlScalar(m_db, QStringLiteral("SELECT status FROM user_subscriptions")).toString(),
             QStringLiteral("active"));
    ui::MessageBox::queueAnswer(QMessageBox::Yes);
    dash.cancelNowAction()->trigger();
    QTRY_COMPARE(dash.detailPanel()->detail().subscription.status, QStringLiteral("cancelled"));
    QTRY_VERIFY(!dash.cancelNowAction()->isEnabled());
    QVERIFY(!dash.extendAction()->isEnabled());
    QCOMPARE(
        sqlScalar(m_db, QStringLiteral("SELECT level_expires_at <= now() FROM users")).toBool(),
        true);
    QCOMPARE(sqlScalar(m_db,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE db_role = ? AND "
                                      "table_name = 'user_subscriptions' AND after->>'status' = "
                                      "'cancelled'"),
                       {m_adminLogin})
                 .toInt(),
             1);
}

QTEST_MAIN(tst_SubscriptionsUi)
#include "tst_subscriptionsui.moc"
