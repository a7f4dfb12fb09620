#include "storage/TableQuery.h"
#include "storage/LibpqHandle.h"

#include "storage/Database.h"
#include "storage/DbWorker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <libpq-fe.h>
#include <vector>

namespace pd::storage {

namespace {

// This file's strings share one translation context, which lupdate reads from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::KeysetPager)
};

[[noreturn]] void fail(const QSqlError& error)
{
    throw JobError{Database::describe(error), error};
}

// Visible columns, then the Money columns' currencies, then the keyset position.
QString selectList(const TableQuery& query)
{
    QStringList parts;
    for (const Column& c : query.columns)
        parts << c.sqlExpr;
    for (const Column& c : query.columns) {
        if (c.kind == ColumnKind::Money && !c.currencyExpr.isEmpty())
            parts << c.currencyExpr;
    }
    parts << QStringLiteral("(%1)::text").arg(query.sortExpr()) << query.idExpr;
    return parts.join(QStringLiteral(", "));
}

QString whereClause(const TableQuery& query, const QString& keysetCondition)
{
    QStringList conditions;
    if (!query.where.trimmed().isEmpty())
        conditions << QLatin1Char('(') + query.where + QLatin1Char(')');
    if (!keysetCondition.isEmpty())
        conditions << keysetCondition;
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString orderBy(const TableQuery& query, bool ascending)
{
    const QString dir = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return QStringLiteral(" ORDER BY %1 %3, %2 %3").arg(query.sortExpr(), query.idExpr, dir);
}

Page runPage(QSqlDatabase& db, const QString& sql, const QVariantList& values, int limit,
             bool reverse)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(q.lastError());
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        fail(q.lastError());
    Page page;
    const int width = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row << q.value(i);
        page.rows << row;
    }
    if (q.lastError().isValid())
        fail(q.lastError());
    // The one extra row asked for only says whether there is more.
    page.reachedEnd = page.rows.size() <= limit;
    if (!page.reachedEnd)
        page.rows.removeLast();
    if (reverse)
        std::reverse(page.rows.begin(), page.rows.end());
    return page;
}

// `?` placeholders (outside quotes) to libpq's `$n`.
QString numberedPlaceholders(const QString& sql)
{
    QString out;
    out.reserve(sql.size() + 8);
    QChar quote;
    int n = 0;
    for (const QChar ch : sql) {
        if (!quote.isNull()) {
            if (ch == quote)
                quote = QChar();
            out += ch;
        } else if (ch == QLatin1Char('?')) {
            out += QLatin1Char('$') + QString::number(++n);
        } else {
            if (ch == QLatin1Char('\'') || ch == QLatin1Char('"'))
                quote = ch;
            out += ch;
        }
    }
    return out;
}

QByteArray paramText(const QVariant& v, bool* isNull)
{
    *isNull = v.isNull();
    if (*isNull)
        return {};
    switch (v.metaType().id()) {
    case QMetaType::Bool:
        return v.toBool() ? QByteArrayLiteral("t") : QByteArrayLiteral("f");
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::QByteArray:
        return v.toByteArray();
    default:
        return v.toString().toUtf8();
    }
}

} // namespace

Page KeysetPager::fetch(QSqlDatabase& db, const TableQuery& query, const QVariant& sortKey,
                        const QVariant& id, int limit, bool backward)
{
    // Backward reads the other way and flips the rows back into display order.
    const bool ascending = query.descending == backward;
    QVariantList values = query.params;
    QString keyset;
    if (!sortKey.isNull() && !id.isNull()) {
        keyset = QStringLiteral("(%1, %2) %3 (?, ?)")
                     .arg(query.sortExpr(), query.idExpr,
                          ascending ? QStringLiteral(">") : QStringLiteral("<"));
        values << sortKey << id;
    }
    const QString sql = QStringLiteral("SELECT ") + selectList(query) + QStringLiteral(" FROM ") +
                        query.from + whereClause(query, keyset) + orderBy(query, ascending) +
                        QStringLiteral(" LIMIT ?");
    values << qint64(limit) + 1;
    return runPage(db, sql, values, limit, backward);
}

Page KeysetPager::fetchAt(QSqlDatabase& db, const TableQuery& query, qint64 offset, int limit)
{
    QVariantList values = query.params;
    values << qint64(limit) + 1 << std::max<qint64>(0, offset);
    const QString sql = QStringLiteral("SELECT ") + selectList(query) + QStringLiteral(" FROM ") +
                        query.from + whereClause(query, {}) + orderBy(query, !query.descending) +
                        QStringLiteral(" LIMIT ? OFFSET ?");
    return runPage(db, sql, values, limit, false);
}

qint64 KeysetPager::estimateCount(QSqlDatabase& db, const TableQuery& query)
{
    // EXPLAIN cannot be PREPAREd (which is how QPSQL binds), so it goes through libpq's
    // extended protocol, which still sends every value separately from the SQL text.
    PGconn* conn = libpqHandle(db);
    if (!conn)
        return exactCount(db, query);
    const QByteArray sql =
        numberedPlaceholders(QStringLiteral("EXPLAIN (FORMAT JSON) SELECT 1 FROM ") + query.from +
                             whereClause(query, {}))
            .toUtf8();
    std::vector<QByteArray> texts;
    std::vector<const char*> values;
    texts.reserve(query.params.size());
    for (const QVariant& v : query.params) {
        bool isNull = false;
        texts.push_back(paramText(v, &isNull));
        values.push_back(isNull ? nullptr : texts.back().constData());
    }
    PGresult* result = PQexecParams(conn, sql.constData(), int(values.size()), nullptr,
                                    values.empty() ? nullptr : values.data(), nullptr, nullptr, 0);
    if (PQresultStatus(result) != PGRES_TUPLES_OK) {
        const QString message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        const QString code = state ? QString::fromLatin1(state) : QString();
        PQclear(result);
        const QSqlError error(QString(),
                              message.isEmpty() ? QString::fromUtf8(PQerrorMessage(conn)).trimmed()
                                                : message,
                              QSqlError::StatementError, code);
        fail(error);
    }
    const QByteArray json(PQgetvalue(result, 0, 0));
    PQclear(result);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonValue rows = doc.array()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("Plan"))
                                .toObject()
                                .value(QStringLiteral("Plan Rows"));
    if (!rows.isDouble())
        throw JobError{Tr::tr("The database did not say how many rows to expect. Try again; if it "
                              "keeps happening, report it."),
                       {}};
    return std::max<qint64>(0, qint64(std::llround(rows.toDouble())));
}

qint64 KeysetPager::exactCount(QSqlDatabase& db, const TableQuery& query)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM ") + query.from + whereClause(query, {})))
        fail(q.lastError());
    for (const QVariant& v : query.params)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        fail(q.lastError());
    return q.value(0).toLongLong();
}

} // namespace pd::storage
