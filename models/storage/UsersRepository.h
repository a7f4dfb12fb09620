#pragma once

#include <QSqlDatabase> // before TableQuery.h, whose declarations use it

#include "domain/Clock.h"
#include "storage/TableQuery.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>
#include <optional>

namespace pd::storage {

// What the Users dashboard and `paneldeskctl users` filter by. Every field is optional.
struct UserFilter
{
    QString search; // prefix of email, username or id; typed by a person, bound as a value
    enum class State { Any, Active, Banned } state = State::Any;
    QUuid planId;            // users with an active subscription on this plan
    bool subscribed = false; // users with an active subscription on any plan
    std::optional<int> nodeGroup;
    bool overQuota = false; // upload + download > transfer_enable
};

struct UserRecord
{
    QUuid id;
    QString email;
    QString username;
    bool active = true;
    QString balance; // exact decimal text
    QString balanceCurrency;
    qint64 uploadBytes = 0;
    qint64 downloadBytes = 0;
    qint64 transferEnable = 0;
    int nodeGroup = 0;
    int level = 0;
    QDateTime levelExpiresAt; // invalid = none
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;
};

// The fields an administrator may edit; each set field is written.
struct UserEdit
{
    std::optional<QString> email;
    std::optional<QString> username;
    std::optional<bool> active;
    std::optional<qint64> transferEnable;
    std::optional<QDateTime> levelExpiresAt; // invalid QDateTime = clear
    std::optional<int> nodeGroup;
    std::optional<int> level;
};

struct UserDetail
{
    UserRecord user;
    QJsonObject subscription;   // current subscription with plan name; empty when none
    QList<QJsonObject> apiKeys; // prefix, name, active, last_used_at, expires_at
    QList<QJsonObject>
        recentTransactions; // last 10: out_trade_no, amount, currency, gateway, status, created_at
};

// Reads and edits users. Runs on the calling thread's connection (a DbWorker's).
class UsersRepository
{
public:
    // The Users table: columns, filter, sort (column key) for the lazy model and the CLI.
    static TableQuery listQuery(const UserFilter& filter,
                                const QString& sortKey = QStringLiteral("created_at"),
                                bool descending = false);
    static std::optional<UserDetail> detail(QSqlDatabase& db, const QUuid& id); // throws JobError
    static UserRecord get(QSqlDatabase& db, const QUuid& id); // throws JobError when missing

    // Validates, then updates WHERE id AND row_version = expected. Outcomes:
    enum class Outcome { Saved, Conflict, Invalid, NotFound };
    struct UpdateResult
    {
        Outcome outcome = Outcome::Saved;
        QString message;    // a sentence for people when not Saved
        UserRecord current; // the row as it is now (after save, or what someone else saved)
    };
    // `clock` decides what "in the past" means for the level expiry.
    static UpdateResult update(
        QSqlDatabase& db, const QUuid& id, qint64 expectedVersion, const UserEdit& edit,
        const domain::Clock& clock = domain::Clock::system()); // throws JobError on database errors
};

} // namespace pd::storage

Q_DECLARE_METATYPE(pd::storage::UserDetail)
Q_DECLARE_METATYPE(pd::storage::UserRecord)
Q_DECLARE_METATYPE(pd::storage::UsersRepository::UpdateResult)
