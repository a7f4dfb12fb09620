#pragma once

#include "storage/DbWorker.h"
#include "storage/TableQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <atomic>
#include <memory>

namespace pd::item {

// A table model over millions of rows: rowCount() is the count (estimated first, exact
// later); rows are fetched by keyset in blocks around what the view asks for, on the worker
// thread, into a sparse cache. Changing the query bumps a generation so late answers for an old
// filter are dropped. Unknown rows show "Loading…" until their block arrives.
// Blocks are fetched by keyset from a cached neighbour (OFFSET only for jumps); the cache keeps
// about MaxCachedBlocks blocks around the rows the view asked for last.
class LazyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int BlockSize = 200;
    static constexpr int MaxCachedBlocks = 50;
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
    bool isLoading() const { return m_loading; }
    qint64 generation() const { return m_generation; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void countChanged(qint64 count, bool exact);
    void errorOccurred(const QString& message);

private:
    enum class Fetch { Forward, Backward, Offset };
    // Read by jobs on the worker thread so that work for an old query, or for blocks the view
    // has long scrolled away from, is skipped before it reaches the database.
    struct Shared
    {
        std::atomic<qint64> generation{0};
        std::atomic<int> focusBlock{0};
    };

    void requestBlock(int block, bool demanded) const;
    void onBlock(qint64 generation, int block, Fetch fetch, bool demanded,
                 const storage::JobResult& result);
    void requestCount(bool estimateFirst);
    void onCount(qint64 generation, bool estimate, const storage::JobResult& result);
    void setCount(qint64 count, bool exact);
    void newGeneration();
    void evictFarBlocks(int keep);
    void updateLoading();
    QVariant displayValue(int column, const QVariantList& row) const;

    storage::DbWorker* m_worker;
    storage::TableQuery m_query;
    qint64 m_generation = 0;
    qint64 m_count = 0;
    bool m_countExact = false;
    bool m_loading = false;
    int m_countsPending = 0;
    mutable int m_focusBlock = 0;                          // block of the row asked for last
    mutable QHash<int, QList<QVariantList>> m_blocks;      // block index → rows
    mutable QHash<int, QList<QVariantList>> m_staleBlocks; // shown until refresh() replaces them
    mutable QSet<int> m_pending;
    QSet<int> m_failed; // not asked again until the query changes or refresh()
    std::shared_ptr<Shared> m_shared;
};

} // namespace pd::item
