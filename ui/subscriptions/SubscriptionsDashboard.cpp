#include "ui/subscriptions/SubscriptionsDashboard.h"

#include "item/LazyTableModel.h"
#include "storage/PlansRepository.h"
#include "ui/MessageBox.h"
#include "ui/subscriptions/SubscriptionDetailPanel.h"
#include "ui/tables/ValueLabelDelegate.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

const QString HeaderKey = QStringLiteral("subscriptions/header");
const QString SplitterKey = QStringLiteral("subscriptions/splitter");
constexpr int PlanActiveRole = Qt::UserRole + 1;

QToolButton* actionButton(QAction* action)
{
    auto* button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

SubscriptionsDashboard::SubscriptionsDashboard(storage::DbWorker* worker,
                                               storage::StaffAdmin::Role role, QWidget* parent)
    : QWidget(parent), m_worker(worker), m_role(role)
{
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search by user email…"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 2);
    m_status = new QComboBox;
    m_status->addItem(tr("Any status"), QString());
    for (const char* s : {"active", "cancelled", "expired"})
        m_status->addItem(storage::SubscriptionsRepository::statusName(QString::fromLatin1(s)),
                          QString::fromLatin1(s));
    filters->addWidget(m_status);
    m_plan = new QComboBox;
    m_plan->addItem(tr("Any plan"), QString());
    filters->addWidget(m_plan);
    m_expiring = new QSpinBox;
    m_expiring->setRange(0, 3650);
    m_expiring->setSpecialValueText(tr("Any expiry"));
    m_expiring->setPrefix(tr("Expiring within "));
    m_expiring->setSuffix(tr(" days"));
    filters->addWidget(m_expiring);
    m_quotaAbove = new QSpinBox;
    m_quotaAbove->setRange(0, 100);
    m_quotaAbove->setSpecialValueText(tr("Any quota use"));
    m_quotaAbove->setPrefix(tr("Quota ≥ "));
    m_quotaAbove->setSuffix(tr(" %"));
    filters->addWidget(m_quotaAbove);
    m_count = new QLabel;
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_extend = new QAction(tr("E&xtend…"), this);
    m_extend->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_changePlan = new QAction(tr("Change &plan…"), this);
    m_cancelAtEnd = new QAction(tr("Cancel at period &end"), this);
    m_cancelNow = new QAction(tr("&Cancel now…"), this);
    m_resetQuota = new QAction(tr("Reset &quota…"), this);
    m_autoRenew = new QAction(tr("&Auto-renew"), this);
    m_autoRenew->setCheckable(true);
    m_refresh = new QAction(tr("&Refresh"), this);
    auto* actions = new QHBoxLayout;
    for (QAction* a : {m_extend, m_changePlan, m_cancelAtEnd, m_cancelNow, m_resetQuota,
                       m_autoRenew, m_refresh}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        actions->addWidget(actionButton(a));
    }
    actions->addStretch(1);
    layout->addLayout(actions);
    connect(m_extend, &QAction::triggered, this, [this] { extendSelected(); });
    connect(m_changePlan, &QAction::triggered, this, [this] { changePlanSelected(); });
    connect(m_cancelAtEnd, &QAction::triggered, this, [this] { cancelSelected(true); });
    connect(m_cancelNow, &QAction::triggered, this, [this] { cancelSelected(false); });
    connect(m_resetQuota, &QAction::triggered, this, &SubscriptionsDashboard::resetQuotaSelected);
    connect(m_autoRenew, &QAction::triggered, this,
            &SubscriptionsDashboard::toggleAutoRenewSelected);
    connect(m_refresh, &QAction::triggered, this, &SubscriptionsDashboard::refresh);

    m_statusLabel = new QLabel;
    m_statusLabel->setWordWrap(true);
    m_statusLabel->hide();
    layout->addWidget(m_statusLabel);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_view = new QTableView;
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(
        {m_extend, m_changePlan, m_cancelAtEnd, m_cancelNow, m_resetQuota, m_autoRenew});
    m_splitter->addWidget(m_view);
    m_detail = new SubscriptionDetailPanel(worker, this);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    m_model = new item::LazyTableModel(worker, this);
    m_model->setQuery(storage::SubscriptionsRepository::listQuery(filter()));
    m_view->setModel(m_model);
    if (const int c = columnOf(QStringLiteral("status")); c >= 0)
        m_view->setItemDelegateForColumn(
            c, new ValueLabelDelegate({{QStringLiteral("active"), tr("Active")},
                                       {QStringLiteral("cancelled"), tr("Cancelled")},
                                       {QStringLiteral("expired"), tr("Expired")}},
                                      this));
    if (const int c = columnOf(QStringLiteral("quota_limit")); c >= 0)
        m_view->setItemDelegateForColumn(
            c, new ValueLabelDelegate({{QString(), tr("Unlimited")}}, this));
    if (const int c = columnOf(QStringLiteral("period_end")); c >= 0)
        m_view->setItemDelegateForColumn(
            c, new ValueLabelDelegate({{QString(), tr("Lifetime")}}, this));

    QSettings settings;
    m_view->horizontalHeader()->restoreState(settings.value(HeaderKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    m_view->horizontalHeader()->setSortIndicator(m_model->query().sortColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    // Only indexed columns sort (the model ignores the others): keep the indicator truthful.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder) {
                const auto& q = m_model->query();
                if (section >= 0 && section < q.columns.size() &&
                    q.columns.at(section).sortExpr.isEmpty()) {
                    QSignalBlocker block(m_view->horizontalHeader());
                    m_view->horizontalHeader()->setSortIndicator(
                        q.sortColumn, q.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
                }
            });
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    connect(m_model, &item::LazyTableModel::countChanged, this, [this](qint64 count, bool exact) {
        m_count->setText(exact ? tr("%1 subscription(s)").arg(QLocale().toString(count))
                               : tr("about %1 subscriptions").arg(QLocale().toString(count)));
    });
    connect(m_model, &item::LazyTableModel::errorOccurred, this,
            [this](const QString& m) { showStatus(m); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SubscriptionsDashboard::syncDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SubscriptionsDashboard::syncDetail);
    connect(m_detail, &SubscriptionDetailPanel::loaded, this,
            &SubscriptionsDashboard::updateActions);
    connect(m_detail, &SubscriptionDetailPanel::cleared, this,
            &SubscriptionsDashboard::updateActions);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &SubscriptionsDashboard::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &SubscriptionsDashboard::applyFilter);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &SubscriptionsDashboard::applyFilter);
    connect(m_expiring, &QSpinBox::valueChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_quotaAbove, &QSpinBox::valueChanged, m_delay, qOverload<>(&QTimer::start));

    if (m_role != storage::StaffAdmin::Role::Admin) {
        for (QAction* a :
             {m_extend, m_changePlan, m_cancelAtEnd, m_cancelNow, m_resetQuota, m_autoRenew})
            a->setToolTip(tr("Only administrators can change subscriptions."));
    }
    reloadPlans();
    updateActions();
}

SubscriptionsDashboard::~SubscriptionsDashboard()
{
    QSettings settings;
    settings.setValue(HeaderKey, m_view->horizontalHeader()->saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
}

int SubscriptionsDashboard::columnOf(const QString& key) const
{
    const auto& columns = m_model->query().columns;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key)
            return i;
    }
    return -1;
}

storage::SubscriptionFilter SubscriptionsDashboard::filter() const
{
    storage::SubscriptionFilter f;
    f.status = m_status->currentData().toString();
    f.planId = QUuid::fromString(m_plan->currentData().toString());
    if (m_expiring->value() > 0)
        f.expiringWithin = m_expiring->value();
    if (m_quotaAbove->value() > 0)
        f.quotaAbove = m_quotaAbove->value();
    f.userSearch = m_search->text();
    return f;
}

void SubscriptionsDashboard::applyFilter()
{
    m_delay->stop();
    const auto& current = m_model->query();
    const QString sortKey = current.columns.value(current.sortColumn).key;
    const storage::TableQuery q =
        storage::SubscriptionsRepository::listQuery(filter(), sortKey, current.descending);
    if (q.where == current.where && q.params == current.params)
        return;
    showStatus(QString());
    m_model->setQuery(q);
}

void SubscriptionsDashboard::reloadPlans()
{
    m_worker->runReadOnly(
        this,
        [](QSqlDatabase& db) {
            return QVariant::fromValue(storage::PlansRepository::all(db, false));
        },
        [this](const storage::JobResult& result) {
            if (!result.ok()) {
                showStatus(tr("The plan filter could not be loaded. %1").arg(result.error));
                return;
            }
            const QString keep = m_plan->currentData().toString();
            QSignalBlocker block(m_plan);
            while (m_plan->count() > 1)
                m_plan->removeItem(1);
            for (const auto& p : result.value.value<QList<storage::PlanRecord>>()) {
                m_plan->addItem(p.active ? p.name : tr("%1 (inactive)").arg(p.name),
                                p.id.toString(QUuid::WithoutBraces));
                m_plan->setItemData(m_plan->count() - 1, p.active, PlanActiveRole);
            }
            m_plan->setCurrentIndex(qMax(0, m_plan->findData(keep)));
        });
}

void SubscriptionsDashboard::refresh()
{
    showStatus(QString());
    m_model->refresh();
    m_detail->reload();
    reloadPlans();
}

QString SubscriptionsDashboard::statusText() const
{
    return m_statusLabel->isHidden() ? QString() : m_statusLabel->text();
}

void SubscriptionsDashboard::showStatus(const QString& message, bool error)
{
    m_statusLabel->setText(message);
    m_statusLabel->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_statusLabel->setVisible(!message.isEmpty());
}

QUuid SubscriptionsDashboard::selectedId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return {};
    const QVariant id = m_model->rowId(current.row());
    return id.isNull() ? QUuid() : QUuid::fromString(id.toString());
}

