#include "ui/users/UsersDashboard.h"

#include "item/LazyTableModel.h"
#include "storage/Database.h"
#include "ui/MessageBox.h"
#include "ui/compensation/CompensationDialog.h"
#include "ui/subscriptions/AssignPlanDialog.h"
#include "ui/tables/ValueLabelDelegate.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UserEditDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

const QString HeaderKey = QStringLiteral("users/header");
const QString SplitterKey = QStringLiteral("users/splitter");
constexpr int SearchDelayMs = 150;

QUuid uuidOf(const QVariant& value)
{
    if (value.typeId() == QMetaType::QUuid)
        return value.value<QUuid>();
    return QUuid::fromString(value.toString());
}

QToolButton* actionButton(QAction* action)
{
    auto* button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

UsersDashboard::UsersDashboard(storage::DbWorker* worker, storage::StaffAdmin::Role role,
                               QWidget* parent)
    : QWidget(parent), m_worker(worker), m_role(role)
{
    m_confirm = [](QWidget* parent, const QString& title, const QString& text) {
        return MessageBox::question(parent, title, text) == QMessageBox::Yes;
    };

    auto* layout = new QVBoxLayout(this);

    // Filters.
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search by email, username or ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 2);
    m_state = new QComboBox;
    m_state->addItem(tr("Any state"), int(storage::UserFilter::State::Any));
    m_state->addItem(tr("Active"), int(storage::UserFilter::State::Active));
    m_state->addItem(tr("Banned"), int(storage::UserFilter::State::Banned));
    filters->addWidget(m_state);
    m_plan = new QComboBox;
    m_plan->addItem(tr("Any plan"), QString());
    m_plan->addItem(tr("Any active subscription"), QStringLiteral("subscribed"));
    filters->addWidget(m_plan);
    m_nodeGroup = new QComboBox;
    m_nodeGroup->addItem(tr("Any node group"), -1);
    filters->addWidget(m_nodeGroup);
    m_overQuota = new QCheckBox(tr("Over quota"));
    m_overQuota->setToolTip(tr("Only users whose traffic is above their quota."));
    filters->addWidget(m_overQuota);
    m_count = new QLabel;
    filters->addStretch(1);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    // Actions: buttons, the table's context menu and keyboard shortcuts share them.
    m_activate = new QAction(tr("&Activate"), this);
    m_activate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_ban = new QAction(tr("&Ban"), this);
    m_ban->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_edit = new QAction(tr("&Edit…"), this);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_refresh = new QAction(tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_assignPlan = new QAction(tr("Assign &plan…"), this);
    m_compensate = new QAction(tr("&Compensate…"), this);
    m_compensate->setToolTip(tr("Give days and/or traffic to every user the filter selects."));
    for (QAction* action : {m_activate, m_ban, m_edit, m_refresh, m_assignPlan, m_compensate}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_activate, &QAction::triggered, this, &UsersDashboard::activateSelected);
    connect(m_ban, &QAction::triggered, this, &UsersDashboard::banSelected);
    connect(m_edit, &QAction::triggered, this, &UsersDashboard::editSelected);
    connect(m_refresh, &QAction::triggered, this, &UsersDashboard::refresh);
    connect(m_assignPlan, &QAction::triggered, this, &UsersDashboard::assignPlanToSelected);
    connect(m_compensate, &QAction::triggered, this, &UsersDashboard::compensateFiltered);

    auto* actions = new QHBoxLayout;
    for (QAction* action : {m_activate, m_ban, m_edit, m_refresh, m_assignPlan, m_compensate})
        actions->addWidget(actionButton(action));
    actions->addStretch(1);
    layout->addLayout(actions);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->hide();
    layout->addWidget(m_status);

    // The list and the selected user's details.
    m_splitter = new QSplitter(Qt::Horizontal);
    m_view = new QTableView;
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_activate, m_ban, m_edit, m_assignPlan, m_refresh});
    m_splitter->addWidget(m_view);
    m_detail = new UserDetailPanel(worker, this);
    m_detail->setApiKeysEditable(m_role == storage::StaffAdmin::Role::Admin);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    m_model = new item::LazyTableModel(worker, this);
    m_model->setQuery(storage::UsersRepository::listQuery(filter()));
    m_view->setModel(m_model);
    const int stateColumn = columnOf(QStringLiteral("state"));
    if (stateColumn >= 0) {
        m_view->setItemDelegateForColumn(
            stateColumn, new ValueLabelDelegate({{QStringLiteral("active"), tr("Active")},
                                                 {QStringLiteral("banned"), tr("Banned")}},
                                                this));
    }

    connect(m_model, &item::LazyTableModel::countChanged, this, &UsersDashboard::showCount);
    connect(m_model, &item::LazyTableModel::errorOccurred, this, &UsersDashboard::showStatus);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UsersDashboard::syncDetailToCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersDashboard::syncDetailToCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersDashboard::syncDetailToCurrent);
    connect(m_detail, &UserDetailPanel::loaded, this, &UsersDashboard::updateActions);
    connect(m_detail, &UserDetailPanel::cleared, this, &UsersDashboard::updateActions);

    restoreSettings();
    // Only indexed columns sort; the header indicator follows what the list really does.
    QHeaderView* header = m_view->horizontalHeader();
    const auto& columns = m_model->query().columns;
    if (m_sortSection < 0 || m_sortSection >= columns.size() ||
        columns.at(m_sortSection).sortExpr.isEmpty()) {
        m_sortSection = m_model->query().sortColumn;
        m_sortOrder = m_model->query().descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
    header->setSortIndicator(m_sortSection, m_sortOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            &UsersDashboard::onSortIndicatorChanged);
    m_view->setSortingEnabled(true); // sorts the model by the indicator

    // Typing waits a moment so each keystroke does not start a query.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &UsersDashboard::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &UsersDashboard::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &UsersDashboard::applyFilter);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &UsersDashboard::applyFilter);
    connect(m_nodeGroup, &QComboBox::currentIndexChanged, this, &UsersDashboard::applyFilter);
    connect(m_overQuota, &QCheckBox::toggled, this, &UsersDashboard::applyFilter);

    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    if (m_role != storage::StaffAdmin::Role::Admin) {
        const QString why = tr("Only administrators can change users.");
        for (QAction* action : {m_activate, m_ban, m_edit, m_assignPlan, m_compensate})
            action->setToolTip(why);
    }
    loadFilterChoices();
    updateActions();
}

