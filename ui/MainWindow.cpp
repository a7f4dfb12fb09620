#include "ui/MainWindow.h"

#include "item/LazyTableModel.h"
#include "storage/ConnectionProfileStore.h"
#include "storage/DbWorker.h"
#include "storage/Migrator.h"
#include "ui/DemoStarter.h"
#include "ui/MessageBox.h"
#include "ui/audit/AuditLogView.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/nodes/NodesDashboard.h"
#include "ui/payments/GatewaySettingsDialog.h"
#include "ui/payments/PaymentsPage.h"
#include "ui/plans/PlansDashboard.h"
#include "ui/settings/PreferencesDialog.h"
#include "ui/subscriptions/SubscriptionsDashboard.h"
#include "ui/tables/TableCatalog.h"
#include "ui/tables/TableDashboard.h"
#include "ui/usage/UsageLogsDashboard.h"
#include "ui/users/UsersDashboard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

namespace pd::ui {

using storage::StaffAdmin;

namespace {

const char* const GeometryKey = "mainwindow/geometry";
const char* const StateKey = "mainwindow/state";
const char* const PageKey = "mainwindow/page";

// A page's icon: its initial on a coloured tile, crisp at any scale and free of theme icons
// that some desktops lack.
QIcon pageIcon(const QString& label, const QColor& color)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size / 4.0, size / 4.0);
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPixelSize(int(size * 0.6));
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, label.left(1).toUpper());
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

struct PageInfo
{
    const char* title;
    QColor color;
};

const PageInfo Pages[MainWindow::PageCount] = {
    {QT_TRANSLATE_NOOP("pd::ui::MainWindow", "Users"), QColor(0x1e, 0x88, 0xe5)},
    {QT_TRANSLATE_NOOP("pd::ui::MainWindow", "Plans"), QColor(0x8e, 0x24, 0xaa)},
    {QT_TRANSLATE_NOOP("pd::ui::MainWindow", "Subscriptions"), QColor(0x00, 0x89, 0x7b)},
    {QT_TRANSLATE_NOOP("pd::ui::MainWindow", "Transactions & Refunds"), QColor(0xe5, 0x39, 0x35)},
    {QT_TRANSLATE_NOOP("pd::ui::MainWindow", "Nodes & Traffic"), QColor(0xf4, 0x51, 0x1e)},
    {QT_TRANSLATE_NOOP("pd::ui::MainWindow", "Usage logs"), QColor(0x43, 0xa0, 0x47)},
    {QT_TRANSLATE_NOOP("pd::ui::MainWindow", "Audit log"), QColor(0x54, 0x6e, 0x7a)},
};

QString pageTitle(int page)
{
    return QCoreApplication::translate("pd::ui::MainWindow", Pages[page].title);
}