void SubscriptionsDashboard::syncDetail()
{
    const QUuid id = selectedId();
    if (!id.isNull() && (!m_detail->hasRecord() || m_detail->detail().subscription.id != id))
        m_detail->load(id);
    updateActions();
}

void SubscriptionsDashboard::updateActions()
{
    const bool admin = m_role == storage::StaffAdmin::Role::Admin;
    const bool have =
        m_detail->hasRecord() && !m_busy && m_detail->detail().subscription.id == selectedId();
    const auto& s = m_detail->detail().subscription;
    const bool active = have && s.status == QLatin1String("active");
    const bool finite = active && s.periodEnd.isValid();
    m_extend->setEnabled(admin && finite);
    m_changePlan->setEnabled(admin && active);
    m_cancelAtEnd->setEnabled(admin && finite && !s.cancelAtPeriodEnd);
    m_cancelNow->setEnabled(admin && active);
    m_resetQuota->setEnabled(admin && active && s.quotaUsed > 0);
    m_autoRenew->setEnabled(admin && finite);
    m_autoRenew->setChecked(have && s.autoRenew);
}

void SubscriptionsDashboard::runAct(const QString& done, const QString& failed,
                                    std::function<void(QSqlDatabase&, const QUuid&)> act)
{
    const QUuid id = m_detail->detail().subscription.id;
    m_busy = true;
    updateActions();
    m_worker->run(
        this,
        [id, act](QSqlDatabase& db) {
            act(db, id);
            return QVariant();
        },
        [this, done, failed](const storage::JobResult& result) {
            m_busy = false;
            if (!result.ok())
                showStatus(failed.arg(result.error));
            else
                showStatus(done, false);
            m_model->refresh();
            m_detail->reload();
            updateActions();
            if (result.ok())
                Q_EMIT subscriptionChanged();
        });
}

