#pragma once

#include "storage/DbWorker.h"
#include "ui/tables/TableDefinition.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace pd::item {
class LazyTableModel;
}

namespace pd::ui {

// A read-only page over one table: a prefix search box, a lazily paged, sortable table and a
// row count. All SQL runs on the session's DbWorker.
class TableDashboard : public QWidget
{
    Q_OBJECT
public:
    TableDashboard(storage::DbWorker* worker, TableDefinition definition,
                   QWidget* parent = nullptr);
    ~TableDashboard() override;

    const TableDefinition& definition() const { return m_definition; }
    item::LazyTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    // The last error sentence shown above the table, empty when none.
    QString errorText() const;

    // A condition ANDed with the search box, for pages with filters of their own. Values are
    // bound: `where` holds ? placeholders, with explicit casts where the type matters.
    void setFilter(const QString& where, const QVariantList& params);

public Q_SLOTS:
    void refresh();

private:
    QString settingsGroup() const;
    QStringList columnKeys() const;
    void restoreColumns();
    void applySearch();
    void showCount(qint64 count, bool exact);
    void showError(const QString& message);

    TableDefinition m_definition;
    QString m_filterWhere;
    QVariantList m_filterParams;
    item::LazyTableModel* m_model;
    QLineEdit* m_search = nullptr;
    QTableView* m_view;
    QLabel* m_count;
    QLabel* m_error;
    QTimer* m_searchDelay;
    bool m_columnsFitted = false;
};

} // namespace pd::ui