// "PostgreSQL 15.14 (Debian 15.14-0+deb12u1) on x86_64-pc-linux-gnu, …" → "PostgreSQL 15.14"
QString shortVersion(const QString& version)
{
    const QStringList words = version.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.size() >= 2 ? words.at(0) + QLatin1Char(' ') + words.at(1) : version;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_central(new QStackedWidget(this)), m_welcome(buildWelcome()),
      m_sessionArea(new QWidget(this)), m_nav(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_connectionLabel(new QLabel(this)),
      m_roleLabel(new QLabel(this)), m_serverLabel(new QLabel(this)),
      m_stateLabel(new QLabel(this)), m_housekeepingLabel(new QLabel(this)),
      m_reconnectTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("PanelDesk"));

    auto* splitter = new QSplitter(Qt::Horizontal, m_sessionArea);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    auto* areaLayout = new QHBoxLayout(m_sessionArea);
    areaLayout->setContentsMargins(0, 0, 0, 0);
    areaLayout->addWidget(splitter);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setMinimumWidth(170);
    m_nav->setMaximumWidth(260);
    m_nav->setStyleSheet(QStringLiteral("QListWidget::item { padding: 4px 2px; }"));
    for (int i = 0; i < PageCount; ++i) {
        auto* item = new QListWidgetItem(pageIcon(pageTitle(i), Pages[i].color), pageTitle(i));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pageTitle(i)).arg(i + 1));
        m_nav->addItem(item);
        m_pages->addWidget(new QWidget(m_pages)); // replaced by the real page per session
    }
    splitter->addWidget(m_nav);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({200, 1000});
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        updateRefreshShortcut();
        if (hasSession())
            QSettings().setValue(QLatin1String(PageKey), row);
    });

    m_central->addWidget(m_welcome);
    m_central->addWidget(m_sessionArea);
    setCentralWidget(m_central);

    m_connectionLabel->setText(tr("Not connected"));
    m_stateLabel->setObjectName(QStringLiteral("connectionState"));
    m_stateLabel->hide();
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addWidget(m_stateLabel);
    m_housekeepingLabel->setObjectName(QStringLiteral("housekeeping"));
    m_housekeepingLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_housekeepingLabel->hide();
    statusBar()->addWidget(m_housekeepingLabel);
    statusBar()->addPermanentWidget(m_roleLabel);
    statusBar()->addPermanentWidget(m_serverLabel);

    // DbWorker reopens a lost connection before its next job; while down, give it one now and
    // then so the window comes back by itself.
    m_reconnectTimer->setInterval(5000);
    connect(m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_worker)
            m_worker->run(
                this,
                [](QSqlDatabase& db) {
                    QSqlQuery q(db);
                    q.exec(QStringLiteral("SELECT 1"));
                    return QVariant();
                },
                [](const storage::JobResult&) {});
    });

    buildMenus();
    updateSessionActions();

    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(GeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(StateKey)).toByteArray());
    if (settings.value(QLatin1String(GeometryKey)).isNull())
        resize(1280, 800);
    const int restoredPage =
        qBound(0, settings.value(QLatin1String(PageKey), 0).toInt(), PageCount - 1);
    {
        QSignalBlocker block(m_nav);
        m_nav->setCurrentRow(restoredPage);
        m_pages->setCurrentIndex(restoredPage);
    }
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Pages first: their models hold the worker.
    clearSession();
}

