#pragma once

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

namespace pd::ui {

// Turns an audit row's before and after images into a per-field comparison, so a reviewer sees
// at a glance what a change touched. PostgreSQL compares and renders the values (jsonb), so an
// amount such as 12.50 is shown exactly as stored, never through a double.
class AuditDiff
{
public:
    struct Field
    {
        QString name;
        QString before; // scalars as text, objects and arrays indented JSON
        QString after;
        bool inBefore = false; // the field exists in the before image
        bool inAfter = false;
        bool beforeNull = false; // present but JSON null
        bool afterNull = false;
        bool changed = false; // added, removed or a different value
    };
    struct Result
    {
        QString action; // INSERT, UPDATE, DELETE
        QString tableName;
        QString rowId;
        QList<Field> fields; // in field-name order
    };

    // Runs on a DbWorker's thread; throws storage::JobError (e.g. when the row is not visible).
    static Result load(QSqlDatabase& db, qint64 auditId);
};

} // namespace pd::ui

Q_DECLARE_METATYPE(pd::ui::AuditDiff::Result)
