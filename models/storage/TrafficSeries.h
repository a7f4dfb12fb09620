#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace pd::storage {

// Traffic over time for the charts, read from the hourly rollups only (never the raw rows):
// one bucket per hour for a day or less, one per day beyond, oldest first, empty buckets
// included so the time axis has no holes.
class TrafficSeries
{
public:
    struct Bucket
    {
        QDateTime start; // UTC
        qint64 upload = 0;
        qint64 download = 0;
    };
    // nodeId 0: all nodes (site-wide). hours: how far back from the current hour.
    static QList<Bucket> forNode(QSqlDatabase& db, int nodeId, int hours); // throws JobError

    // One user's traffic per hour over the last `hours` (charged bytes: what counts against
    // their quota), all nodes together.
    static QList<Bucket> forUser(QSqlDatabase& db, const QString& userId,
                                 int hours); // throws JobError

    struct NodeDay
    {
        QDate day; // UTC
        QString node;
        qint64 bytes = 0; // charged upload + download
    };
    // One user's charged traffic per node per day over the last `days`, oldest first.
    static QList<NodeDay> userPerNodeDaily(QSqlDatabase& db, const QString& userId,
                                           int days); // throws JobError

    struct UserTotal
    {
        QString userId;
        QString email;
        qint64 upload = 0;
        qint64 download = 0;
    };
    // The users who moved the most bytes (upload + download, before the rate) over all nodes
    // in the last `hours`, most first.
    static QList<UserTotal> topUsers(QSqlDatabase& db, int hours, int limit); // throws JobError
};

} // namespace pd::storage