UsersDashboard::~UsersDashboard()
{
    saveSettings();
}

UserEditDialog* UsersDashboard::editDialog() const
{
    return m_editDialog;
}

void UsersDashboard::setConfirmFunction(ConfirmFunction confirm)
{
    m_confirm = std::move(confirm);
}

int UsersDashboard::columnOf(const QString& key) const
{
    const auto& columns = m_model->query().columns;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key)
            return i;
    }
    return -1;
}

storage::UserFilter UsersDashboard::filter() const
{
    storage::UserFilter f;
    f.search = m_search->text().trimmed();
    f.state = storage::UserFilter::State(m_state->currentData().toInt());
    // Besides a plan's id, the plan box offers "any active subscription".
    if (m_plan->currentData().toString() == QLatin1String("subscribed"))
        f.subscribed = true;
    else
        f.planId = QUuid::fromString(m_plan->currentData().toString());
    const int group = m_nodeGroup->currentData().toInt();
    if (group >= 0)
        f.nodeGroup = group;
    f.overQuota = m_overQuota->isChecked();
    return f;
}

void UsersDashboard::applyFilter()
{
    m_searchDelay->stop();
    const auto& columns = m_model->query().columns;
    const QString sortKey = m_sortSection >= 0 && m_sortSection < columns.size()
                                ? columns.at(m_sortSection).key
                                : QStringLiteral("created_at");
    const storage::TableQuery query =
        storage::UsersRepository::listQuery(filter(), sortKey, m_sortOrder == Qt::DescendingOrder);
    if (query.where == m_model->query().where && query.params == m_model->query().params &&
        query.sortColumn == m_model->query().sortColumn &&
        query.descending == m_model->query().descending)
        return; // same list: keep rows and selection
    showStatus(QString());
    m_count->setText(tr("Counting…"));
    m_model->setQuery(query);
}

void UsersDashboard::refresh()
{
    showStatus(QString());
    m_model->refresh();
    m_detail->reload();
}

