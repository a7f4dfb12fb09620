#include "item/LazyTableModel.h"

#include "domain/ByteSize.h"
#include "domain/Money.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace pd::item {

using storage::ColumnKind;
using storage::JobResult;
using storage::KeysetPager;
using storage::Page;
using storage::TableQuery;

LazyTableModel::LazyTableModel(storage::DbWorker* worker, QObject* parent)
    : QAbstractTableModel(parent), m_worker(worker), m_shared(std::make_shared<Shared>())
{}

void LazyTableModel::newGeneration()
{
    ++m_generation;
    m_shared->generation.store(m_generation);
    m_pending.clear();
    m_failed.clear();
    m_countsPending = 0;
}

void LazyTableModel::setQuery(const TableQuery& query)
{
    beginResetModel();
    m_query = query;
    newGeneration();
    m_blocks.clear();
    m_staleBlocks.clear();
    m_count = 0;
    m_countExact = false;
    m_focusBlock = 0;
    m_shared->focusBlock.store(0);
    endResetModel();
    requestCount(true);
    updateLoading();
}

void LazyTableModel::refresh()
{
    newGeneration();
    // What is shown stays until fresh rows replace it, so the view does not flash "Loading…".
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it)
        m_staleBlocks.insert(it.key(), it.value());
    m_blocks.clear();
    requestBlock(m_focusBlock, true);
    requestCount(false);
    updateLoading();
}

void LazyTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_query.columns.size() ||
        m_query.columns.at(column).sortExpr.isEmpty())
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (column == m_query.sortColumn && descending == m_query.descending)
        return;
    // Same rows in another order: the count stays, only the cache goes.
    beginResetModel();
    m_query.sortColumn = column;
    m_query.descending = descending;
    const qint64 count = m_count;
    const bool exact = m_countExact;
    newGeneration();
    m_blocks.clear();
    m_staleBlocks.clear();
    m_count = count;
    m_countExact = exact;
    m_focusBlock = 0;
    m_shared->focusBlock.store(0);
    endResetModel();
    if (!exact)
        requestCount(false);
    updateLoading();
}

void LazyTableModel::requestCount(bool estimateFirst)
{
    const qint64 generation = m_generation;
    const TableQuery query = m_query;
    const auto shared = m_shared;
    ++m_countsPending;
    m_worker->runReadOnly(
        this,
        [query, shared, generation, estimateFirst](QSqlDatabase& db) -> QVariant {
            if (shared->generation.load() != generation)
                return {};
            return estimateFirst ? KeysetPager::estimateCount(db, query)
                                 : KeysetPager::exactCount(db, query);
        },
        [this, generation, estimateFirst](const JobResult& result) {
            onCount(generation, estimateFirst, result);
        });
}

void LazyTableModel::onCount(qint64 generation, bool estimate, const JobResult& result)
{
    if (generation != m_generation)
        return;
    --m_countsPending;
    if (!result.ok()) {
        Q_EMIT errorOccurred(result.error);
    } else if (result.value.isValid()) {
        // A short page may already have told the exact count; an estimate must not undo it.
        if (!(estimate && m_countExact))
            setCount(result.value.toLongLong(), !estimate);
    }
    if (estimate) {
        // The first rows before the exact count, which can take a while on a big table.
        requestBlock(m_focusBlock, true);
        requestCount(false);
    }
    updateLoading();
}

void LazyTableModel::setCount(qint64 count, bool exact)
{
    count = std::max<qint64>(0, count);
    const int oldRows = rowCount();
    const int newRows = int(std::min<qint64>(count, INT_MAX));
    if (newRows > oldRows) {
        beginInsertRows({}, oldRows, newRows - 1);
        m_count = count;
        endInsertRows();
    } else if (newRows < oldRows) {
        beginRemoveRows({}, newRows, oldRows - 1);
        m_count = count;
        const int lastBlock = newRows > 0 ? (newRows - 1) / BlockSize : -1;
        for (auto* cache : {&m_blocks, &m_staleBlocks}) {
            for (auto it = cache->begin(); it != cache->end();) {
                if (it.key() > lastBlock) {
                    it = cache->erase(it);
                    continue;
                }
                if (it.key() == lastBlock) {
                    const int keep = newRows - lastBlock * BlockSize;
                    if (it->size() > keep)
                        it->resize(keep);
                }
                ++it;
            }
        }
        endRemoveRows();
    } else {
        m_count = count;
    }
    m_countExact = exact;
    Q_EMIT countChanged(m_count, m_countExact);
}

