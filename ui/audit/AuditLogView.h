#pragma once

#include "storage/DbWorker.h"
#include "storage/TableQuery.h"
#include "ui/audit/AuditDiff.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;
class QTimer;

namespace pd::item {
class LazyTableModel;
}

namespace pd::ui {

// The audit trail the database writes: newest first, paged lazily, filtered by table and by row
// id or role; the selected entry's before → after shown field by field, changes highlighted.
// What a role may read is decided by row security in PostgreSQL.
class AuditLogView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditLogView(storage::DbWorker* worker, QWidget* parent = nullptr);

    item::LazyTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* tableFilter() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    QTableWidget* detailTable() const { return m_detail; }
    QCheckBox* onlyChangedCheck() const { return m_onlyChanged; }
    QLabel* detailTitle() const { return m_detailTitle; }
    QString errorText() const;

    // The audit_log query for a table filter ("" = all) and a typed row id / role prefix.
    static storage::TableQuery query(const QString& table, const QString& typed);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void detailShown(); // the detail pane shows the selected entry (for tests and screenshots)

private:
    void applyFilter();
    void selectionChanged();
    void showDetail(const AuditDiff::Result& diff);
    void fillDetail();
    void showError(const QString& message);

    storage::DbWorker* m_worker;
    item::LazyTableModel* m_model;
    QComboBox* m_table;
    QLineEdit* m_search;
    QLabel* m_count;
    QLabel* m_error;
    QTableView* m_view;
    QLabel* m_detailTitle;
    QCheckBox* m_onlyChanged;
    QTableWidget* m_detail;
    QTimer* m_filterDelay;
    QVariant m_selectedId;
    quint64 m_detailGeneration = 0;
    AuditDiff::Result m_diff;
};

} // namespace pd::ui
