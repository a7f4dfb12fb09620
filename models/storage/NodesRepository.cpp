#include "storage/NodesRepository.h"

#include "storage/Database.h"
#include "storage/DbWorker.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace pd::storage {

namespace {

// This file's strings share one translation context, which lupdate reads from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::NodesRepository)
};

constexpr qint64 MaxBandwidthLimit = qint64(1024) * 1024 * 1024 * 1024 * 1024 * 64; // 64 PiB

std::optional<NodeRecord> find(QSqlDatabase& db, int id, const domain::Clock& clock)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT n.id, n.name, n.address, n.node_group, n.traffic_rate::text, n.enabled, "
        "n.bandwidth_used, n.bandwidth_limit, n.last_heartbeat_at, n.online_users, n.load, "
        "node_is_online(n.last_heartbeat_at, ?::timestamptz), n.row_version, "
        "coalesce(sum(h.upload_bytes + h.download_bytes) FILTER (WHERE h.hour >= "
        "date_trunc('hour', now()) - interval '1 hour'), 0), "
        "coalesce(sum(h.upload_bytes + h.download_bytes) FILTER (WHERE h.hour >= "
        "date_trunc('hour', now()) - interval '24 hours'), 0), "
        "coalesce(sum(h.upload_bytes + h.download_bytes), 0) "
        "FROM nodes n LEFT JOIN node_traffic_hourly h ON h.node_id = n.id AND h.hour >= "
        "date_trunc('hour', now()) - interval '72 hours' "
        "WHERE n.id = ? GROUP BY n.id"));
    q.addBindValue(clock.now().toUTC());
    q.addBindValue(id);
    if (!q.exec())
        throw JobError{Database::describe(q.lastError()), q.lastError()};
    if (!q.next())
        return std::nullopt;
    NodeRecord r;
    r.id = q.value(0).toInt();
    r.name = q.value(1).toString();
    r.address = q.value(2).toString();
    r.nodeGroup = q.value(3).toInt();
    r.trafficRate = q.value(4).toString();
    r.enabled = q.value(5).toBool();
    r.bandwidthUsed = q.value(6).toLongLong();
    r.bandwidthLimit = q.value(7).toLongLong();
    r.lastHeartbeatAt = q.value(8).toDateTime();
    r.onlineUsers = q.value(9).toInt();
    r.load = q.value(10).toString();
    r.online = q.value(11).toBool();
    r.rowVersion = q.value(12).toLongLong();
    r.traffic1h = q.value(13).toLongLong();
    r.traffic24h = q.value(14).toLongLong();
    r.traffic72h = q.value(15).toLongLong();
    return r;
}

} // namespace

NodeRecord NodesRepository::get(QSqlDatabase& db, int id, const domain::Clock& clock)
{
    if (auto r = find(db, id, clock))
        return *r;
    throw JobError{Tr::tr("This node no longer exists: someone deleted it. Refresh the list."), {}};
}

int NodesRepository::onlineThreshold(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT coalesce((SELECT (value #>> '{}')::int FROM app_settings "
                               "WHERE key = 'node_online_threshold_seconds'), 300)")) ||
        !q.next())
        throw JobError{Database::describe(q.lastError()), q.lastError()};
    return q.value(0).toInt();
}

void NodesRepository::setOnlineThreshold(QSqlDatabase& db, int seconds)
{
    if (seconds < 10 || seconds > 86400)
        throw JobError{Tr::tr("The online threshold must be from 10 seconds to one day."), {}};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE app_settings SET value = to_jsonb(?::int) WHERE key = "
                             "'node_online_threshold_seconds'"));
    q.addBindValue(seconds);
    if (!q.exec())
        throw JobError{Database::describe(q.lastError()), q.lastError()};
}

QString NodesRepository::validateRate(const QString& rate)
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,3}(\\.\\d{1,2})?$"));
    const QString text = rate.trimmed();
    if (!re.match(text).hasMatch())
        return Tr::tr("Write the traffic rate as a number with at most two decimals, like 1.5.");
    // Compared in hundredths, exactly.
    const QStringList parts = text.split(QLatin1Char('.'));
    const qint64 hundredths =
        parts.at(0).toLongLong() * 100 +
        (parts.size() > 1 ? parts.at(1).leftJustified(2, QLatin1Char('0')).toLongLong() : 0);
    if (hundredths <= 0 || hundredths > 10000)
        return Tr::tr("The traffic rate must be more than 0 and at most 100.");
    return {};
}

NodesRepository::UpdateResult NodesRepository::update(QSqlDatabase& db, int id,
                                                      qint64 expectedVersion, const NodeEdit& edit)
{
    UpdateResult result;
    QStringList problems;
    if (edit.trafficRate) {
        if (const QString p = validateRate(*edit.trafficRate); !p.isEmpty())
            problems << p;
    }
    if (edit.nodeGroup && (*edit.nodeGroup < 0 || *edit.nodeGroup > 9999))
        problems << Tr::tr("The node group must be between 0 and 9999.");
    if (edit.bandwidthLimit &&
        (*edit.bandwidthLimit < 0 || *edit.bandwidthLimit > MaxBandwidthLimit))
        problems << Tr::tr("The bandwidth limit must be 0 (unlimited) or a size up to 64 PiB.");
    if (!problems.isEmpty()) {
        result.outcome = Outcome::Invalid;
        result.message = problems.join(QLatin1Char(' '));
        if (auto current = find(db, id, domain::Clock::system()))
            result.current = *current;
        return result;
    }

    QStringList sets;
    QVariantList values;
    if (edit.enabled) {
        sets << QStringLiteral("enabled = ?");
        values << *edit.enabled;
    }
    if (edit.trafficRate) {
        sets << QStringLiteral("traffic_rate = ?::numeric");
        values << edit.trafficRate->trimmed();
    }
    if (edit.nodeGroup) {
        sets << QStringLiteral("node_group = ?");
        values << *edit.nodeGroup;
    }
    if (edit.bandwidthLimit) {
        sets << QStringLiteral("bandwidth_limit = ?");
        values << *edit.bandwidthLimit;
    }
    if (edit.resetBandwidth)
        sets << QStringLiteral("bandwidth_used = 0");
    if (!sets.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE nodes SET %1 WHERE id = ? AND row_version = ?")
                      .arg(sets.join(QLatin1String(", "))));
        for (const QVariant& v : std::as_const(values))
            q.addBindValue(v);
        q.addBindValue(id);
        q.addBindValue(expectedVersion);
        if (!q.exec())
            throw JobError{Database::describe(q.lastError()), q.lastError()};
        if (q.numRowsAffected() == 0) {
            const auto current = find(db, id, domain::Clock::system());
            if (!current) {
                result.outcome = Outcome::NotFound;
                result.message =
                    Tr::tr("This node no longer exists: someone deleted it. Refresh the list.");
                return result;
            }
            result.outcome = Outcome::Conflict;
            result.message = Tr::tr("Someone else changed this node in the meantime, so nothing "
                                    "was changed. Check the current values, then try again.");
            result.current = *current;
            return result;
        }
    }
    result.current = get(db, id);
    return result;
}

} // namespace pd::storage