void LazyTableModel::requestBlock(int block, bool demanded) const
{
    if (block < 0 || qint64(block) * BlockSize >= m_count || m_blocks.contains(block) ||
        m_pending.contains(block) || m_failed.contains(block))
        return;
    Fetch fetch = Fetch::Offset;
    QVariant sortKey;
    QVariant id;
    // A keyset step from a neighbour is an index seek; OFFSET would read every row before it.
    const auto previous = m_blocks.constFind(block - 1);
    const auto next = m_blocks.constFind(block + 1);
    if (previous != m_blocks.cend() && previous->size() == BlockSize) {
        fetch = Fetch::Forward;
        sortKey = previous->last().value(previous->last().size() - 2);
        id = previous->last().last();
    } else if (next != m_blocks.cend() && !next->isEmpty()) {
        fetch = Fetch::Backward;
        sortKey = next->first().value(next->first().size() - 2);
        id = next->first().last();
    }
    m_pending.insert(block);
    auto* self = const_cast<LazyTableModel*>(this);
    const qint64 generation = m_generation;
    const TableQuery query = m_query;
    const auto shared = m_shared;
    m_worker->runReadOnly(
        self,
        [query, shared, generation, block, fetch, sortKey, id](QSqlDatabase& db) -> QVariant {
            if (shared->generation.load() != generation ||
                std::abs(block - shared->focusBlock.load()) > MaxCachedBlocks / 2)
                return {}; // skipped: an invalid value
            Page page;
            if (fetch == Fetch::Offset)
                page = KeysetPager::fetchAt(db, query, qint64(block) * BlockSize, BlockSize);
            else
                page =
                    KeysetPager::fetch(db, query, sortKey, id, BlockSize, fetch == Fetch::Backward);
            return QVariant::fromValue(page);
        },
        [self, generation, block, fetch, demanded](const JobResult& result) {
            self->onBlock(generation, block, fetch, demanded, result);
        });
    self->updateLoading();
}

void LazyTableModel::onBlock(qint64 generation, int block, Fetch fetch, bool demanded,
                             const JobResult& result)
{
    if (generation != m_generation)
        return;
    m_pending.remove(block);
    if (!result.ok()) {
        m_failed.insert(block);
        Q_EMIT errorOccurred(result.error);
        updateLoading();
        return;
    }
    if (!result.value.isValid()) {
        // Skipped on the worker because the view had moved away; it may be back by now.
        if (std::abs(block - m_focusBlock) <= 1)
            requestBlock(block, demanded);
        updateLoading();
        return;
    }
    const Page page = result.value.value<Page>();
    const qint64 first = qint64(block) * BlockSize;
    if (fetch == Fetch::Backward && page.rows.size() < BlockSize) {
        // Rows before the neighbour were deleted since it was read: positions have moved.
        refresh();
        return;
    }
    if (fetch != Fetch::Backward) {
        const qint64 seen = first + page.rows.size();
        if (page.reachedEnd && (seen != m_count || !m_countExact))
            setCount(seen, true);
        else if (!page.reachedEnd && seen > m_count)
            setCount(seen, false);
    }
    m_staleBlocks.remove(block);
    if (!page.rows.isEmpty() && first < m_count && columnCount() > 0) {
        QList<QVariantList> rows = page.rows;
        if (first + rows.size() > m_count)
            rows.resize(int(m_count - first));
        const int last = int(first) + int(rows.size()) - 1;
        m_blocks.insert(block, rows);
        Q_EMIT dataChanged(index(int(first), 0), index(last, columnCount() - 1));
    }
    if (demanded) {
        requestBlock(block + 1, false);
        requestBlock(block - 1, false);
    }
    evictFarBlocks(block);
    updateLoading();
}