void SubscriptionsDashboard::extendSelected()
{
    if (!m_extend->isEnabled())
        return;
    bool ok = false;
    const int days = QInputDialog::getInt(
        this, tr("Extend subscription"),
        tr("Add how many days to the period of %1?").arg(m_detail->detail().subscription.userEmail),
        30, 1, 3650, 1, &ok);
    if (ok)
        extendSelectedBy(days);
}

void SubscriptionsDashboard::extendSelectedBy(int days)
{
    updateActions();
    if (!m_extend->isEnabled())
        return;
    runAct(tr("The subscription was extended by %n day(s).", nullptr, days),
           tr("The subscription was not extended. %1"), [days](QSqlDatabase& db, const QUuid& id) {
               storage::SubscriptionsRepository::extend(db, id, days);
           });
}

void SubscriptionsDashboard::changePlanSelected()
{
    if (!m_changePlan->isEnabled())
        return;
    const auto s = m_detail->detail().subscription;
    QStringList names;
    QList<QUuid> ids;
    for (int i = 1; i < m_plan->count(); ++i) {
        const QUuid id = QUuid::fromString(m_plan->itemData(i).toString());
        if (id != s.planId && m_plan->itemData(i, PlanActiveRole).toBool()) {
            names << m_plan->itemText(i);
            ids << id;
        }
    }
    if (names.isEmpty()) {
        showStatus(tr("There is no other active plan to move to. Create one on the Plans page."));
        return;
    }
    // The note says what the unused time is worth; no money moves here.
    const domain::Money unused =
        storage::SubscriptionsRepository::unusedValue(s, QDateTime::currentDateTimeUtc());
    const QString note =
        unused.isValid()
            ? tr("The unused part of the current period is worth about %1 pro rata. Changing "
                 "the plan moves no money: refund or charge it separately if you want to.")
                  .arg(unused.toDisplayString())
            : tr("The current period has no unused value to settle.");
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Change plan"),
        tr("Move %1 from %2 to which plan? A new period of that plan starts now.\n%3")
            .arg(s.userEmail, s.planName, note),
        names, 0, false, &ok);
    if (ok)
        changePlanSelectedTo(ids.value(names.indexOf(chosen)));
}