QWidget* MainWindow::buildWelcome()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcome"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto* title = new QLabel(tr("Welcome to PanelDesk"), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto* text = new QLabel(
        tr("Look around on a demo database with made-up users, plans and payments, or connect to "
           "your service's PostgreSQL server with your staff login."),
        page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(560);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto* demo = new QPushButton(tr("Try the demo database"), page);
    demo->setObjectName(QStringLiteral("welcomeDemo"));
    auto* server = new QPushButton(tr("Connect to a server…"), page);
    server->setObjectName(QStringLiteral("welcomeConnect"));
    server->setDefault(true);
    buttons->addWidget(demo);
    buttons->addWidget(server);
    buttons->addStretch(1);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);
    connect(demo, &QPushButton::clicked, this, &MainWindow::startDemo);
    connect(server, &QPushButton::clicked, this, &MainWindow::showConnectDialog);
    return page;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_connectAction = file->addAction(tr("&Connect…"), this, &MainWindow::showConnectDialog);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_demoAction = file->addAction(tr("Try the &demo database"), this, &MainWindow::startDemo);
    // The demo has a login per staff role, so finance work (refunds, approvals by a second
    // person) and the support view can be tried too.
    m_demoLoginMenu = file->addMenu(tr("Demo &login"));
    m_demoLoginMenu->setObjectName(QStringLiteral("demoLoginMenu"));
    auto* demoLogins = new QActionGroup(m_demoLoginMenu);
    const std::pair<StaffAdmin::Role, const char*> logins[] = {
        {StaffAdmin::Role::Admin, "demo_admin"},
        {StaffAdmin::Role::Finance, "demo_finance"},
        {StaffAdmin::Role::Support, "demo_support"}};
    for (const auto& [role, login] : logins) {
        const QString name = QString::fromLatin1(login);
        QAction* a =
            m_demoLoginMenu->addAction(tr("%1 (%2)").arg(StaffAdmin::displayName(role), name), this,
                                       [this, name] { switchDemoLogin(name); });
        a->setData(name);
        a->setCheckable(true);
        demoLogins->addAction(a);
    }
    file->addSeparator();
    QAction* prefs = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    prefs->setMenuRole(QAction::PreferencesRole);
    m_gatewaysAction = file->addAction(tr("Payment &gateways…"), this, [this] {
        auto* dialog = new GatewaySettingsDialog(m_secrets, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_gatewaysAction->setObjectName(QStringLiteral("paymentGateways"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        QAction* go = view->addAction(pageTitle(i), this, [this, i] { setCurrentPage(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        go->setEnabled(false);
        m_pageActions.append(go);
    }
    view->addSeparator();
    m_refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refreshCurrentPage);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setEnabled(false);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About PanelDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    m_connectAction->setEnabled(false);
}

void MainWindow::setServices(domain::SecretStore* secrets,
                             storage::ConnectionProfileStore* profiles)
{
    m_secrets = secrets;
    m_profiles = profiles;
    m_connectAction->setEnabled(m_secrets && m_profiles);
}

void MainWindow::setSession(storage::DbWorker* worker, StaffAdmin::Role role,
                            const QString& serverInfo)
{
    if (m_worker)
        clearSession();
    m_worker = worker;
    m_role = role;
    connect(m_worker, &storage::DbWorker::connectionStateChanged, this,
            &MainWindow::connectionStateChanged);

    const storage::ConnectionProfile& profile = worker->profile();
    if (profile.demo) {
        m_connectionLabel->setText(tr("Connected to the demo database as %1").arg(profile.user));
    } else {
        const QString name = profile.name.isEmpty() ? profile.database : profile.name;
        m_connectionLabel->setText(
            tr("Connected to %1 (%2) as %3").arg(name, profile.host, profile.user));
    }
    m_roleLabel->setText(tr("Role: %1").arg(StaffAdmin::displayName(role)));
    m_stateLabel->hide();
    m_stateLabel->clear();
    if (!serverInfo.isEmpty()) {
        m_serverLabel->setText(shortVersion(serverInfo));
        m_serverLabel->setToolTip(serverInfo);
    } else {
        m_serverLabel->setText(tr("Server version…"));
        m_worker->run(
            this,
            [](QSqlDatabase& db) {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("SELECT version()")) || !q.next())
                    return QVariant();
                return q.value(0);
            },
            [this](const storage::JobResult& r) {
                const QString version = r.value.toString();
                m_serverLabel->setText(version.isEmpty() ? QString() : shortVersion(version));
                m_serverLabel->setToolTip(version);
            });
    }

    buildPages();
    checkHousekeeping();
    for (QAction* a : std::as_const(m_pageActions))
        a->setEnabled(true);
    m_refreshAction->setEnabled(true);
    updateSessionActions();
    m_central->setCurrentWidget(m_sessionArea);
    setCurrentPage(qMax(0, m_nav->currentRow()));
    updateRefreshShortcut();
    updateTitle();
    Q_EMIT sessionChanged();
}

QString MainWindow::housekeepingText() const
{
    return m_housekeepingLabel->isHidden() ? QString() : m_housekeepingLabel->text();
}

void MainWindow::checkHousekeeping()
{
    // Rows of a month without its partition pile up in the default partition, which makes
    // creating the partition later slow; administrators are the ones who can fix it.
    if (m_role != StaffAdmin::Role::Admin)
        return;
    m_worker->runReadOnly(
        this,
        [](QSqlDatabase& db) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT array_to_string(partitions_missing_next_month(), "
                                       "', ')")) ||
                !q.next())
                return QVariant();
            return q.value(0);
        },
        [this](const storage::JobResult& r) {
            const QString missing = r.value.toString();
            m_housekeepingLabel->setVisible(!missing.isEmpty());
            m_housekeepingLabel->setText(
                missing.isEmpty()
                    ? QString()
                    : tr("Next month's partitions are missing (%1): run \"paneldeskctl partitions "
                         "ensure\" before the month starts.")
                          .arg(missing));
        });
}

