#include "ui/nodes/NodesDashboard.h"

#include "domain/ByteSize.h"
#include "item/LazyTableModel.h"
#include "storage/DbWorker.h"
#include "storage/NotificationListener.h"
#include "storage/TrafficSeries.h"
#include "ui/MessageBox.h"
#include "ui/charts/TrafficChart.h"
#include "ui/nodes/NodeEditDialog.h"
#include "ui/tables/TableCatalog.h"
#include "ui/tables/TableDashboard.h"
#include "ui/traffic/TopUsersView.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

using storage::NodeRecord;
using storage::NodesRepository;

namespace {
constexpr int AgeRefreshMs = 15000;
} // namespace

NodesDashboard::NodesDashboard(storage::DbWorker* worker, storage::StaffAdmin::Role role,
                               QWidget* parent)
    : QWidget(parent), m_worker(worker), m_role(role),
      m_table(new TableDashboard(worker, TableCatalog::nodes(role), this)),
      m_listener(new storage::NotificationListener(worker->profile(), worker->password(),
                                                   QStringLiteral("paneldesk_nodes"), this)),
      m_liveDelay(new QTimer(this)), m_ageTimer(new QTimer(this)), m_live(new QLabel(this)),
      m_title(new QLabel(this)), m_details(new QLabel(this)),
      m_enable(new QPushButton(tr("&Disable"), this)),
      m_editButton(new QPushButton(tr("&Edit…"), this)),
      m_reset(new QPushButton(tr("&Reset bandwidth…"), this)),
      m_threshold(new QPushButton(tr("Online &threshold…"), this)), m_range(new QComboBox(this)),
      m_export(new QPushButton(tr("E&xport PNG…"), this)), m_chart(new TrafficChart(this)),
      m_topUsers(new TopUsersView(worker, this))
{
    setObjectName(QStringLiteral("nodes"));
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);

    auto* tabs = new QTabWidget(splitter);
    auto* side = new QWidget(tabs);
    auto* sideLayout = new QVBoxLayout(side);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    sideLayout->addWidget(m_title);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    sideLayout->addWidget(m_details);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_enable);
    actions->addWidget(m_editButton);
    actions->addWidget(m_reset);
    actions->addWidget(m_threshold);
    actions->addStretch(1);
    sideLayout->addLayout(actions);
    auto* chartBar = new QHBoxLayout;
    m_range->addItem(tr("Last hour"), 1);
    m_range->addItem(tr("Last 24 hours"), 24);
    m_range->addItem(tr("Last 7 days"), 24 * 7);
    m_range->addItem(tr("Last 30 days"), 24 * 30);
    m_range->setCurrentIndex(1);
    chartBar->addWidget(m_range);
    chartBar->addStretch(1);
    chartBar->addWidget(m_export);
    sideLayout->addLayout(chartBar);
    sideLayout->addWidget(m_chart, 1);
    tabs->addTab(side, tr("&Node"));
    tabs->addTab(m_topUsers, tr("&Top users"));
    connect(m_topUsers, &TopUsersView::userRequested, this, &NodesDashboard::userRequested);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_live);

    // The database decides; the buttons only say in advance what it would refuse.
    const bool admin = m_role == storage::StaffAdmin::Role::Admin;
    for (QPushButton* b : {m_enable, m_editButton, m_reset}) {
        b->setEnabled(false);
        if (!admin)
            b->setToolTip(tr("Only administrators can change nodes."));
    }
    m_threshold->setEnabled(admin);
    m_threshold->setToolTip(admin ? tr("How old a heartbeat may be for a node to count as online.")
                                  : tr("Only administrators can change nodes."));

    m_live->setText(tr("Connecting to live updates…"));
    connect(m_listener, &storage::NotificationListener::listeningChanged, this,
            [this](bool listening) {
                m_live->setText(listening ? tr("Live: changes appear as nodes report.")
                                          : tr("Live updates interrupted; reconnecting…"));
            });
    // Several nodes reporting at once give one re-read, not one each.
    m_liveDelay->setSingleShot(true);
    m_liveDelay->setInterval(250);
    const auto liveRefresh = [this] {
        ++m_liveRefreshes;
        m_table->refresh();
        if (m_nodeId)
            loadNode();
    };
    connect(m_liveDelay, &QTimer::timeout, this, liveRefresh);
    connect(m_listener, &storage::NotificationListener::notified, this, [this] {
        if (!m_liveDelay->isActive())
            m_liveDelay->start();
    });
    connect(m_listener, &storage::NotificationListener::resynced, m_liveDelay,
            qOverload<>(&QTimer::start));
    m_ageTimer->setInterval(AgeRefreshMs);
    connect(m_ageTimer, &QTimer::timeout, this, [this] { m_table->refresh(); });
    m_ageTimer->start();

    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NodesDashboard::selectionChanged);
    connect(m_range, &QComboBox::currentIndexChanged, this, &NodesDashboard::loadChart);
    connect(m_enable, &QPushButton::clicked, this, &NodesDashboard::toggleEnabled);
    connect(m_editButton, &QPushButton::clicked, this, &NodesDashboard::editNode);
    connect(m_reset, &QPushButton::clicked, this, &NodesDashboard::resetBandwidth);
    connect(m_threshold, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const int seconds = QInputDialog::getInt(
            this, tr("Online threshold"),
            tr("A node counts as online while its last heartbeat is younger than (seconds):"),
            m_onlineThreshold, 10, 86400, 10, &ok);
        if (ok)
            setOnlineThreshold(seconds);
    });
    connect(m_export, &QPushButton::clicked, this, &NodesDashboard::exportChart);

    showNode();
    loadChart();
    m_listener->start();
    m_worker->runReadOnly(
        this, [](QSqlDatabase& db) { return QVariant(NodesRepository::onlineThreshold(db)); },
        [this](const storage::JobResult& r) {
            if (r.ok())
                m_onlineThreshold = r.value.toInt();
        });
}

