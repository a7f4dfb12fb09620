#pragma once

#include "storage/NodesRepository.h"
#include "storage/StaffAdmin.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace pd::storage {
class DbWorker;
class NotificationListener;
} // namespace pd::storage

namespace pd::ui {

class TableDashboard;
class TopUsersView;
class TrafficChart;

// Nodes, live: the list follows the database's NOTIFY on every heartbeat, report and edit
// (through a LISTEN connection of its own), and re-reads every 15 s so "online" follows the
// heartbeat's age. Beside it the selected node (or the whole site) with its traffic of the last
// hour, 24 h and 72 h and a chart, the top users by traffic, and the administrator's actions:
// enable or disable, edit rate, group and limit, reset the bandwidth counter, set the online
// threshold. The database decides who may; other roles see the actions disabled.
class NodesDashboard : public QWidget
{
    Q_OBJECT
public:
    NodesDashboard(storage::DbWorker* worker, storage::StaffAdmin::Role role,
                   QWidget* parent = nullptr);
    ~NodesDashboard() override;

    TableDashboard* table() const { return m_table; }
    TrafficChart* chart() const { return m_chart; }
    TopUsersView* topUsers() const { return m_topUsers; }
    int selectedNodeId() const { return m_nodeId; }
    const storage::NodeRecord& selectedNode() const { return m_node; }
    bool isLive() const;
    QString liveText() const;
    QPushButton* enableButton() const { return m_enable; }
    QPushButton* editButton() const { return m_editButton; }
    QPushButton* resetButton() const { return m_reset; }
    QComboBox* rangeBox() const { return m_range; }
    // How many times the list was re-read because the database said something changed.
    int liveRefreshes() const { return m_liveRefreshes; }

public Q_SLOTS:
    void toggleEnabled();
    void editNode();
    void resetBandwidth();
    void exportChart();
    // Sets app_settings.node_online_threshold_seconds (administrators; audited).
    void setOnlineThreshold(int seconds);

Q_SIGNALS:
    void nodeLoaded();
    void chartLoaded();
    // A user picked in the top users list, to open on the Users page.
    void userRequested(const QString& userId);
    void thresholdChanged(int seconds);

private:
    void selectionChanged();
    void loadNode();
    void loadChart();
    void save(const storage::NodeEdit& edit, const QString& failureTitle);
    void showNode();

    storage::DbWorker* m_worker;
    storage::StaffAdmin::Role m_role;
    TableDashboard* m_table;
    storage::NotificationListener* m_listener;
    QTimer* m_liveDelay;
    QTimer* m_ageTimer;
    QLabel* m_live;
    QLabel* m_title;
    QLabel* m_details;
    QPushButton* m_enable;
    QPushButton* m_editButton;
    QPushButton* m_reset;
    QPushButton* m_threshold;
    QComboBox* m_range;
    QPushButton* m_export;
    TrafficChart* m_chart;
    TopUsersView* m_topUsers;
    int m_nodeId = 0;
    storage::NodeRecord m_node;
    int m_liveRefreshes = 0;
    int m_onlineThreshold = 300;
};

} // namespace pd::ui