void MainWindow::buildPages()
{
    const int current = m_nav->currentRow();
    auto replace = [this](int index, QWidget* page) {
        QWidget* old = m_pages->widget(index);
        m_pages->insertWidget(index, page);
        m_pages->removeWidget(old);
        delete old;
    };
    QSignalBlocker block(m_nav);

    auto* users = new UsersDashboard(m_worker, m_role, m_pages);
    replace(UsersPage, users);
    replace(PlansPage, new PlansDashboard(m_worker, m_role, m_pages));
    replace(SubscriptionsPage, new SubscriptionsDashboard(m_worker, m_role, m_pages));

    auto* payments = new pd::ui::PaymentsPage(m_worker, m_role, m_secrets, m_pages);
    replace(PaymentsPage, payments);
    // Finance sessions settle unknown and processing refunds by themselves.
    if (m_role == StaffAdmin::Role::Finance)
        payments->startReconciler();
    auto* nodes = new NodesDashboard(m_worker, m_role, m_pages);
    replace(NodesPage, nodes);
    // A heavy user spotted on the Nodes page opens on the Users page, found by id.
    connect(nodes, &NodesDashboard::userRequested, this, [this, users](const QString& userId) {
        setCurrentPage(UsersPage);
        auto* model = users->model();
        auto pending = std::make_shared<QMetaObject::Connection>();
        *pending =
            connect(model, &QAbstractItemModel::dataChanged, users, [users, userId, pending] {
                auto* m = users->model();
                if (m->rowCount() >= 1 &&
                    QUuid::fromString(m->rowId(0).toString()) == QUuid::fromString(userId)) {
                    users->tableView()->setCurrentIndex(m->index(0, 0));
                    disconnect(*pending);
                }
            });
        users->searchEdit()->setText(userId);
    });
    replace(UsageLogsPage, new UsageLogsDashboard(m_worker, m_role, m_pages));

    if (m_role == StaffAdmin::Role::Support) {
        // Row security gives support no audit rows; say so instead of an empty table.
        auto* label = new QLabel(tr("Support logins cannot read the audit log. Ask an "
                                    "administrator if you need to know who changed something."),
                                 m_pages);
        label->setObjectName(QStringLiteral("auditUnavailable"));
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        replace(AuditPage, label);
        m_audit = nullptr;
    } else {
        m_audit = new AuditLogView(m_worker, m_pages);
        replace(AuditPage, m_audit);
    }
    connect(users, &UsersDashboard::userChanged, this, [this] {
        if (m_audit)
            m_audit->refresh();
    });
    m_pages->setCurrentIndex(qMax(0, current));
}

void MainWindow::clearSession()
{
    m_reconnectTimer->stop();
    if (!m_worker)
        return;
    disconnect(m_worker, nullptr, this, nullptr);
    m_audit = nullptr;
    for (int i = 0; i < PageCount; ++i) {
        QWidget* old = m_pages->widget(i);
        m_pages->insertWidget(i, new QWidget(m_pages));
        m_pages->removeWidget(old);
        delete old;
    }
    m_worker = nullptr;
    m_role = StaffAdmin::Role::None;
    delete m_ownedWorker; // waits for its thread; answers for deleted pages are dropped
    m_ownedWorker = nullptr;
    for (QAction* a : std::as_const(m_pageActions))
        a->setEnabled(false);
    m_refreshAction->setEnabled(false);
    updateSessionActions();
    m_connectionLabel->setText(tr("Not connected"));
    m_roleLabel->clear();
    m_serverLabel->clear();
    m_stateLabel->hide();
    m_housekeepingLabel->hide();
    m_housekeepingLabel->clear();
    m_central->setCurrentWidget(m_welcome);
    updateTitle();
}

int MainWindow::currentPage() const
{
    return m_nav->currentRow();
}

void MainWindow::setCurrentPage(int page)
{
    if (page < 0 || page >= PageCount)
        return;
    m_nav->setCurrentRow(page); // switches the stack and remembers the page
    m_pages->setCurrentIndex(page);
}

QWidget* MainWindow::page(int page) const
{
    if (!hasSession() || page < 0 || page >= PageCount)
        return nullptr;
    return m_pages->widget(page);
}

AuditLogView* MainWindow::auditView() const
{
    return m_audit;
}

QString MainWindow::connectionText() const
{
    return m_connectionLabel->text();
}

QString MainWindow::roleText() const
{
    return m_roleLabel->text();
}

QString MainWindow::serverText() const
{
    return m_serverLabel->text();
}

QString MainWindow::connectionStateText() const
{
    return m_stateLabel->isHidden() ? QString() : m_stateLabel->text();
}

