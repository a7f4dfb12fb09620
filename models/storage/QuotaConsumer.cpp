#include "storage/QuotaConsumer.h"

#include "storage/Database.h"
#include "storage/DbWorker.h"
#include "storage/SubscriptionSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd::storage {

QuotaConsumer::Result QuotaConsumer::consume(QSqlDatabase& db, const QUuid& userId,
                                             const QString& resourceType, int cost,
                                             const QString& resourceId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT consume_quota(?::uuid, ?, ?, ?)")))
        SubscriptionSql::fail(q.lastError());
    q.addBindValue(userId.toString(QUuid::WithoutBraces));
    q.addBindValue(resourceType);
    q.addBindValue(cost);
    q.addBindValue(resourceId.isEmpty() ? QVariant() : QVariant(resourceId));
    Result result;
    if (!q.exec()) {
        const QString state = Database::sqlState(q.lastError());
        if (state == QLatin1String("PDS03"))
            result.outcome = Outcome::QuotaExhausted;
        else if (state == QLatin1String("PDS04"))
            result.outcome = Outcome::NoSubscription;
        else
            SubscriptionSql::fail(q.lastError());
        result.message = SubscriptionSql::describe(q.lastError());
        return result;
    }
    if (q.next())
        result.used = q.value(0).toInt();
    return result;
}

} // namespace pd::storage
