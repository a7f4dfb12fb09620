// The main window against a real database, offscreen: every page shows real rows, the keyboard
// moves between pages, geometry and page come back in a new window, the status bar tells where
// and as whom, a support login gets no audit log, the connect flow checks role and schema.

#include "UiTestData.h"
#include "item/LazyTableModel.h"
#include "storage/DbWorker.h"
#include "storage/Migrator.h"
#include "support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/audit/AuditLogView.h"
#include "ui/nodes/NodesDashboard.h"
#include "ui/plans/PlansDashboard.h"
#include "ui/subscriptions/SubscriptionsDashboard.h"
#include "ui/tables/TableDashboard.h"
#include "ui/usage/UsageLogsDashboard.h"
#include "ui/users/UsersDashboard.h"

#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QUuid>
#include <QtTest>

#include <memory>

using pd::storage::StaffAdmin;
using pd::ui::MainWindow;

namespace {

bool loaded(const QAbstractItemModel* model, int rows)
{
    if (model->rowCount() != rows)
        return false;
    for (int r = 0; r < rows; ++r) {
        if (!model->index(r, 0).data(pd::item::LazyTableModel::LoadedRole).toBool())
            return false;
    }
    return true;
}

QStringList column(const QAbstractItemModel* model, int c)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, c).data(pd::item::LazyTableModel::RawValueRole).toString();
    return out;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void welcomePageWithoutSession();
    void everyPageShowsRealRows();
    void shortcutsSwitchPages();
    void heavyUserOnNodesPageOpensOnUsersPage();
    void geometryAndPageAreRestored();
    void userChangeRefreshesTheAuditLog();
    void supportGetsNoAuditLogNorGatewayIds();
    void lostConnectionShowsReconnecting();
    void openSessionChecksRoleAndSchema();
    void demoLoginSwitchesRole();
    void oldSchemaIsMigratedWhenAccepted();
    void newerSchemaIsRefused();

private:
    std::unique_ptr<pd::test::TestDatabase> m_db;
    std::unique_ptr<pd::storage::DbWorker> m_worker;
    QString m_supportLogin;
};

