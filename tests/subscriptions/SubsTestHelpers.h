#pragma once

// Small helpers the subscription tests share: statements with bound values on a test
// connection, returning the SQLSTATE on failure so tests can assert what the database refused.
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pd::test {

inline QString sqlRun(QSqlDatabase db, const QString& sql, const QVariantList& values = {},
                      QSqlQuery* out = nullptr)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        const QString state = storage::Database::sqlState(q.lastError());
        return state.isEmpty() ? QStringLiteral("?????") : state;
    }
    if (out)
        *out = std::move(q);
    return {};
}

inline QVariant sqlScalar(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q;
    const QString state = sqlRun(db, sql, values, &q);
    if (!state.isEmpty() || !q.next()) {
        qWarning() << "query failed:" << sql << state;
        return {};
    }
    return q.value(0);
}

} // namespace pd::test
