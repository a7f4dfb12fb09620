#pragma once

#include "storage/DbWorker.h"
#include "storage/PlansRepository.h"
#include "storage/StaffAdmin.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace pd::item {
class LazyTableModel;
}

namespace pd::ui {

class PlanEditDialog;

// The Plans page: every plan with price, cycle, quota, traffic, subscribers and active flag;
// administrators create, edit, deactivate and delete (a plan with subscribers cannot be
// deleted, and the page says why). Other roles see the list with those actions disabled.
class PlansDashboard : public QWidget
{
    Q_OBJECT
public:
    PlansDashboard(storage::DbWorker* worker, storage::StaffAdmin::Role role,
                   QWidget* parent = nullptr);
    ~PlansDashboard() override;

    item::LazyTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    QAction* newAction() const { return m_new; }
    QAction* editAction() const { return m_edit; }
    QAction* toggleActiveAction() const { return m_toggleActive; }
    QAction* deleteAction() const { return m_delete; }
    PlanEditDialog* editDialog() const;
    QString statusText() const;
    int columnOf(const QString& key) const;

public Q_SLOTS:
    void refresh();
    void newPlan();
    void editSelected();
    void toggleActiveSelected();
    void deleteSelected();

Q_SIGNALS:
    // A plan was created or changed: other pages (their plan filters, the audit view) may care.
    void planChanged();

private:
    void applySearch();
    void updateActions();
    void showStatus(const QString& message, bool error = true);
    void loadSelected(const std::function<void(const storage::PlanRecord&)>& then);
    void openDialog(const storage::PlanRecord& plan);
    void onChanged(const QString& message);
    QUuid selectedId() const;

    storage::DbWorker* m_worker;
    storage::StaffAdmin::Role m_role;
    item::LazyTableModel* m_model;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QLabel* m_count;
    QLabel* m_status;
    QTableView* m_view;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_toggleActive;
    QAction* m_delete;
    QAction* m_refresh;
    QPointer<PlanEditDialog> m_dialog;
};

} // namespace pd::ui
