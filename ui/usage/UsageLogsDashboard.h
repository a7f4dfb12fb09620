#pragma once

#include "storage/StaffAdmin.h"

#include <QWidget>
#include <atomic>
#include <memory>

class QComboBox;
class QProgressDialog;
class QPushButton;
class QSpinBox;

namespace pd::storage {
class DbWorker;
}

namespace pd::ui {

class TableDashboard;

// The usage logs (millions of rows, partitioned by month), lazily paged, with filters on user
// (the search box), resource type, period and cost, and the filtered rows exported as CSV
// with progress and cancel.
class UsageLogsDashboard : public QWidget
{
    Q_OBJECT
public:
    UsageLogsDashboard(storage::DbWorker* worker, storage::StaffAdmin::Role role,
                       QWidget* parent = nullptr);
    ~UsageLogsDashboard() override;

    TableDashboard* table() const { return m_table; }
    QComboBox* typeBox() const { return m_type; }
    QComboBox* periodBox() const { return m_period; }
    QSpinBox* minCostBox() const { return m_minCost; }

    // Exports the rows the filters select to `path`; without a path asks for one.
    void exportCsv(const QString& path = {});
    // Cancels a running export (the progress dialog's Cancel does the same).
    void cancelExport();

Q_SIGNALS:
    // rows: how many were written; cancelled: nothing was written; error: a sentence, or empty.
    void exportFinished(qint64 rows, bool cancelled, const QString& error);

private:
    void applyFilters();
    void loadTypes();

    storage::DbWorker* m_worker;
    TableDashboard* m_table;
    QComboBox* m_type;
    QComboBox* m_period;
    QSpinBox* m_minCost;
    QPushButton* m_export;
    QProgressDialog* m_progress = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace pd::ui