void UsersDashboard::onSortIndicatorChanged(int section, Qt::SortOrder order)
{
    const auto& columns = m_model->query().columns;
    if (section < 0 || section >= columns.size() || columns.at(section).sortExpr.isEmpty()) {
        // No index to page by: put the indicator back where the list really is sorted.
        QSignalBlocker block(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(m_sortSection, m_sortOrder);
        return;
    }
    m_sortSection = section;
    m_sortOrder = order;
}

void UsersDashboard::loadFilterChoices()
{
    m_worker->run(
        this,
        [](QSqlDatabase& db) -> QVariant {
            QVariantMap out;
            QSqlQuery plans(db);
            plans.setForwardOnly(true);
            if (!plans.exec(
                    QStringLiteral("SELECT id::text, name, is_active FROM subscription_plans "
                                   "ORDER BY is_active DESC, lower(name)")))
                throw storage::JobError{storage::Database::describe(plans.lastError()),
                                        plans.lastError()};
            QVariantList planList;
            while (plans.next())
                planList << QVariant(QVariantList{plans.value(0), plans.value(1), plans.value(2)});
            out.insert(QStringLiteral("plans"), planList);
            // Distinct groups by skipping through the index (fast on millions of users), plus
            // the groups nodes are in.
            QSqlQuery groups(db);
            groups.setForwardOnly(true);
            if (!groups.exec(QStringLiteral(
                    "WITH RECURSIVE g(v) AS ("
                    " SELECT min(node_group) FROM users"
                    " UNION ALL SELECT (SELECT min(node_group) FROM users WHERE node_group > g.v)"
                    " FROM g WHERE g.v IS NOT NULL) "
                    "SELECT v FROM g WHERE v IS NOT NULL UNION SELECT node_group FROM nodes "
                    "ORDER BY 1")))
                throw storage::JobError{storage::Database::describe(groups.lastError()),
                                        groups.lastError()};
            QVariantList groupList;
            while (groups.next())
                groupList << groups.value(0).toInt();
            out.insert(QStringLiteral("groups"), groupList);
            return out;
        },
        [this](const storage::JobResult& result) {
            if (!result.ok()) {
                showStatus(tr("The plan and node group filters could not be loaded. %1")
                               .arg(result.error));
                return;
            }
            const QVariantMap map = result.value.toMap();
            {
                QSignalBlocker block(m_plan);
                for (const QVariant& v : map.value(QStringLiteral("plans")).toList()) {
                    const QVariantList plan = v.toList();
                    const QString name = plan.value(2).toBool()
                                             ? plan.value(1).toString()
                                             : tr("%1 (inactive)").arg(plan.value(1).toString());
                    m_plan->addItem(name, plan.value(0).toString());
                }
            }
            {
                QSignalBlocker block(m_nodeGroup);
                for (const QVariant& v : map.value(QStringLiteral("groups")).toList())
                    m_nodeGroup->addItem(tr("Node group %1").arg(v.toInt()), v.toInt());
            }
        });
}

void UsersDashboard::showCount(qint64 count, bool exact)
{
    const QString number = QLocale().toString(count);
    if (exact)
        m_count->setText(count == 1 ? tr("1 user") : tr("%1 users").arg(number));
    else
        m_count->setText(tr("about %1 users").arg(number));
}

void UsersDashboard::showStatus(const QString& message)
{
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

QString UsersDashboard::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QUuid UsersDashboard::currentRowId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return {};
    const QVariant id = m_model->rowId(current.row());
    return id.isNull() ? QUuid() : uuidOf(id);
}

void UsersDashboard::syncDetailToCurrent()
{
    // Rows arrive later than the selection: load once the selected row's id is known.
    const QUuid id = currentRowId();
    if (!id.isNull() && id != m_detail->userId())
        m_detail->load(id);
    updateActions();
}

void UsersDashboard::updateActions()
{
    const bool admin = m_role == storage::StaffAdmin::Role::Admin;
    const bool have = m_detail->hasRecord() && !m_busy && m_detail->userId() == currentRowId();
    const bool active = m_detail->record().active;
    m_ban->setEnabled(admin && have && active);
    m_activate->setEnabled(admin && have && !active);
    m_edit->setEnabled(admin && have);
    m_assignPlan->setEnabled(admin && have);
    m_compensate->setEnabled(admin);
}

void UsersDashboard::banSelected()
{
    setActive(false);
}

void UsersDashboard::activateSelected()
{
    setActive(true);
}

void UsersDashboard::setActive(bool active)
{
    updateActions();
    if (!(active ? m_activate : m_ban)->isEnabled())
        return;
    const storage::UserRecord user = m_detail->record();
    const QString who =
        user.username.isEmpty() ? user.email : tr("%1 (%2)").arg(user.username, user.email);
    const bool go = active
                        ? m_confirm(this, tr("Activate user"),
                                    tr("Activate %1? They can use the service again.").arg(who))
                        : m_confirm(this, tr("Ban user"),
                                    tr("Ban %1? They can no longer use the service until someone "
                                       "activates them again.")
                                        .arg(who));
    if (!go)
        return;
    m_busy = true;
    updateActions();
    const QUuid id = user.id;
    const qint64 version = user.rowVersion;
    m_worker->run(
        this,
        [id, version, active](QSqlDatabase& db) {
            storage::UserEdit edit;
            edit.active = active;
            return QVariant::fromValue(storage::UsersRepository::update(db, id, version, edit));
        },
        [this, active](const storage::JobResult& result) {
            m_busy = false;
            if (!result.ok()) {
                showStatus(active ? tr("The user was not activated. %1").arg(result.error)
                                  : tr("The user was not banned. %1").arg(result.error));
                updateActions();
                return;
            }
            const auto update = result.value.value<storage::UsersRepository::UpdateResult>();
            if (update.outcome == storage::UsersRepository::Outcome::Saved) {
                showStatus(QString());
                onUserSaved(update.current);
                return;
            }
            // Conflict, gone, or refused: say so and show the user as stored now.
            showStatus(update.outcome == storage::UsersRepository::Outcome::Conflict
                           ? tr("Someone else changed this user in the meantime, so nothing was "
                                "changed. Check the current values, then try again.")
                           : update.message);
            m_model->refresh();
            m_detail->reload();
            updateActions();
        });
}

void UsersDashboard::editSelected()
{
    updateActions();
    if (!m_edit->isEnabled())
        return;
    if (m_editDialog) {
        m_editDialog->raise();
        m_editDialog->activateWindow();
        return;
    }
    m_editDialog = new UserEditDialog(m_worker, m_detail->record(), this);
    m_editDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editDialog, &UserEditDialog::saved, this, &UsersDashboard::onUserSaved);
    m_editDialog->open();
}