NodesDashboard::~NodesDashboard() = default;

bool NodesDashboard::isLive() const
{
    return m_listener->isListening();
}

QString NodesDashboard::liveText() const
{
    return m_live->text();
}

void NodesDashboard::selectionChanged()
{
    const QModelIndex current = m_table->view()->currentIndex();
    m_nodeId = current.isValid() ? m_table->model()->rowId(current.row()).toInt() : 0;
    m_node = NodeRecord();
    showNode();
    if (m_nodeId)
        loadNode();
    loadChart();
}

void NodesDashboard::loadNode()
{
    const int id = m_nodeId;
    m_worker->runReadOnly(
        this, [id](QSqlDatabase& db) { return QVariant::fromValue(NodesRepository::get(db, id)); },
        [this, id](const storage::JobResult& r) {
            if (id != m_nodeId)
                return;
            if (!r.ok()) {
                m_details->setText(r.error);
                return;
            }
            m_node = r.value.value<NodeRecord>();
            showNode();
            Q_EMIT nodeLoaded();
        });
}

void NodesDashboard::showNode()
{
    const bool admin = m_role == storage::StaffAdmin::Role::Admin;
    const bool have = m_node.id != 0;
    m_enable->setEnabled(admin && have);
    m_editButton->setEnabled(admin && have);
    m_reset->setEnabled(admin && have && m_node.bandwidthUsed > 0);
    if (!have) {
        m_title->setText(m_nodeId ? tr("Loading…") : tr("All nodes"));
        m_details->setText(m_nodeId ? QString() : tr("Select a node to see and change it."));
        return;
    }
    m_enable->setText(m_node.enabled ? tr("&Disable") : tr("&Enable"));
    m_title->setText(m_node.name);
    const QLocale locale;
    const QString limit =
        m_node.bandwidthLimit ? domain::bytes::format(m_node.bandwidthLimit) : tr("unlimited");
    m_details->setText(
        tr("%1 · group %2 · rate %3 · %4\n"
           "%5, %6 online users, load %7, last heartbeat %8\n"
           "Bandwidth used %9 of %10\n"
           "Traffic: last hour %11, 24 h %12, 72 h %13")
            .arg(m_node.address)
            .arg(m_node.nodeGroup)
            .arg(m_node.trafficRate, m_node.enabled ? tr("enabled") : tr("disabled"),
                 m_node.online ? tr("Online") : tr("Offline"))
            .arg(m_node.onlineUsers)
            .arg(m_node.load.isEmpty() ? QStringLiteral("–") : m_node.load,
                 m_node.lastHeartbeatAt.isValid()
                     ? locale.toString(m_node.lastHeartbeatAt.toLocalTime(), QLocale::ShortFormat)
                     : tr("never"),
                 domain::bytes::format(m_node.bandwidthUsed), limit,
                 domain::bytes::format(m_node.traffic1h), domain::bytes::format(m_node.traffic24h),
                 domain::bytes::format(m_node.traffic72h)));
}

