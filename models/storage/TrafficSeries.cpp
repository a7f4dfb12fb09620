#include "storage/TrafficSeries.h"

#include "storage/Database.h"
#include "storage/DbWorker.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd::storage {

namespace {

// Runs a prepared query whose rows are (start, upload, download).
QList<TrafficSeries::Bucket> readBuckets(QSqlQuery& q)
{
    if (!q.exec())
        throw JobError{Database::describe(q.lastError()), q.lastError()};
    QList<TrafficSeries::Bucket> buckets;
    while (q.next())
        buckets.append(
            {q.value(0).toDateTime().toUTC(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return buckets;
}

} // namespace

QList<TrafficSeries::Bucket> TrafficSeries::forNode(QSqlDatabase& db, int nodeId, int hours)
{
    const bool daily = hours > 24;
    QSqlQuery q(db);
    // The series' step is a constant chosen here, never text from outside.
    q.prepare(QStringLiteral(
                  "WITH buckets AS (SELECT generate_series(date_trunc('%1', now() - "
                  "make_interval(hours => ?)) + interval '1 %1', date_trunc('%1', now()), "
                  "interval '1 %1') AS start) "
                  "SELECT b.start, coalesce(sum(h.upload_bytes), 0), "
                  "coalesce(sum(h.download_bytes), 0) FROM buckets b "
                  "LEFT JOIN node_traffic_hourly h ON h.hour >= b.start AND h.hour < b.start + "
                  "interval '1 %1' AND (? = 0 OR h.node_id = ?) "
                  "GROUP BY b.start ORDER BY b.start")
                  .arg(daily ? QLatin1String("day") : QLatin1String("hour")));
    q.addBindValue(hours);
    q.addBindValue(nodeId);
    q.addBindValue(nodeId);
    return readBuckets(q);
}

QList<TrafficSeries::Bucket> TrafficSeries::forUser(QSqlDatabase& db, const QString& userId,
                                                    int hours)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "WITH buckets AS (SELECT generate_series(date_trunc('hour', now()) - make_interval(hours "
        "=> ? - 1), date_trunc('hour', now()), interval '1 hour') AS start) "
        "SELECT b.start, coalesce(sum(h.charged_upload), 0), coalesce(sum(h.charged_download), 0) "
        "FROM buckets b LEFT JOIN node_traffic_hourly h ON h.hour = b.start AND h.user_id = "
        "?::uuid GROUP BY b.start ORDER BY b.start"));
    q.addBindValue(hours);
    q.addBindValue(userId);
    return readBuckets(q);
}

QList<TrafficSeries::NodeDay> TrafficSeries::userPerNodeDaily(QSqlDatabase& db,
                                                              const QString& userId, int days)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT (date_trunc('day', h.hour AT TIME ZONE 'UTC'))::date, n.name, "
        "sum(h.charged_upload + h.charged_download) FROM node_traffic_hourly h JOIN nodes n ON "
        "n.id = h.node_id WHERE h.user_id = ?::uuid AND h.hour >= date_trunc('day', now()) - "
        "make_interval(days => ? - 1) GROUP BY 1, 2 ORDER BY 1, 2"));
    q.addBindValue(userId);
    q.addBindValue(days);
    if (!q.exec())
        throw JobError{Database::describe(q.lastError()), q.lastError()};
    QList<NodeDay> rows;
    while (q.next())
        rows.append({q.value(0).toDate(), q.value(1).toString(), q.value(2).toLongLong()});
    return rows;
}

QList<TrafficSeries::UserTotal> TrafficSeries::topUsers(QSqlDatabase& db, int hours, int limit)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT t.user_id::text, u.email, t.up, t.down FROM (SELECT user_id, "
        "sum(upload_bytes) AS up, sum(download_bytes) AS down FROM node_traffic_hourly WHERE "
        "hour >= date_trunc('hour', now()) - make_interval(hours => ?) GROUP BY user_id "
        "ORDER BY sum(upload_bytes + download_bytes) DESC, user_id LIMIT ?) t "
        "JOIN users u ON u.id = t.user_id ORDER BY t.up + t.down DESC, t.user_id"));
    q.addBindValue(hours);
    q.addBindValue(limit);
    if (!q.exec())
        throw JobError{Database::describe(q.lastError()), q.lastError()};
    QList<UserTotal> users;
    while (q.next())
        users.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                      q.value(3).toLongLong()});
    return users;
}

} // namespace pd::storage