void TestMainWindow::initTestCase()
{
    // Settings go to a test location, cleared before each test.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PanelDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    pd::ui::MessageBox::setUnattended(true);
    m_db = std::make_unique<pd::test::TestDatabase>(QStringLiteral("mainwindow"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QCOMPARE(m_db->exec(QString::fromUtf8(pd::test::uiSeedSql())), QString());
    m_worker = std::make_unique<pd::storage::DbWorker>(m_db->profile(), QString());
    m_supportLogin =
        m_db->createLogin(QStringLiteral("mwsupport"), QStringLiteral("paneldesk_support"));
    QVERIFY2(!m_supportLogin.isEmpty(), qPrintable(m_db->error()));
}

void TestMainWindow::init()
{
    QSettings().clear();
    pd::ui::MessageBox::clear();
}

void TestMainWindow::cleanupTestCase()
{
    m_worker.reset();
    QSettings().clear();
}

void TestMainWindow::welcomePageWithoutSession()
{
    MainWindow w;
    w.show();
    QVERIFY(w.welcomePage()->isVisible());
    QVERIFY(!w.hasSession());
    QCOMPARE(w.page(MainWindow::UsersPage), nullptr);
    auto* demo = w.welcomePage()->findChild<QPushButton*>(QStringLiteral("welcomeDemo"));
    auto* connect = w.welcomePage()->findChild<QPushButton*>(QStringLiteral("welcomeConnect"));
    QVERIFY(demo && demo->isVisible());
    QVERIFY(connect && connect->isVisible());
    QCOMPARE(w.connectionText(), QStringLiteral("Not connected"));
}

void TestMainWindow::everyPageShowsRealRows()
{
    MainWindow w;
    w.resize(1200, 800);
    w.setSession(m_worker.get(), StaffAdmin::Role::Admin);
    w.show();
    QVERIFY(!w.welcomePage()->isVisible());
    QVERIFY2(w.connectionText().contains(m_db->profile().name) &&
                 w.connectionText().contains(m_db->profile().host),
             qPrintable(w.connectionText()));
    QVERIFY(w.roleText().contains(StaffAdmin::displayName(StaffAdmin::Role::Admin)));
    QTRY_VERIFY2(w.serverText().startsWith(QLatin1String("PostgreSQL")),
                 qPrintable(w.serverText()));

    // Walk the navigation with the keyboard, as a person would.
    w.setCurrentPage(MainWindow::UsersPage);
    w.navigation()->setFocus();
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        QCOMPARE(w.currentPage(), page);
        QWidget* shown = w.page(page);
        QVERIFY(shown->isVisible());
        QTRY_VERIFY2(w.currentPageShowsRows(), qPrintable(w.navigation()->item(page)->text()));
        switch (page) {
        case MainWindow::UsersPage: {
            auto* users = qobject_cast<pd::ui::UsersDashboard*>(shown);
            QVERIFY(users);
            QTRY_VERIFY(loaded(users->model(), 3));
            break;
        }
        case MainWindow::PlansPage: {
            auto* plans = qobject_cast<pd::ui::PlansDashboard*>(shown);
            QVERIFY(plans);
            QTRY_VERIFY(loaded(plans->model(), 2));
            QCOMPARE(column(plans->model(), 0),
                     (QStringList{QStringLiteral("Basic Monthly"), QStringLiteral("Pro Yearly")}));
            break;
        }
        case MainWindow::SubscriptionsPage: {
            auto* subscriptions = qobject_cast<pd::ui::SubscriptionsDashboard*>(shown);
            QVERIFY(subscriptions);
            QTRY_VERIFY(loaded(subscriptions->model(), 2));
            break;
        }
        case MainWindow::PaymentsPage: {
            auto* tabs = qobject_cast<QTabWidget*>(shown);
            QVERIFY(tabs);
            auto* transactions = qobject_cast<pd::ui::TableDashboard*>(tabs->widget(0));
            QTRY_VERIFY(loaded(transactions->model(), 3));
            QVERIFY(column(transactions->model(), 1).contains(QStringLiteral("PD2024_0001")));
            tabs->setCurrentIndex(1);
            auto* refunds = qobject_cast<pd::ui::TableDashboard*>(tabs->widget(1));
            QTRY_VERIFY(loaded(refunds->model(), 1));
            QTRY_VERIFY(w.currentPageShowsRows());
            break;
        }
        case MainWindow::NodesPage: {
            auto* nodesPage = qobject_cast<pd::ui::NodesDashboard*>(shown);
            QVERIFY(nodesPage);
            auto* nodes = nodesPage->table();
            QTRY_VERIFY(loaded(nodes->model(), 2));
            QCOMPARE(column(nodes->model(), 0),
                     (QStringList{QStringLiteral("frankfurt-2"), QStringLiteral("tokyo-1")}));
            break;
        }
        case MainWindow::UsageLogsPage: {
            auto* usagePage = qobject_cast<pd::ui::UsageLogsDashboard*>(shown);
            QVERIFY(usagePage);
            QTRY_VERIFY(loaded(usagePage->table()->model(), 2));
            break;
        }
        case MainWindow::AuditPage: {
            auto* audit = qobject_cast<pd::ui::AuditLogView*>(shown);
            QVERIFY(audit);
            QTRY_VERIFY(audit->model()->rowCount() >= 10);
            QVERIFY2(audit->errorText().isEmpty(), qPrintable(audit->errorText()));
            break;
        }
        }
        if (page + 1 < MainWindow::PageCount)
            QTest::keyClick(w.navigation(), Qt::Key_Down);
    }
}

void TestMainWindow::shortcutsSwitchPages()
{
    MainWindow w;
    w.setSession(m_worker.get(), StaffAdmin::Role::Admin, QStringLiteral("PostgreSQL 15"));
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.setCurrentPage(MainWindow::UsersPage);
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(w.currentPage(), int(MainWindow::SubscriptionsPage));
    QVERIFY(w.page(MainWindow::SubscriptionsPage)->isVisible());
    QTest::keyClick(&w, Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(w.currentPage(), int(MainWindow::AuditPage));
    QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(w.currentPage(), int(MainWindow::UsersPage));
}

void TestMainWindow::heavyUserOnNodesPageOpensOnUsersPage()
{
    MainWindow w;
    w.setSession(m_worker.get(), StaffAdmin::Role::Admin, QStringLiteral("PostgreSQL 15"));
    w.show();
    w.setCurrentPage(MainWindow::NodesPage);
    auto* nodes = qobject_cast<pd::ui::NodesDashboard*>(w.page(MainWindow::NodesPage));
    QVERIFY(nodes);
    const QString carol = QStringLiteral("00000000-0000-4000-8000-000000000003");
    Q_EMIT nodes->userRequested(carol);
    QCOMPARE(w.currentPage(), int(MainWindow::UsersPage));
    auto* users = qobject_cast<pd::ui::UsersDashboard*>(w.page(MainWindow::UsersPage));
    QVERIFY(users);
    QTRY_COMPARE_WITH_TIMEOUT(users->tableView()->currentIndex().row(), 0, 10000);
    QCOMPARE(users->model()->rowCount(), 1);
    QCOMPARE(QUuid::fromString(users->model()->rowId(0).toString()), QUuid::fromString(carol));
}

void TestMainWindow::geometryAndPageAreRestored()
{
    {
        MainWindow first;
        first.setSession(m_worker.get(), StaffAdmin::Role::Admin, QStringLiteral("PostgreSQL 15"));
        first.show();
        first.resize(1234, 876);
        QTRY_COMPARE(first.size(), QSize(1234, 876));
        first.setCurrentPage(MainWindow::NodesPage);
        first.close();
    }
    MainWindow second;
    QCOMPARE(second.size(), QSize(1234, 876));
    second.setSession(m_worker.get(), StaffAdmin::Role::Admin, QStringLiteral("PostgreSQL 15"));
    second.show();
    QCOMPARE(second.currentPage(), int(MainWindow::NodesPage));
    QVERIFY(second.page(MainWindow::NodesPage)->isVisible());
    QTRY_VERIFY(second.currentPageShowsRows());
}

void TestMainWindow::userChangeRefreshesTheAuditLog()
{
    MainWindow w;
    w.setSession(m_worker.get(), StaffAdmin::Role::Admin, QStringLiteral("PostgreSQL 15"));
    w.show();
    w.setCurrentPage(MainWindow::AuditPage);
    pd::ui::AuditLogView* audit = w.auditView();
    QVERIFY(audit);
    QTRY_VERIFY(audit->model()->rowCount() >= 10);
    QTRY_VERIFY(loaded(audit->model(), audit->model()->rowCount()));
    const int before = audit->model()->rowCount();

    QCOMPARE(m_db->exec(QStringLiteral("UPDATE users SET is_active = false WHERE email = "
                                       "'carol@example.com'")),
             QString());
    auto* users = qobject_cast<pd::ui::UsersDashboard*>(w.page(MainWindow::UsersPage));
    QVERIFY(users);
    // What the Users page says after a save; the audit view follows without a manual refresh.
    Q_EMIT users->userChanged(QUuid(QStringLiteral("00000000-0000-4000-8000-000000000003")));
    QTRY_COMPARE(audit->model()->rowCount(), before + 1);
    QTRY_COMPARE(
        audit->model()->index(0, 4).data(pd::item::LazyTableModel::RawValueRole).toString(),
        QStringLiteral("00000000-0000-4000-8000-000000000003"));
}

void TestMainWindow::supportGetsNoAuditLogNorGatewayIds()
{
    pd::storage::DbWorker support(m_db->profile(m_supportLogin), QString());
    MainWindow w;
    w.setSession(&support, StaffAdmin::Role::Support);
    w.show();
    QVERIFY(w.roleText().contains(StaffAdmin::displayName(StaffAdmin::Role::Support)));
    QCOMPARE(w.auditView(), nullptr);
    QVERIFY(qobject_cast<QLabel*>(w.page(MainWindow::AuditPage)));

    w.setCurrentPage(MainWindow::PaymentsPage);
    auto* tabs = qobject_cast<QTabWidget*>(w.page(MainWindow::PaymentsPage));
    auto* transactions = qobject_cast<pd::ui::TableDashboard*>(tabs->widget(0));
    QTRY_VERIFY(loaded(transactions->model(), 3));
    QVERIFY2(transactions->errorText().isEmpty(), qPrintable(transactions->errorText()));
    for (const auto& c : transactions->model()->query().columns)
        QVERIFY(c.key != QLatin1String("gateway_trade_no"));
}

void TestMainWindow::lostConnectionShowsReconnecting()
{
    pd::storage::DbWorker worker(m_db->profile(), QString());
    MainWindow w;
    w.setSession(&worker, StaffAdmin::Role::Admin);
    w.show();
    QTRY_VERIFY(w.serverText().startsWith(QLatin1String("PostgreSQL")));

    QStringList statesSeen;
    connect(&worker, &pd::storage::DbWorker::connectionStateChanged, this,
            [&](bool up, const QString&) {
                statesSeen << (up ? QStringLiteral("up") : w.connectionStateText());
            });
    // Someone (a DBA, a restart) ends the window's server session.
    QCOMPARE(m_db->exec(QStringLiteral(
                 "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                 "current_database() AND application_name = 'paneldesk' AND pid <> "
                 "pg_backend_pid()")),
             QString());
    w.setCurrentPage(MainWindow::PlansPage);
    w.refreshCurrentPage();
    QTRY_VERIFY(statesSeen.contains(QStringLiteral("up")));
    QVERIFY2(statesSeen.first().startsWith(QStringLiteral("Disconnected")),
             qPrintable(statesSeen.join(QLatin1Char('|'))));
    QTRY_VERIFY(w.connectionStateText().isEmpty());
    QTRY_VERIFY(w.currentPageShowsRows());
}

void TestMainWindow::openSessionChecksRoleAndSchema()
{
    MainWindow w;
    w.show();
    QSignalSpy changed(&w, &MainWindow::sessionChanged);
    // The test cluster's superuser owns the schema: it gets the administrator's pages.
    w.openSession(m_db->profile(), QString());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(w.role(), StaffAdmin::Role::Admin);
    QVERIFY(w.serverText().startsWith(QLatin1String("PostgreSQL")));
    QTRY_VERIFY(w.currentPageShowsRows());

    // A support login connects as support.
    w.openSession(m_db->profile(m_supportLogin), QString());
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(w.role(), StaffAdmin::Role::Support);

    // A login without a staff group is told so and nothing changes.
    const QString outsider =
        QStringLiteral("pdt_outsider_%1").arg(QCoreApplication::applicationPid());
    m_db->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(outsider));
    QCOMPARE(m_db->exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(outsider)), QString());
    QSignalSpy failed(&w, &MainWindow::sessionFailed);
    w.openSession(m_db->profile(outsider), QString());
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("staff")),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(w.role(), StaffAdmin::Role::Support); // the previous session stays
    w.clearSession();
    m_db->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(outsider));
}