void NodesDashboard::loadChart()
{
    const int id = m_nodeId;
    const int hours = m_range->currentData().toInt();
    m_chart->setTitle(
        id ? tr("Traffic of %1").arg(m_node.name.isEmpty() ? QString::number(id) : m_node.name)
           : tr("Traffic of all nodes"));
    m_worker->runReadOnly(
        this,
        [id, hours](QSqlDatabase& db) {
            return QVariant::fromValue(storage::TrafficSeries::forNode(db, id, hours));
        },
        [this, id, hours](const storage::JobResult& r) {
            if (id != m_nodeId || hours != m_range->currentData().toInt() || !r.ok())
                return;
            m_chart->setSeries(r.value.value<QList<storage::TrafficSeries::Bucket>>());
            Q_EMIT chartLoaded();
        });
}

void NodesDashboard::toggleEnabled()
{
    if (!m_node.id)
        return;
    storage::NodeEdit edit;
    edit.enabled = !m_node.enabled;
    if (m_node.enabled &&
        MessageBox::question(this, tr("Disable node"),
                             tr("Disable %1? Its %n online user(s) lose this node until it is "
                                "enabled again.",
                                nullptr, m_node.onlineUsers)
                                 .arg(m_node.name)) != QMessageBox::Yes)
        return;
    save(edit, tr("The node was not changed"));
}

void NodesDashboard::editNode()
{
    if (!m_node.id)
        return;
    NodeEditDialog dialog(m_node, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    save(dialog.edit(), tr("The node was not saved"));
}

void NodesDashboard::resetBandwidth()
{
    if (!m_node.id)
        return;
    if (MessageBox::question(this, tr("Reset bandwidth"),
                             tr("Reset the bandwidth counter of %1 from %2 to zero? The "
                                "traffic history and what users were charged stay.")
                                 .arg(m_node.name, domain::bytes::format(m_node.bandwidthUsed))) !=
        QMessageBox::Yes)
        return;
    storage::NodeEdit edit;
    edit.resetBandwidth = true;
    save(edit, tr("The bandwidth was not reset"));
}

void NodesDashboard::save(const storage::NodeEdit& edit, const QString& failureTitle)
{
    const int id = m_node.id;
    const qint64 version = m_node.rowVersion;
    m_worker->run(
        this,
        [id, version, edit](QSqlDatabase& db) {
            return QVariant::fromValue(NodesRepository::update(db, id, version, edit));
        },
        [this, failureTitle](const storage::JobResult& r) {
            if (!r.ok()) {
                MessageBox::warning(this, failureTitle, r.error);
                return;
            }
            const auto result = r.value.value<NodesRepository::UpdateResult>();
            if (result.outcome != NodesRepository::Outcome::Saved)
                MessageBox::warning(this, failureTitle, result.message);
            if (result.current.id == m_nodeId && result.current.id) {
                m_node = result.current;
                showNode();
            }
            m_table->refresh();
        });
}

void NodesDashboard::setOnlineThreshold(int seconds)
{
    m_worker->run(
        this,
        [seconds](QSqlDatabase& db) {
            NodesRepository::setOnlineThreshold(db, seconds);
            return QVariant(seconds);
        },
        [this](const storage::JobResult& r) {
            if (!r.ok()) {
                MessageBox::warning(this, tr("The threshold was not changed"), r.error);
                return;
            }
            m_onlineThreshold = r.value.toInt();
            m_table->refresh();
            if (m_nodeId)
                loadNode();
            Q_EMIT thresholdChanged(m_onlineThreshold);
        });
}

void NodesDashboard::exportChart()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), tr("traffic.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!m_chart->exportPng(path))
        MessageBox::warning(
            this, tr("Export chart"),
            tr("The chart could not be saved to %1. Choose another folder.").arg(path));
}

} // namespace pd::ui
