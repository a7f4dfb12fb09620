#include "ui/plans/PlansDashboard.h"

#include "item/LazyTableModel.h"
#include "ui/MessageBox.h"
#include "ui/plans/PlanEditDialog.h"
#include "ui/tables/ValueLabelDelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

const QString HeaderKey = QStringLiteral("plans/header");

QToolButton* actionButton(QAction* action)
{
    auto* button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

PlansDashboard::PlansDashboard(storage::DbWorker* worker, storage::StaffAdmin::Role role,
                               QWidget* parent)
    : QWidget(parent), m_worker(worker), m_role(role)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search plans by name…"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    m_count = new QLabel;
    top->addWidget(m_count);
    layout->addLayout(top);

    m_new = new QAction(tr("&New plan…"), this);
    m_new->setShortcut(QKeySequence::New);
    m_edit = new QAction(tr("&Edit…"), this);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_toggleActive = new QAction(tr("&Deactivate"), this);
    m_delete = new QAction(tr("De&lete…"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_refresh = new QAction(tr("&Refresh"), this);
    auto* actions = new QHBoxLayout;
    for (QAction* a : {m_new, m_edit, m_toggleActive, m_delete, m_refresh}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        actions->addWidget(actionButton(a));
    }
    actions->addStretch(1);
    layout->addLayout(actions);
    connect(m_new, &QAction::triggered, this, &PlansDashboard::newPlan);
    connect(m_edit, &QAction::triggered, this, &PlansDashboard::editSelected);
    connect(m_toggleActive, &QAction::triggered, this, &PlansDashboard::toggleActiveSelected);
    connect(m_delete, &QAction::triggered, this, &PlansDashboard::deleteSelected);
    connect(m_refresh, &QAction::triggered, this, &PlansDashboard::refresh);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    m_view = new QTableView;
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_edit, m_toggleActive, m_delete});
    layout->addWidget(m_view, 1);

    m_model = new item::LazyTableModel(worker, this);
    m_model->setQuery(storage::PlansRepository::listQuery());
    m_view->setModel(m_model);
    if (const int c = columnOf(QStringLiteral("billing_cycle")); c >= 0)
        m_view->setItemDelegateForColumn(
            c, new ValueLabelDelegate({{QStringLiteral("monthly"), tr("Monthly")},
                                       {QStringLiteral("yearly"), tr("Yearly")},
                                       {QStringLiteral("lifetime"), tr("Lifetime")}},
                                      this));
    if (const int c = columnOf(QStringLiteral("quota_limit")); c >= 0)
        m_view->setItemDelegateForColumn(
            c, new ValueLabelDelegate({{QString(), tr("Unlimited")}}, this));
    QSettings settings;
    m_view->horizontalHeader()->restoreState(settings.value(HeaderKey).toByteArray());
    m_view->horizontalHeader()->setSortIndicator(m_model->query().sortColumn, Qt::AscendingOrder);
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

    connect(m_model, &item::LazyTableModel::countChanged, this, [this](qint64 count, bool) {
        m_count->setText(tr("%1 plan(s)").arg(QLocale().toString(count)));
    });
    connect(m_model, &item::LazyTableModel::errorOccurred, this,
            [this](const QString& message) { showStatus(message); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlansDashboard::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlansDashboard::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PlansDashboard::updateActions);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &PlansDashboard::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));

    if (m_role != storage::StaffAdmin::Role::Admin) {
        for (QAction* a : {m_new, m_edit, m_toggleActive, m_delete})
            a->setToolTip(tr("Only administrators can change plans."));
    }
    updateActions();
}

PlansDashboard::~PlansDashboard()
{
    QSettings().setValue(HeaderKey, m_view->horizontalHeader()->saveState());
}

PlanEditDialog* PlansDashboard::editDialog() const
{
    return m_dialog;
}

int PlansDashboard::columnOf(const QString& key) const
{
    const auto& columns = m_model->query().columns;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key)
            return i;
    }
    return -1;
}

QString PlansDashboard::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void PlansDashboard::showStatus(const QString& message, bool error)
{
    m_status->setText(message);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_status->setVisible(!message.isEmpty());
}

void PlansDashboard::applySearch()
{
    storage::TableQuery q = storage::PlansRepository::listQuery(m_search->text());
    q.sortColumn = m_model->query().sortColumn;
    q.descending = m_model->query().descending;
    m_model->setQuery(q);
}

void PlansDashboard::refresh()
{
    showStatus(QString());
    m_model->refresh();
}

QUuid PlansDashboard::selectedId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return {};
    const QVariant id = m_model->rowId(current.row());
    return id.isNull() ? QUuid() : QUuid::fromString(id.toString());
}

