#pragma once

#include "storage/DbWorker.h"
#include "storage/TableQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace pd::item {

// A table model over millions of rows: rowCount() is the count (estimated first, exact
// later); rows are fetched by keyset in blocks around what the view asks for, on the worker
// thread, into a sparse cache. Changing the query bumps a generation so late answers for an old
// filter are dropped. Unknown rows show "Loading…" until their block arrives.
class LazyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int BlockSize = 200;
    enum Roles { RawValueRole = Qt::UserRole + 1, RowIdRole, LoadedRole };

    explicit LazyTableModel(storage::DbWorker* worker, QObject* parent = nullptr);

    void setQuery(const storage::TableQuery& query); // resets and refetches
    const storage::TableQuery& query() const { return m_query; }
    void refresh(); // same query, fresh data (keeps the row count until the new one arrives)

    // The id (last-but-one column is the sort key, last is the id) of a loaded row, or null.
    QVariant rowId(int row) const;
    // The row showing this id, or -1 when it is not loaded.
    int rowOf(const QVariant& id) const;
    bool isCountExact() const { return m_countExact; }
    qint64 generation() const { return m_generation; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void countChanged(qint64 count, bool exact);
    void errorOccurred(const QString& message);

private:
    void requestBlock(int block) const;
    void onBlock(qint64 generation, int block, const storage::JobResult& result);
    void setCount(qint64 count, bool exact);

    storage::DbWorker* m_worker;
    storage::TableQuery m_query;
    qint64 m_generation = 0;
    qint64 m_count = 0;
    bool m_countExact = false;
    mutable QHash<int, QList<QVariantList>> m_blocks; // block index → rows
    mutable QSet<int> m_pending;
};

} // namespace pd::item