void UsersDashboard::compensateFiltered()
{
    updateActions();
    if (!m_compensate->isEnabled())
        return;
    // The very filter the list shows, so the preview counts the users on screen.
    QStringList parts;
    const storage::UserFilter f = filter();
    if (!f.search.isEmpty())
        parts << tr("search \"%1\"").arg(f.search);
    if (f.state != storage::UserFilter::State::Any)
        parts << m_state->currentText();
    if (!f.planId.isNull() || f.subscribed)
        parts << m_plan->currentText();
    if (f.nodeGroup)
        parts << m_nodeGroup->currentText();
    if (f.overQuota)
        parts << m_overQuota->text();
    auto* dialog = new CompensationDialog(
        m_worker, f, parts.isEmpty() ? tr("all users") : parts.join(QStringLiteral(", ")), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompensationDialog::applied, this, [this](qint64 users) {
        m_model->refresh();
        m_detail->reload();
        Q_EMIT userChanged(QUuid());
        showStatus(QString());
        MessageBox::information(this, tr("Compensate users"),
                                tr("%n user(s) were compensated. The audit log has each change "
                                   "and a summary with the filter.",
                                   nullptr, int(qMin<qint64>(users, INT_MAX))));
    });
    dialog->open();
}

void UsersDashboard::assignPlanToSelected()
{
    updateActions();
    if (!m_assignPlan->isEnabled())
        return;
    const storage::UserRecord user = m_detail->record();
    auto* dialog = new AssignPlanDialog(m_worker, user.id, user.email, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AssignPlanDialog::assigned, this, [this, user] { onUserSaved(user); });
    dialog->open();
}

void UsersDashboard::onUserSaved(const storage::UserRecord& user)
{
    m_model->refresh();
    if (m_detail->userId() == user.id)
        m_detail->reload();
    updateActions();
    Q_EMIT userChanged(user.id);
}

void UsersDashboard::hideEvent(QHideEvent* event)
{
    saveSettings();
    QWidget::hideEvent(event);
}

void UsersDashboard::saveSettings() const
{
    QSettings settings;
    settings.setValue(HeaderKey, m_view->horizontalHeader()->saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
}

void UsersDashboard::restoreSettings()
{
    QSettings settings;
    QHeaderView* header = m_view->horizontalHeader();
    if (header->restoreState(settings.value(HeaderKey).toByteArray())) {
        m_sortSection = header->sortIndicatorSection();
        m_sortOrder = header->sortIndicatorOrder();
    }
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
}

} // namespace pd::ui