bool MainWindow::currentPageShowsRows() const
{
    QWidget* current = page(currentPage());
    if (!current)
        return false;
    const auto views = current->findChildren<QTableView*>();
    for (QTableView* view : views) {
        if (!view->isVisibleTo(current) || !view->model())
            continue;
        QAbstractItemModel* model = view->model();
        if (model->rowCount() == 0 || model->columnCount() == 0)
            continue;
        const QModelIndex first = model->index(0, 0);
        const QVariant loaded = first.data(item::LazyTableModel::LoadedRole);
        // Other models (not lazy) have no "Loading…" state: rows are rows.
        if (!loaded.isValid() || loaded.toBool())
            return true;
    }
    return false;
}

bool MainWindow::currentPageLoaded() const
{
    if (currentPageShowsRows())
        return true;
    QWidget* current = page(currentPage());
    if (!current)
        return false;
    const auto views = current->findChildren<QTableView*>();
    for (QTableView* view : views) {
        auto* lazy = qobject_cast<item::LazyTableModel*>(view->model());
        if (lazy && view->isVisibleTo(current) && lazy->isCountExact() && lazy->rowCount() == 0)
            return true;
    }
    // A page without a table (the audit notice for support) is all there is.
    return views.isEmpty();
}

void MainWindow::refreshCurrentPage()
{
    QWidget* current = page(currentPage());
    if (!current)
        return;
    // Pages with their own refresh (which may also reload a detail pane) do it themselves.
    if (current->metaObject()->indexOfMethod("refresh()") >= 0) {
        QMetaObject::invokeMethod(current, "refresh");
        return;
    }
    // Otherwise every lazy table on the page (tabs included) fetches its rows again.
    const auto models = current->findChildren<item::LazyTableModel*>();
    for (item::LazyTableModel* model : models)
        model->refresh();
}

void MainWindow::updateRefreshShortcut()
{
    // A page with its own F5 (Users) would make the key ambiguous, and an ambiguous shortcut
    // does nothing; there the page's action refreshes (it also reloads its detail pane).
    QWidget* current = page(currentPage());
    bool pageHasRefresh = false;
    if (current) {
        const auto actions = current->findChildren<QAction*>();
        for (QAction* a : actions)
            pageHasRefresh = pageHasRefresh || a->shortcut() == QKeySequence(QKeySequence::Refresh);
    }
    m_refreshAction->setShortcut(pageHasRefresh ? QKeySequence()
                                                : QKeySequence(QKeySequence::Refresh));
}

void MainWindow::connectionStateChanged(bool up, const QString& message)
{
    if (up) {
        m_reconnectTimer->stop();
        m_stateLabel->hide();
        m_stateLabel->clear();
        refreshCurrentPage();
        return;
    }
    m_stateLabel->setText(tr("Disconnected — reconnecting…"));
    m_stateLabel->setToolTip(message);
    m_stateLabel->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_stateLabel->show();
    if (!m_reconnectTimer->isActive())
        m_reconnectTimer->start();
}

void MainWindow::openSession(const storage::ConnectionProfile& profile, const QString& password)
{
    auto* worker = new storage::DbWorker(profile, password, this);
    statusBar()->showMessage(
        tr("Connecting to %1…").arg(profile.name.isEmpty() ? profile.host : profile.name));
    worker->run(
        this,
        [](QSqlDatabase& db) {
            QVariantMap facts;
            const StaffAdmin::Role role = StaffAdmin::currentRole(db);
            const bool canMigrate = StaffAdmin::canMigrate(db);
            facts.insert(QStringLiteral("role"), int(role));
            facts.insert(QStringLiteral("canMigrate"), canMigrate);
            // A login that is neither staff nor owner may not even read the version table.
            if (role != StaffAdmin::Role::None || canMigrate) {
                const auto status = storage::Migrator::status(db);
                facts.insert(QStringLiteral("current"), status.current);
                facts.insert(QStringLiteral("latest"), status.latest);
            }
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT version(), (SELECT pg_get_userbyid(nspowner) FROM "
                                      "pg_namespace WHERE nspname = 'public')")) &&
                q.next()) {
                facts.insert(QStringLiteral("version"), q.value(0).toString());
                facts.insert(QStringLiteral("owner"), q.value(1).toString());
            }
            return QVariant(facts);
        },
        [this, worker](const storage::JobResult& result) {
            statusBar()->clearMessage();
            if (!result.ok()) {
                failSession(worker, tr("Cannot connect"), result.error);
                return;
            }
            checkAndAttach(worker, result.value.toMap());
        });
}