void TestMainWindow::demoLoginSwitchesRole()
{
    // The demo's logins, as DemoEnvironment makes them (roles are per cluster: only this test
    // makes them in the test cluster).
    for (const char* group : {"admin", "finance", "support"}) {
        const QString login = QStringLiteral("demo_%1").arg(QLatin1String(group));
        m_db->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
        QCOMPARE(m_db->exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE paneldesk_%2")
                                .arg(login, QLatin1String(group))),
                 QString());
    }
    pd::storage::ConnectionProfile demo = m_db->profile(QStringLiteral("demo_admin"));
    demo.demo = true;

    MainWindow w;
    w.show();
    auto* menu = w.findChild<QMenu*>(QStringLiteral("demoLoginMenu"));
    auto* gateways = w.findChild<QAction*>(QStringLiteral("paymentGateways"));
    QVERIFY(menu && gateways);
    QVERIFY(!menu->isEnabled());
    QSignalSpy changed(&w, &MainWindow::sessionChanged);
    w.openSession(demo, QString());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(w.role(), StaffAdmin::Role::Admin);
    QVERIFY(menu->isEnabled());
    QVERIFY(gateways->isEnabled());
    QAction* finance = nullptr;
    QAction* support = nullptr;
    for (QAction* a : menu->actions()) {
        QCOMPARE(a->isChecked(), a->data().toString() == QLatin1String("demo_admin"));
        if (a->data().toString() == QLatin1String("demo_finance"))
            finance = a;
        else if (a->data().toString() == QLatin1String("demo_support"))
            support = a;
    }
    QVERIFY(finance && support);

    // Finance: the refund work of the demo, as demo_finance.
    finance->trigger();
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(w.role(), StaffAdmin::Role::Finance);
    QVERIFY(finance->isChecked());
    QVERIFY2(w.connectionText().contains(QStringLiteral("demo_finance")),
             qPrintable(w.connectionText()));
    QVERIFY(gateways->isEnabled());

    // Support may not touch gateway keys.
    support->trigger();
    QTRY_COMPARE(changed.count(), 3);
    QCOMPARE(w.role(), StaffAdmin::Role::Support);
    QVERIFY(!gateways->isEnabled());

    // A real server has no demo logins to switch to.
    w.openSession(m_db->profile(), QString());
    QTRY_COMPARE(changed.count(), 4);
    QVERIFY(!menu->isEnabled());
    w.clearSession();
    QVERIFY(!menu->isEnabled());
    QVERIFY(!gateways->isEnabled());
}

