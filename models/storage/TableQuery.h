#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace pd::storage {

// How a column's value is shown.
enum class ColumnKind { Text, Integer, Bytes, Money, DateTime, Bool, Json };

struct Column
{
    QString key;        // stable name, used for settings and filters ("email")
    QString sqlExpr;    // SQL expression from code, never from input ("lower(u.email)")
    QString header;     // already translated
    ColumnKind kind = ColumnKind::Text;
    QString sortExpr;   // non-NULL expression with an index to page by; empty = not sortable
    QString currencyExpr; // for Money: expression giving the currency code
};

// A filtered, sorted view over one table (or a fixed join) that can be paged by keyset.
// `from` and the expressions come from code; every value a person typed goes in `params`,
// bound to the `?` placeholders of `where` in order.
struct TableQuery
{
    QString from;      // "users u"
    QString idExpr;    // unique tie-breaker, e.g. "u.id"
    QList<Column> columns;
    QString where;     // "" or a condition with ? placeholders
    QVariantList params;
    int sortColumn = 0; // index into columns; must have sortExpr
    bool descending = false;
};

// One page of rows. Each row holds the column values in order, then the sort key and the id:
// the last two values are the row's keyset position.
struct Page
{
    QList<QVariantList> rows;
    bool reachedEnd = false;
};

// Builds and runs keyset-paged SQL for a TableQuery on the calling thread's connection.
class KeysetPager
{
public:
    // Rows after (or before, when backward) the position (sortKey, id), in display order.
    // A null position means from the start (or the end, backward).
    static Page fetch(QSqlDatabase& db, const TableQuery& query, const QVariant& sortKey,
                      const QVariant& id, int limit, bool backward);
    // Rows from a display offset: used only to jump where no neighbouring page is known.
    static Page fetchAt(QSqlDatabase& db, const TableQuery& query, qint64 offset, int limit);
    // The planner's row estimate (fast) and the exact count.
    static qint64 estimateCount(QSqlDatabase& db, const TableQuery& query);
    static qint64 exactCount(QSqlDatabase& db, const TableQuery& query);
};

} // namespace pd::storage

Q_DECLARE_METATYPE(pd::storage::Page)