void MainWindow::checkAndAttach(storage::DbWorker* worker, const QVariantMap& facts)
{
    const int current = facts.value(QStringLiteral("current")).toInt();
    const int latest = facts.value(QStringLiteral("latest")).toInt();
    const bool canMigrate = facts.value(QStringLiteral("canMigrate")).toBool();
    const QString owner = facts.value(QStringLiteral("owner")).toString();
    const QString version = facts.value(QStringLiteral("version")).toString();
    auto role = StaffAdmin::Role(facts.value(QStringLiteral("role")).toInt());

    if (current > latest) {
        failSession(worker, tr("PanelDesk is too old for this database"),
                    tr("This database was upgraded by a newer PanelDesk (schema %1); this "
                       "PanelDesk knows schema %2. Nothing was changed. Install the newer "
                       "PanelDesk to work with it.")
                        .arg(current)
                        .arg(latest));
        return;
    }
    if (role == StaffAdmin::Role::None) {
        if (!canMigrate) {
            failSession(worker, tr("Not a staff login"),
                        tr("The login %1 is not a member of a PanelDesk staff group (admin, "
                           "finance or support), so it can see nothing here. Ask an "
                           "administrator to add you as staff.")
                            .arg(worker->profile().user));
            return;
        }
        // The schema's owner (or a superuser) holds every right an administrator has.
        role = StaffAdmin::Role::Admin;
    }
    if (current < latest) {
        if (!canMigrate) {
            failSession(worker, tr("The database needs an upgrade"),
                        tr("This database has schema %1 and this PanelDesk needs schema %2. "
                           "Your login may not upgrade it; ask %3 (the owner of the database) "
                           "to open it with this PanelDesk or to run \"paneldeskctl migrate\".")
                            .arg(current)
                            .arg(latest)
                            .arg(owner.isEmpty() ? tr("the database owner") : owner));
            return;
        }
        const auto answer = MessageBox::question(
            this, tr("Upgrade the database?"),
            tr("This database has schema %1 and this PanelDesk needs schema %2. Upgrade it now? "
               "The upgrade runs in one transaction: if it fails, nothing changes. Other "
               "PanelDesk users should update their PanelDesk too.")
                .arg(current)
                .arg(latest),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            failSession(worker, {},
                        tr("The database was left at schema %1; not connected.").arg(current));
            return;
        }
        worker->run(
            this,
            [](QSqlDatabase& db) {
                const auto r = storage::Migrator::migrate(db);
                if (!r.ok)
                    throw storage::JobError{r.error, {}};
                return QVariant(r.applied);
            },
            [this, worker, role, version](const storage::JobResult& r) {
                if (!r.ok()) {
                    failSession(worker, tr("The upgrade failed"), r.error);
                    return;
                }
                attachOwned(worker, role, version);
            });
        return;
    }
    attachOwned(worker, role, version);
}

void MainWindow::attachOwned(storage::DbWorker* worker, StaffAdmin::Role role,
                             const QString& serverInfo)
{
    clearSession();
    m_ownedWorker = worker;
    setSession(worker, role, serverInfo);
}

void MainWindow::failSession(storage::DbWorker* worker, const QString& title,
                             const QString& message)
{
    worker->deleteLater();
    if (!title.isEmpty())
        MessageBox::warning(this, title, message);
    statusBar()->showMessage(message, 10000);
    Q_EMIT sessionFailed(message);
}

void MainWindow::showConnectDialog()
{
    if (!m_secrets || !m_profiles)
        return;
    ConnectionDialog dialog(m_secrets, m_profiles, this);
    const QString last = m_profiles->lastUsed();
    if (!last.isEmpty())
        dialog.selectProfile(last);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const storage::ConnectionProfile profile = dialog.profile();
    if (!profile.name.isEmpty())
        m_profiles->setLastUsed(profile.name);
    if (profile.demo) {
        startDemo();
        return;
    }
    openSession(profile, dialog.password());
}

