#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace pd::storage {

// The SQL plumbing shared by the plans, subscriptions, API keys, quota and compensation code:
// prepared statements with every value bound, and the SQLSTATEs of 0006_subscriptions.sql
// turned into sentences (what failed, what was kept, what to do). Failures throw JobError.
class SubscriptionSql
{
public:
    static QSqlQuery exec(QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
    // The first column of the first row, or an invalid QVariant when there is no row.
    static QVariant scalar(QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
    [[noreturn]] static void fail(const QSqlError& error);
    static QString describe(const QSqlError& error);
    static QString uuidText(const QVariant& id);
};

} // namespace pd::storage
