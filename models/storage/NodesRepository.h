#pragma once

#include "domain/Clock.h"

#include <QDateTime>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace pd::storage {

// A node as its detail panel and edit dialog show it. The rate is the exact decimal text.
struct NodeRecord
{
    int id = 0;
    QString name;
    QString address;
    int nodeGroup = 0;
    QString trafficRate;
    bool enabled = true;
    qint64 bandwidthUsed = 0;
    qint64 bandwidthLimit = 0; // 0: unlimited
    QDateTime lastHeartbeatAt;
    int onlineUsers = 0;
    QString load;
    bool online = false; // heartbeat younger than app_settings.node_online_threshold_seconds
    qint64 rowVersion = 0;
    // Traffic that crossed the node (upload + download) in the last hour, 24 h and 72 h, from
    // the hourly rollups.
    qint64 traffic1h = 0, traffic24h = 0, traffic72h = 0;
};

// What an administrator changes; unset fields stay.
struct NodeEdit
{
    std::optional<bool> enabled;
    std::optional<QString> trafficRate; // decimal text, 0 < rate <= 100, two decimals at most
    std::optional<int> nodeGroup;
    std::optional<qint64> bandwidthLimit;
    bool resetBandwidth = false;
};

// Reads and edits nodes on the calling thread's connection (a DbWorker's). Edits are plain
// UPDATEs the database allows administrators only (column grants), checked against row_version
// so a change made meanwhile is not overwritten; the audit trigger records them.
class NodesRepository
{
public:
    // `clock` says when "now" is for the online rule. Throws JobError when the node is missing.
    static NodeRecord get(QSqlDatabase& db, int id,
                          const domain::Clock& clock = domain::Clock::system());

    // The site's online threshold in seconds (app_settings.node_online_threshold_seconds).
    static int onlineThreshold(QSqlDatabase& db);                  // throws JobError
    static void setOnlineThreshold(QSqlDatabase& db, int seconds); // throws JobError

    // An empty text when the value is acceptable, else a sentence saying what to fix.
    static QString validateRate(const QString& rate);

    enum class Outcome { Saved, Conflict, Invalid, NotFound };
    struct UpdateResult
    {
        Outcome outcome = Outcome::Saved;
        QString message;
        NodeRecord current;
    };
    static UpdateResult update(QSqlDatabase& db, int id, qint64 expectedVersion,
                               const NodeEdit& edit); // throws JobError on database errors
};

} // namespace pd::storage

Q_DECLARE_METATYPE(pd::storage::NodeRecord)
Q_DECLARE_METATYPE(pd::storage::NodesRepository::UpdateResult)