void MainWindow::connectWithProfile(const QString& name)
{
    const auto profile = m_profiles ? m_profiles->find(name) : std::nullopt;
    if (!profile) {
        MessageBox::warning(this, tr("No such connection"),
                            tr("There is no saved connection named \"%1\". Choose one in the "
                               "connection dialog.")
                                .arg(name));
        showConnectDialog();
        return;
    }
    if (profile->demo) {
        startDemo();
        return;
    }
    m_secrets->read(profile->secretKey(), this,
                    [this, p = *profile](const domain::SecretStore::Result& r) {
                        if (r.status == domain::SecretStore::Status::Ok) {
                            m_profiles->setLastUsed(p.name);
                            openSession(p, r.secret);
                            return;
                        }
                        // No stored password (or no keychain): ask in the dialog.
                        if (r.status != domain::SecretStore::Status::NotFound)
                            statusBar()->showMessage(r.message, 10000);
                        ConnectionDialog dialog(m_secrets, m_profiles, this);
                        dialog.selectProfile(p.name);
                        if (dialog.exec() == QDialog::Accepted)
                            openSession(dialog.profile(), dialog.password());
                    });
}

void MainWindow::updateSessionActions()
{
    // Gateway keys are for the people who send refunds and those who set them up.
    m_gatewaysAction->setEnabled(m_role == StaffAdmin::Role::Admin ||
                                 m_role == StaffAdmin::Role::Finance);
    const bool demo = m_worker && m_worker->profile().demo;
    m_demoLoginMenu->setEnabled(demo);
    for (QAction* a : m_demoLoginMenu->actions())
        a->setChecked(demo && a->data().toString() == m_worker->profile().user);
}

void MainWindow::switchDemoLogin(const QString& login)
{
    if (!m_worker || !m_worker->profile().demo || m_worker->profile().user == login) {
        updateSessionActions();
        return;
    }
    m_demoLogin = login;
    storage::ConnectionProfile profile = m_worker->profile();
    profile.user = login;
    openSession(profile, {});
}

DemoStarter* MainWindow::demoStarter()
{
    if (!m_demo) {
        m_demo = new DemoStarter(this, this);
        connect(m_demo, &DemoStarter::ready, this, [this](storage::ConnectionProfile profile) {
            if (!m_demoLogin.isEmpty())
                profile.user = m_demoLogin;
            openSession(profile, {});
        });
        connect(m_demo, &DemoStarter::failed, this, [this](const QString& message) {
            MessageBox::warning(this, tr("Demo database"), message);
            Q_EMIT sessionFailed(message);
        });
        connect(m_demo, &DemoStarter::noServerBinaries, this, [this](const QString& message) {
            MessageBox::information(this, tr("Demo database"), message);
            Q_EMIT sessionFailed(message);
            showConnectDialog();
        });
        connect(m_demo, &DemoStarter::progressed, this, [this](int percent, const QString& step) {
            statusBar()->showMessage(
                tr("Preparing the demo database: %1 (%2%)").arg(step).arg(percent));
        });
    }
    return m_demo;
}

void MainWindow::startDemo()
{
    DemoStarter* demo = demoStarter();
    demo->setShowProgress(m_demoProgressShown);
    demo->start(m_demoUsers);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About PanelDesk"),
        tr("<h3>PanelDesk %1</h3><p>The back office of a subscription service: users, plans, "
           "subscriptions, payments and refunds, nodes and traffic, straight on its PostgreSQL "
           "database.</p><p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(GeometryKey), saveGeometry());
    settings.setValue(QLatin1String(StateKey), saveState());
    if (hasSession())
        settings.setValue(QLatin1String(PageKey), currentPage());
}

void MainWindow::updateTitle()
{
    if (!hasSession()) {
        setWindowTitle(tr("PanelDesk"));
        return;
    }
    const auto& profile = m_worker->profile();
    const QString name =
        profile.demo ? tr("demo") : (profile.name.isEmpty() ? profile.database : profile.name);
    setWindowTitle(tr("%1 — PanelDesk").arg(name));
}

} // namespace pd::ui
