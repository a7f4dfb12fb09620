#pragma once

#include "storage/TableQuery.h"

#include <QHash>
#include <QString>

namespace pd::ui {

// What a read-only TableDashboard shows: the base query (columns, sort, fixed join) and how the
// search box narrows it. Built in code by TableCatalog, never from input.
struct TableDefinition
{
    QString key;               // stable name for settings ("plans")
    storage::TableQuery query; // base query; `where`/`params` are replaced by the search
    // A condition whose every `?` receives the escaped LIKE prefix pattern the person typed,
    // e.g. "lower(p.name) LIKE ?"; empty = no search box.
    QString searchCondition;
    bool searchLowercase = true; // lower-case the typed text (the expression is lower(...))
    QString searchPlaceholder;   // translated hint for the search box
    // Column key → raw value (as text; "" for NULL) → translated label: how stored codes such as
    // 'monthly' or an unlimited 0 read in the table.
    QHash<QString, QHash<QString, QString>> valueLabels;
};

} // namespace pd::ui