void SubscriptionsDashboard::changePlanSelectedTo(const QUuid& planId)
{
    updateActions();
    if (!m_changePlan->isEnabled() || planId.isNull())
        return;
    runAct(tr("The subscription was moved to the new plan."), tr("The plan was not changed. %1"),
           [planId](QSqlDatabase& db, const QUuid& id) {
               storage::SubscriptionsRepository::changePlan(db, id, planId);
           });
}

void SubscriptionsDashboard::cancelSelected(bool atPeriodEnd)
{
    updateActions();
    if (!(atPeriodEnd ? m_cancelAtEnd : m_cancelNow)->isEnabled())
        return;
    const QString who = m_detail->detail().subscription.userEmail;
    if (!atPeriodEnd &&
        MessageBox::question(this, tr("Cancel subscription"),
                             tr("Cancel the subscription of %1 now? Their service level ends "
                                "at once.")
                                 .arg(who)) != QMessageBox::Yes)
        return;
    runAct(atPeriodEnd ? tr("The subscription ends at the end of its period and will not renew.")
                       : tr("The subscription was cancelled."),
           tr("The subscription was not cancelled. %1"),
           [atPeriodEnd](QSqlDatabase& db, const QUuid& id) {
               storage::SubscriptionsRepository::cancel(db, id, atPeriodEnd);
           });
}

void SubscriptionsDashboard::resetQuotaSelected()
{
    updateActions();
    if (!m_resetQuota->isEnabled())
        return;
    if (MessageBox::question(this, tr("Reset quota"),
                             tr("Set the quota used by %1 back to 0?")
                                 .arg(m_detail->detail().subscription.userEmail)) !=
        QMessageBox::Yes)
        return;
    runAct(tr("The quota was reset."), tr("The quota was not reset. %1"),
           [](QSqlDatabase& db, const QUuid& id) {
               storage::SubscriptionsRepository::resetQuota(db, id);
           });
}

void SubscriptionsDashboard::toggleAutoRenewSelected()
{
    const bool on = !m_detail->detail().subscription.autoRenew;
    updateActions();
    if (!m_autoRenew->isEnabled())
        return;
    runAct(on ? tr("Auto-renew is on.") : tr("Auto-renew is off."),
           tr("Auto-renew was not changed. %1"), [on](QSqlDatabase& db, const QUuid& id) {
               storage::SubscriptionsRepository::setAutoRenew(db, id, on);
           });
}

} // namespace pd::ui