void TestMainWindow::oldSchemaIsMigratedWhenAccepted()
{
    pd::test::TestDatabase fresh(QStringLiteral("mwfresh"), false);
    QVERIFY2(fresh.ok(), qPrintable(fresh.error()));
    MainWindow w;
    QSignalSpy changed(&w, &MainWindow::sessionChanged);
    QSignalSpy failed(&w, &MainWindow::sessionFailed);

    // Declined: nothing is applied and no session is attached.
    pd::ui::MessageBox::queueAnswer(QMessageBox::No);
    w.openSession(fresh.profile(), QString());
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(
        pd::ui::MessageBox::history().join(QLatin1Char(' ')).contains(QStringLiteral("Upgrade")));
    QCOMPARE(fresh.exec(QStringLiteral("SELECT 1 FROM users")).isEmpty(), false);

    // Accepted: migrated, then attached.
    pd::ui::MessageBox::queueAnswer(QMessageBox::Yes);
    w.openSession(fresh.profile(), QString());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(fresh.exec(QStringLiteral("SELECT 1 FROM users")), QString());
    w.clearSession();
}

void TestMainWindow::newerSchemaIsRefused()
{
    pd::test::TestDatabase newer(QStringLiteral("mwnewer"));
    QVERIFY2(newer.ok(), qPrintable(newer.error()));
    QCOMPARE(newer.exec(QStringLiteral("INSERT INTO paneldesk_schema_version (version, name) "
                                       "VALUES (%1, 'from_the_future')")
                            .arg(pd::storage::Migrator::latestVersion() + 1)),
             QString());
    MainWindow w;
    QSignalSpy failed(&w, &MainWindow::sessionFailed);
    w.openSession(newer.profile(), QString());
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("newer")),
             qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(!w.hasSession());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