void PlansDashboard::updateActions()
{
    const bool admin = m_role == storage::StaffAdmin::Role::Admin;
    const bool have = !selectedId().isNull();
    m_new->setEnabled(admin);
    m_edit->setEnabled(admin && have);
    m_toggleActive->setEnabled(admin && have);
    m_delete->setEnabled(admin && have);
    if (have) {
        const int row = m_view->selectionModel()->currentIndex().row();
        const bool active = m_model->index(row, columnOf(QStringLiteral("is_active")))
                                .data(item::LazyTableModel::RawValueRole)
                                .toBool();
        m_toggleActive->setText(active ? tr("&Deactivate") : tr("&Activate"));
        const qint64 subscribers = m_model->index(row, columnOf(QStringLiteral("subscribers")))
                                       .data(item::LazyTableModel::RawValueRole)
                                       .toLongLong();
        // Say why before anyone tries: the database would refuse it anyway.
        m_delete->setToolTip(subscribers > 0
                                 ? tr("This plan has subscribers and cannot be deleted; "
                                      "deactivate it instead.")
                                 : QString());
    }
}

void PlansDashboard::loadSelected(const std::function<void(const storage::PlanRecord&)>& then)
{
    const QUuid id = selectedId();
    if (id.isNull())
        return;
    m_worker->run(
        this,
        [id](QSqlDatabase& db) -> QVariant {
            const auto plan = storage::PlansRepository::get(db, id);
            return plan ? QVariant::fromValue(*plan) : QVariant();
        },
        [this, then](const storage::JobResult& result) {
            if (!result.ok()) {
                showStatus(tr("The plan could not be loaded. %1").arg(result.error));
                return;
            }
            if (!result.value.isValid()) {
                showStatus(tr("This plan no longer exists: someone deleted it."));
                m_model->refresh();
                return;
            }
            then(result.value.value<storage::PlanRecord>());
        });
}

void PlansDashboard::openDialog(const storage::PlanRecord& plan)
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new PlanEditDialog(m_worker, plan, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &PlanEditDialog::saved, this, [this](const storage::PlanRecord& p) {
        onChanged(tr("The plan %1 was saved.").arg(p.name));
    });
    m_dialog->open();
}

void PlansDashboard::newPlan()
{
    if (!m_new->isEnabled())
        return;
    storage::PlanRecord plan;
    plan.price = domain::Money(0, QStringLiteral("CNY"));
    openDialog(plan);
}

void PlansDashboard::editSelected()
{
    if (!m_edit->isEnabled())
        return;
    loadSelected([this](const storage::PlanRecord& plan) { openDialog(plan); });
}

void PlansDashboard::toggleActiveSelected()
{
    if (!m_toggleActive->isEnabled())
        return;
    loadSelected([this](const storage::PlanRecord& plan) {
        const bool activate = !plan.active;
        if (!activate &&
            MessageBox::question(this, tr("Deactivate plan"),
                                 tr("Deactivate %1? Nobody new can get it; its %n current "
                                    "subscriber(s) keep it.",
                                    nullptr, int(plan.subscribers))
                                     .arg(plan.name)) != QMessageBox::Yes)
            return;
        const QUuid id = plan.id;
        const QString name = plan.name;
        m_worker->run(
            this,
            [id, activate](QSqlDatabase& db) {
                storage::PlansRepository::setActive(db, id, activate);
                return QVariant();
            },
            [this, activate, name](const storage::JobResult& result) {
                if (!result.ok()) {
                    showStatus(tr("The plan was not changed. %1").arg(result.error));
                    return;
                }
                onChanged(activate ? tr("The plan %1 is active again.").arg(name)
                                   : tr("The plan %1 was deactivated.").arg(name));
            });
    });
}

void PlansDashboard::deleteSelected()
{
    if (!m_delete->isEnabled())
        return;
    loadSelected([this](const storage::PlanRecord& plan) {
        if (plan.subscribers > 0) {
            showStatus(tr("%1 has %n active subscriber(s), so it cannot be deleted: their "
                          "subscriptions refer to it. Deactivate it instead so nobody new gets "
                          "it.",
                          nullptr, int(plan.subscribers))
                           .arg(plan.name));
            return;
        }
        if (MessageBox::question(this, tr("Delete plan"),
                                 tr("Delete the plan %1? This cannot be undone.").arg(plan.name)) !=
            QMessageBox::Yes)
            return;
        const QUuid id = plan.id;
        const QString name = plan.name;
        m_worker->run(
            this,
            [id](QSqlDatabase& db) {
                storage::PlansRepository::remove(db, id);
                return QVariant();
            },
            [this, name](const storage::JobResult& result) {
                if (!result.ok()) {
                    showStatus(tr("The plan was not deleted. %1").arg(result.error));
                    return;
                }
                onChanged(tr("The plan %1 was deleted.").arg(name));
            });
    });
}

void PlansDashboard::onChanged(const QString& message)
{
    showStatus(message, false);
    m_model->refresh();
    Q_EMIT planChanged();
}

} // namespace pd::ui
