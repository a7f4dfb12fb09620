#pragma once

#include "storage/DbWorker.h"
#include "storage/StaffAdmin.h"
#include "storage/UsersRepository.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>
#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace pd::item {
class LazyTableModel;
}

namespace pd::ui {

class UserDetailPanel;
class UserEditDialog;

// The Users page: find users as you type (prefix of email, username or id), filter by state,
// plan, node group and over-quota, sort by any indexed column, and see the selected user's
// details beside the list. Administrators can ban, activate and edit; for other roles those
// actions are disabled (the database would refuse them anyway). Every query runs on the
// session's DbWorker.
class UsersDashboard : public QWidget
{
    Q_OBJECT
public:
    UsersDashboard(storage::DbWorker* worker, storage::StaffAdmin::Role role,
                   QWidget* parent = nullptr);
    ~UsersDashboard() override;

    // Asks before a ban or an activation; returns true to go ahead. The default shows a
    // question through ui::MessageBox (so tests can preset the answer or find the box).
    using ConfirmFunction =
        std::function<bool(QWidget* parent, const QString& title, const QString& text)>;
    void setConfirmFunction(ConfirmFunction confirm);

    storage::UserFilter filter() const;

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* stateCombo() const { return m_state; }
    QComboBox* planCombo() const { return m_plan; }
    QComboBox* nodeGroupCombo() const { return m_nodeGroup; }
    QCheckBox* overQuotaCheck() const { return m_overQuota; }
    QTableView* tableView() const { return m_view; }
    item::LazyTableModel* model() const { return m_model; }
    UserDetailPanel* detailPanel() const { return m_detail; }
    QLabel* countLabel() const { return m_count; }
    QString statusText() const;
    QAction* banAction() const { return m_ban; }
    QAction* activateAction() const { return m_activate; }
    QAction* editAction() const { return m_edit; }
    QAction* refreshAction() const { return m_refresh; }
    QAction* compensateAction() const { return m_compensate; }
    QAction* assignPlanAction() const { return m_assignPlan; }
    // The open edit dialog, if any.
    UserEditDialog* editDialog() const;
    // The column index of a listQuery column key ("state", "email"), -1 when none.
    int columnOf(const QString& key) const;

public Q_SLOTS:
    void refresh();
    void editSelected();
    void banSelected();
    void activateSelected();
    // Bulk compensation for everyone the current filter and search select.
    void compensateFiltered();
    void assignPlanToSelected();

Q_SIGNALS:
    // A user was saved (edited, banned, activated): the audit view may have new rows.
    void userChanged(const QUuid& id);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void applyFilter();
    void loadFilterChoices();
    void showCount(qint64 count, bool exact);
    void showStatus(const QString& message);
    void syncDetailToCurrent();
    void updateActions();
    void setActive(bool active);
    void onUserSaved(const storage::UserRecord& user);
    void onSortIndicatorChanged(int section, Qt::SortOrder order);
    void saveSettings() const;
    void restoreSettings();
    QUuid currentRowId() const;

    storage::DbWorker* m_worker;
    storage::StaffAdmin::Role m_role;
    ConfirmFunction m_confirm;
    item::LazyTableModel* m_model;

    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QComboBox* m_state;
    QComboBox* m_plan;
    QComboBox* m_nodeGroup;
    QCheckBox* m_overQuota;
    QLabel* m_count;
    QLabel* m_status;
    QSplitter* m_splitter;
    QTableView* m_view;
    UserDetailPanel* m_detail;
    QAction* m_activate;
    QAction* m_ban;
    QAction* m_edit;
    QAction* m_refresh;
    QAction* m_compensate;
    QAction* m_assignPlan;
    QPointer<UserEditDialog> m_editDialog;
    int m_sortSection = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_busy = false; // a ban or activation is being saved
};

} // namespace pd::ui
