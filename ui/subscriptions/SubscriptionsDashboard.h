#pragma once

#include "storage/DbWorker.h"
#include "storage/StaffAdmin.h"
#include "storage/SubscriptionsRepository.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTableView;
class QTimer;

namespace pd::item {
class LazyTableModel;
}

namespace pd::ui {

class SubscriptionDetailPanel;

// The Subscriptions page: every subscription, lazily paged, filtered by status, plan, expiring
// within N days, quota above N % and user email, sortable by the indexed columns, with the
// selected one's details. Administrators extend, change plan, cancel (now or at period end),
// reset quota and toggle auto-renew; each is one database transaction.
class SubscriptionsDashboard : public QWidget
{
    Q_OBJECT
public:
    SubscriptionsDashboard(storage::DbWorker* worker, storage::StaffAdmin::Role role,
                           QWidget* parent = nullptr);
    ~SubscriptionsDashboard() override;

    storage::SubscriptionFilter filter() const;
    item::LazyTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* planCombo() const { return m_plan; }
    QSpinBox* expiringSpin() const { return m_expiring; }
    QSpinBox* quotaSpin() const { return m_quotaAbove; }
    SubscriptionDetailPanel* detailPanel() const { return m_detail; }
    QAction* extendAction() const { return m_extend; }
    QAction* changePlanAction() const { return m_changePlan; }
    QAction* cancelNowAction() const { return m_cancelNow; }
    QAction* cancelAtEndAction() const { return m_cancelAtEnd; }
    QAction* resetQuotaAction() const { return m_resetQuota; }
    QAction* autoRenewAction() const { return m_autoRenew; }
    QString statusText() const;
    int columnOf(const QString& key) const;

public Q_SLOTS:
    void refresh();
    void reloadPlans();
    // The acts on the selected subscription; the argument-less forms ask first.
    void extendSelected();
    void extendSelectedBy(int days);
    void changePlanSelected();
    void changePlanSelectedTo(const QUuid& planId);
    void cancelSelected(bool atPeriodEnd);
    void resetQuotaSelected();
    void toggleAutoRenewSelected();

Q_SIGNALS:
    void subscriptionChanged();

private:
    void applyFilter();
    void syncDetail();
    void updateActions();
    void showStatus(const QString& message, bool error = true);
    void runAct(const QString& done, const QString& failed,
                std::function<void(QSqlDatabase&, const QUuid&)> act);
    QUuid selectedId() const;

    storage::DbWorker* m_worker;
    storage::StaffAdmin::Role m_role;
    item::LazyTableModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_plan;
    QSpinBox* m_expiring;
    QSpinBox* m_quotaAbove;
    QTimer* m_delay;
    QLabel* m_count;
    QLabel* m_statusLabel;
    QSplitter* m_splitter;
    QTableView* m_view;
    SubscriptionDetailPanel* m_detail;
    QAction* m_extend;
    QAction* m_changePlan;
    QAction* m_cancelNow;
    QAction* m_cancelAtEnd;
    QAction* m_resetQuota;
    QAction* m_autoRenew;
    QAction* m_refresh;
    bool m_busy = false;
};

} // namespace pd::ui
