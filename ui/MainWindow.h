#pragma once

#include "storage/ConnectionProfile.h"
#include "storage/StaffAdmin.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace pd::domain {
class SecretStore;
}
namespace pd::storage {
class ConnectionProfileStore;
class DbWorker;
} // namespace pd::storage

namespace pd::ui {

class AuditLogView;
class DemoStarter;

// The shell of the back office: a welcome page until a session is attached, then a left
// navigation (Ctrl+1…Ctrl+7) over the dashboards, the menus, and a status bar saying where we
// are connected, as whom, and whether the connection is up. It also runs the connect flow
// (dialog, saved profile or demo): role and schema are checked on the worker before attaching.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page {
        UsersPage,
        PlansPage,
        SubscriptionsPage,
        PaymentsPage,
        NodesPage,
        UsageLogsPage,
        AuditPage,
        PageCount
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // What File → Connect… and saved profiles need; not owned. Without them connecting from the
    // window is disabled (tests attach sessions directly).
    void setServices(domain::SecretStore* secrets, storage::ConnectionProfileStore* profiles);
    // How many users the demo database gets when it is loaded the first time.
    void setDemoUsers(int users) { m_demoUsers = users; }
    // The demo login the demo database opens with: demo_admin (default), demo_finance or
    // demo_support.
    void setDemoLogin(const QString& login) { m_demoLogin = login; }
    // Whether the demo shows a progress dialog (off for screenshots).
    void setDemoProgressShown(bool shown) { m_demoProgressShown = shown; }

    // Attaches a connected session and builds the pages for the role. The window does not own
    // `worker` (see openSession for one it does). serverInfo: the server's version() text if
    // known; empty: asked through the worker.
    void setSession(storage::DbWorker* worker, storage::StaffAdmin::Role role,
                    const QString& serverInfo = {});
    // Removes the pages and shows the welcome page; deletes the worker if the window owns it.
    void clearSession();
    bool hasSession() const { return m_worker != nullptr; }
    storage::DbWorker* worker() const { return m_worker; }
    storage::StaffAdmin::Role role() const { return m_role; }

    // Opens a worker on the profile, checks the login's staff role and the schema version
    // (offering to migrate when the login may), then attaches it. Asynchronous; ends in
    // sessionChanged() or sessionFailed().
    void openSession(const storage::ConnectionProfile& profile, const QString& password);
    // Connects with a saved profile (password from the keychain; the dialog when missing).
    void connectWithProfile(const QString& name);

    int currentPage() const;
    void setCurrentPage(int page);
    QWidget* page(int page) const; // null without a session
    QListWidget* navigation() const { return m_nav; }
    QWidget* welcomePage() const { return m_welcome; }
    AuditLogView* auditView() const; // null for roles without the audit log
    QString connectionText() const;
    QString roleText() const;
    QString serverText() const;
    QString connectionStateText() const;
    // The administrator's warning that next month's partitions are missing; empty when none.
    QString housekeepingText() const;
    // Whether the visible page shows at least one loaded row (not "Loading…").
    bool currentPageShowsRows() const;
    // Rows shown, or the visible table is known to be empty (exact count 0).
    bool currentPageLoaded() const;

public Q_SLOTS:
    void showConnectDialog();
    void startDemo();
    void showPreferences();
    void refreshCurrentPage();
    void showAbout();

Q_SIGNALS:
    void sessionChanged();
    void sessionFailed(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    QWidget* buildWelcome();
    void buildPages();
    void connectionStateChanged(bool up, const QString& message);
    void checkAndAttach(storage::DbWorker* worker, const QVariantMap& facts);
    void attachOwned(storage::DbWorker* worker, storage::StaffAdmin::Role role,
                     const QString& serverInfo);
    void failSession(storage::DbWorker* worker, const QString& title, const QString& message);
    void saveSettings() const;
    void checkHousekeeping();
    void updateRefreshShortcut();
    void updateTitle();
    void updateSessionActions();
    void switchDemoLogin(const QString& login);
    DemoStarter* demoStarter();

    domain::SecretStore* m_secrets = nullptr;
    storage::ConnectionProfileStore* m_profiles = nullptr;
    storage::DbWorker* m_worker = nullptr;
    storage::DbWorker* m_ownedWorker = nullptr;
    storage::StaffAdmin::Role m_role = storage::StaffAdmin::Role::None;
    DemoStarter* m_demo = nullptr;
    int m_demoUsers = 100000;
    QString m_demoLogin;
    bool m_demoProgressShown = true;

    QStackedWidget* m_central;
    QWidget* m_welcome;
    QWidget* m_sessionArea;
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    QPointer<AuditLogView> m_audit;
    QLabel* m_connectionLabel;
    QLabel* m_roleLabel;
    QLabel* m_serverLabel;
    QLabel* m_stateLabel;
    QLabel* m_housekeepingLabel;
    QTimer* m_reconnectTimer;
    QAction* m_connectAction = nullptr;
    QAction* m_demoAction = nullptr;
    QMenu* m_demoLoginMenu = nullptr;
    QAction* m_gatewaysAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QList<QAction*> m_pageActions;
};

} // namespace pd::ui