void LazyTableModel::evictFarBlocks(int keep)
{
    if (m_blocks.size() + m_staleBlocks.size() <= MaxCachedBlocks)
        return;
    // Drop the blocks farthest from where the view asked last, down to 4/5 of the limit so
    // that eviction does not run on every block.
    const int target = MaxCachedBlocks * 4 / 5;
    QList<int> keys = m_staleBlocks.keys();
    keys += m_blocks.keys();
    std::sort(keys.begin(), keys.end(), [this](int a, int b) {
        return std::abs(a - m_focusBlock) > std::abs(b - m_focusBlock);
    });
    for (const int key : std::as_const(keys)) {
        if (m_blocks.size() + m_staleBlocks.size() <= target)
            break;
        if (key == keep || std::abs(key - m_focusBlock) <= 1)
            continue;
        if (!m_staleBlocks.remove(key))
            m_blocks.remove(key);
    }
}

void LazyTableModel::updateLoading()
{
    const bool loading = !m_pending.isEmpty() || m_countsPending > 0;
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

QVariant LazyTableModel::rowId(int row) const
{
    if (row < 0)
        return {};
    const auto it = m_blocks.constFind(row / BlockSize);
    if (it == m_blocks.cend() || row % BlockSize >= it->size())
        return {};
    return it->at(row % BlockSize).last();
}

int LazyTableModel::rowOf(const QVariant& id) const
{
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).last() == id)
                return it.key() * BlockSize + i;
        }
    }
    return -1;
}

int LazyTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(std::min<qint64>(m_count, INT_MAX));
}

int LazyTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_query.columns.size());
}

QVariant LazyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int column = index.column();
    const ColumnKind kind = m_query.columns.at(column).kind;
    if (role == Qt::TextAlignmentRole) {
        if (kind == ColumnKind::Integer || kind == ColumnKind::Bytes || kind == ColumnKind::Money)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != RawValueRole && role != RowIdRole && role != LoadedRole)
        return {};

    const int block = index.row() / BlockSize;
    const int offset = index.row() % BlockSize;
    const QVariantList* row = nullptr;
    bool loaded = false;
    const auto it = m_blocks.constFind(block);
    if (it != m_blocks.cend() && offset < it->size()) {
        row = &it->at(offset);
        loaded = true;
    } else {
        const auto stale = m_staleBlocks.constFind(block);
        if (stale != m_staleBlocks.cend() && offset < stale->size())
            row = &stale->at(offset);
    }
    if (role == LoadedRole)
        return loaded;

    m_focusBlock = block;
    m_shared->focusBlock.store(block, std::memory_order_relaxed);
    if (!loaded) {
        requestBlock(block, true);
    } else if (offset >= BlockSize * 3 / 4) {
        // Close to the edge of what is loaded: fetch on before the view gets there.
        requestBlock(block + 1, false);
    } else if (offset < BlockSize / 4) {
        requestBlock(block - 1, false);
    }

    switch (role) {
    case Qt::DisplayRole:
        return row ? displayValue(column, *row) : QVariant(tr("Loading…"));
    case RawValueRole:
        return row ? row->value(column) : QVariant();
    case RowIdRole:
        return row ? row->last() : QVariant();
    default:
        return {};
    }
}

QVariant LazyTableModel::displayValue(int column, const QVariantList& row) const
{
    const QVariant value = row.value(column);
    if (value.isNull())
        return QString();
    const QLocale locale;
    switch (m_query.columns.at(column).kind) {
    case ColumnKind::Text:
        return value.toString();
    case ColumnKind::Integer:
        return locale.toString(value.toLongLong());
    case ColumnKind::Bytes:
        return domain::bytes::format(value.toLongLong());
    case ColumnKind::Money: {
        const QString currency = row.value(m_query.currencySlot(column)).toString().trimmed();
        const auto money = domain::Money::fromDecimalString(value.toString(), currency);
        if (money)
            return money->toDisplayString();
        return currency.isEmpty() ? value.toString()
                                  : value.toString() + QLatin1Char(' ') + currency;
    }
    case ColumnKind::DateTime: {
        const QDateTime at = value.toDateTime();
        return at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    case ColumnKind::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case ColumnKind::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
        return doc.isNull() ? value.toString()
                            : QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    }
    }
    return value.toString();
}

QVariant LazyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_query.columns.size())
            return m_query.columns.at(section).header;
        return {};
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace pd::item
