#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace pd::storage {

// How a column's value is shown.
enum class ColumnKind { Text, Integer, Bytes, Money, DateTime, Bool, Json };

struct Column
{
    QString key;     // stable name, used for settings and filters ("email")
    QString sqlExpr; // SQL expression from code, never from input ("lower(u.email)")
    QString header;  // already translated
    ColumnKind kind = ColumnKind::Text;
    QString sortExpr;     // non-NULL expression with an index to page by; empty = not sortable
    QString currencyExpr; // for Money: expression giving the currency code
};

// A filtered, sorted view over one table (or a fixed join) that can be paged by keyset.
// `from` and the expressions come from code; every value a person typed goes in `params`,
// bound to the `?` placeholders of `where` in order.
struct TableQuery
{
    QString from;   // "users u"
    QString idExpr; // unique tie-breaker, e.g. "u.id"
    QList<Column> columns;
    QString where; // "" or a condition with ? placeholders
    QVariantList params;
    int sortColumn = 0; // index into columns; must have sortExpr (else rows sort by idExpr)
    bool descending = false;

    // The expression rows are paged by: the sort column's sortExpr, or idExpr when that column
    // has none.
    QString sortExpr() const
    {
        if (sortColumn >= 0 && sortColumn < columns.size() &&
            !columns.at(sortColumn).sortExpr.isEmpty())
            return columns.at(sortColumn).sortExpr;
        return idExpr;
    }
    // Where a Page row holds the currency of Money column `column`, or -1 when it has none.
    // Each Money column with a currencyExpr adds one value after the visible columns, in column
    // order, so the visible columns keep their indexes.
    int currencySlot(int column) const
    {
        if (column < 0 || column >= columns.size() ||
            columns.at(column).kind != ColumnKind::Money ||
            columns.at(column).currencyExpr.isEmpty())
            return -1;
        int slot = int(columns.size());
        for (int i = 0; i < column; ++i) {
            if (columns.at(i).kind == ColumnKind::Money && !columns.at(i).currencyExpr.isEmpty())
                ++slot;
        }
        return slot;
    }
};

// One page of rows. Each row holds the column values in order, then the currencies of the Money
// columns (see TableQuery::currencySlot), then the sort key and the id: the last two values are
// the row's keyset position. The sort key comes back as text (`sortExpr::text`) so that it
// round-trips exactly (timestamptz keeps its microseconds, numeric its digits) when it is bound
// again for the next page; the id keeps its natural type.
struct Page
{
    QList<QVariantList> rows;
    bool reachedEnd = false;
};

// Builds and runs keyset-paged SQL for a TableQuery on the calling thread's connection. Every
// value is bound; failures throw JobError with a sentence.
class KeysetPager
{
public:
    // Rows after (or before, when backward) the position (sortKey, id), in display order.
    // A null position means from the start (or the end, backward).
    static Page fetch(QSqlDatabase& db, const TableQuery& query, const QVariant& sortKey,
                      const QVariant& id, int limit, bool backward);
    // Rows from a display offset: used only to jump where no neighbouring page is known.
    static Page fetchAt(QSqlDatabase& db, const TableQuery& query, qint64 offset, int limit);
    // The planner's row estimate (fast; EXPLAIN with the filter's values bound through libpq)
    // and the exact count.
    static qint64 estimateCount(QSqlDatabase& db, const TableQuery& query);
    static qint64 exactCount(QSqlDatabase& db, const TableQuery& query);
};

} // namespace pd::storage

Q_DECLARE_METATYPE(pd::storage::Page)
