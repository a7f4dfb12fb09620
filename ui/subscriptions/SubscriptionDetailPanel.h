#pragma once

#include "storage/DbWorker.h"
#include "storage/SubscriptionsRepository.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace pd::ui {

// One subscription at a glance: user, plan, period, quota bar, auto-renew, and the user's whole
// history of subscriptions. Loads through the worker; a newer load() wins over an older one.
class SubscriptionDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SubscriptionDetailPanel(storage::DbWorker* worker, QWidget* parent = nullptr);

    void load(const QUuid& id);
    void reload();
    void clear();
    bool hasRecord() const { return m_hasRecord; }
    const storage::SubscriptionDetail& detail() const { return m_detail; }
    QProgressBar* quotaBar() const { return m_quota; }
    QTreeWidget* historyView() const { return m_history; }
    QString planText() const;
    QString periodText() const;

Q_SIGNALS:
    void loaded();
    void cleared();

private:
    void show(const storage::SubscriptionDetail& detail);

    storage::DbWorker* m_worker;
    QUuid m_id;
    qint64 m_generation = 0;
    bool m_hasRecord = false;
    storage::SubscriptionDetail m_detail;
    QLabel* m_message;
    QWidget* m_content;
    QLabel* m_user;
    QLabel* m_plan;
    QLabel* m_status;
    QLabel* m_period;
    QLabel* m_autoRenew;
    QProgressBar* m_quota;
    QTreeWidget* m_history;
};

} // namespace pd::ui
