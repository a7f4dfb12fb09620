#include "ui/audit/AuditDiff.h"

#include "storage/Database.h"
#include "storage/DbWorker.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pd::ui {

namespace {

// Objects and arrays pretty-printed by the server; scalars as their plain text.
const char* const FieldsSql = R"SQL(
WITH a AS (SELECT before, after FROM audit_log WHERE id = ?),
     b AS (SELECT e.key, e.value FROM a, jsonb_each(coalesce(a.before, '{}'::jsonb)) e),
     f AS (SELECT e.key, e.value FROM a, jsonb_each(coalesce(a.after, '{}'::jsonb)) e)
SELECT coalesce(b.key, f.key),
       CASE WHEN jsonb_typeof(b.value) IN ('object', 'array') THEN jsonb_pretty(b.value)
            ELSE b.value #>> '{}' END,
       CASE WHEN jsonb_typeof(f.value) IN ('object', 'array') THEN jsonb_pretty(f.value)
            ELSE f.value #>> '{}' END,
       b.key IS NOT NULL, f.key IS NOT NULL,
       coalesce(jsonb_typeof(b.value) = 'null', false), coalesce(jsonb_typeof(f.value) = 'null', false),
       b.value IS DISTINCT FROM f.value
  FROM b FULL JOIN f ON b.key = f.key
 ORDER BY 1
)SQL";

[[noreturn]] void fail(const QSqlQuery& q)
{
    throw storage::JobError{storage::Database::describe(q.lastError()), q.lastError()};
}

} // namespace

AuditDiff::Result AuditDiff::load(QSqlDatabase& db, qint64 auditId)
{
    Result result;
    QSqlQuery head(db);
    head.prepare(QStringLiteral("SELECT action, table_name, row_id FROM audit_log WHERE id = ?"));
    head.addBindValue(auditId);
    if (!head.exec())
        fail(head);
    if (!head.next())
        throw storage::JobError{
            QCoreApplication::translate("pd::ui::AuditDiff",
                                        "This audit entry is not visible to your role any more. "
                                        "Refresh the audit log."),
            {}};
    result.action = head.value(0).toString();
    result.tableName = head.value(1).toString();
    result.rowId = head.value(2).toString();

    QSqlQuery q(db);
    q.prepare(QLatin1String(FieldsSql));
    q.addBindValue(auditId);
    if (!q.exec())
        fail(q);
    while (q.next()) {
        Field f;
        f.name = q.value(0).toString();
        f.before = q.value(1).toString();
        f.after = q.value(2).toString();
        f.inBefore = q.value(3).toBool();
        f.inAfter = q.value(4).toBool();
        f.beforeNull = q.value(5).toBool();
        f.afterNull = q.value(6).toBool();
        f.changed = q.value(7).toBool();
        result.fields.append(f);
    }
    return result;
}

} // namespace pd::ui
