#pragma once

#include "storage/DbWorker.h"
#include "storage/UsersRepository.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTreeWidget;
class QGroupBox;

namespace pd::ui {

class UserTrafficPanel;
class ApiKeysWidget;

// Everything about one user at a glance (profile, current subscription, traffic against quota,
// API keys by prefix, recent payments), loaded through the worker so the GUI never waits.
// A newer load() supersedes an older one still running: its late answer is dropped.
class UserDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UserDetailPanel(storage::DbWorker* worker, QWidget* parent = nullptr);

    void load(const QUuid& id);
    void reload();
    void clear();

    QUuid userId() const { return m_id; }
    bool hasRecord() const { return m_hasRecord; }
    bool isLoading() const { return m_loading; }
    const storage::UserRecord& record() const { return m_detail.user; }
    const storage::UserDetail& detail() const { return m_detail; }

    // For tests and screenshots.
    QProgressBar* trafficBar() const { return m_traffic; }
    QString emailText() const;
    QString stateText() const;
    QString subscriptionText() const;
    QString messageText() const;
    QTreeWidget* apiKeysView() const;
    ApiKeysWidget* apiKeysWidget() const { return m_keys; }
    // Whether the API keys may be created and revoked here (administrators).
    void setApiKeysEditable(bool editable) { m_keysEditable = editable; }
    QTreeWidget* transactionsView() const { return m_transactions; }
    UserTrafficPanel* trafficPanel() const { return m_usage; }

    // "12.30 GiB of 200.00 GiB", or "12.30 GiB used, no quota".
    static QString trafficText(qint64 used, qint64 quota);

Q_SIGNALS:
    // A user's details arrived (also after reload()).
    void loaded(const pd::storage::UserRecord& user);
    // Nothing is shown any more (cleared, missing user, or an error).
    void cleared();

private:
    void show(const storage::UserDetail& detail);
    void showMessage(const QString& message);
    static QString dateText(const QDateTime& when);
    static QString isoDateText(const QString& iso);

    storage::DbWorker* m_worker;
    UserTrafficPanel* m_usage = nullptr;
    QUuid m_id;
    qint64 m_generation = 0;
    bool m_hasRecord = false;
    bool m_loading = false;
    storage::UserDetail m_detail;

    QLabel* m_message;
    QWidget* m_content;
    QLabel* m_email;
    QLabel* m_username;
    QLabel* m_state;
    QLabel* m_userId;
    QLabel* m_balance;
    QLabel* m_nodeGroup;
    QLabel* m_level;
    QLabel* m_levelExpiry;
    QLabel* m_created;
    QProgressBar* m_traffic;
    QLabel* m_plan;
    QLabel* m_period;
    QLabel* m_quota;
    ApiKeysWidget* m_keys;
    bool m_keysEditable = false;
    QTreeWidget* m_transactions;
};

} // namespace pd::ui
