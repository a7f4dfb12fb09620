#include "storage/UsersRepository.h"

#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/DbWorker.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace pd::storage {

namespace {

// This file's strings share one translation context, which lupdate reads from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::UsersRepository)
};

// The columns every read of a single user returns, in UserRecord order (see readRecord()).
const char* const RecordColumns =
    "id::text, email, username, is_active, balance::text, balance_currency, upload_bytes, "
    "download_bytes, transfer_enable, node_group, level, level_expires_at, created_at, "
    "updated_at, row_version";

QString recordColumns()
{
    return QString::fromLatin1(RecordColumns);
}

UserRecord readRecord(const QSqlQuery& q)
{
    UserRecord r;
    r.id = QUuid::fromString(q.value(0).toString());
    r.email = q.value(1).toString();
    r.username = q.value(2).toString();
    r.active = q.value(3).toBool();
    r.balance = q.value(4).toString();
    r.balanceCurrency = q.value(5).toString().trimmed();
    r.uploadBytes = q.value(6).toLongLong();
    r.downloadBytes = q.value(7).toLongLong();
    r.transferEnable = q.value(8).toLongLong();
    r.nodeGroup = q.value(9).toInt();
    r.level = q.value(10).toInt();
    r.levelExpiresAt = q.value(11).isNull() ? QDateTime() : q.value(11).toDateTime().toUTC();
    r.createdAt = q.value(12).toDateTime().toUTC();
    r.updatedAt = q.value(13).toDateTime().toUTC();
    r.rowVersion = q.value(14).toLongLong();
    return r;
}

QString uuidText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString isoOrEmpty(const QVariant& v)
{
    if (v.isNull())
        return {};
    return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
}

[[noreturn]] void fail(const QSqlQuery& q)
{
    throw JobError{Database::describe(q.lastError()), q.lastError()};
}

void prepareOrFail(QSqlQuery& q, const QString& sql)
{
    if (!q.prepare(sql))
        fail(q);
}

void execOrFail(QSqlQuery& q)
{
    if (!q.exec())
        fail(q);
}

// LIKE treats \ % _ specially (backslash is PostgreSQL's default escape character): what a
// person typed must match literally.
QString likePrefix(const QString& typed)
{
    QString s = typed.trimmed().toLower();
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return s + QLatin1Char('%');
}

std::optional<UserRecord> find(QSqlDatabase& db, const QUuid& id)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    prepareOrFail(q,
                  QStringLiteral("SELECT %1 FROM users WHERE id = ?::uuid AND deleted_at IS NULL")
                      .arg(recordColumns()));
    q.addBindValue(uuidText(id));
    execOrFail(q);
    if (!q.next())
        return std::nullopt;
    return readRecord(q);
}

} // namespace

TableQuery UsersRepository::listQuery(const UserFilter& filter, const QString& sortKey,
                                      bool descending)
{
    TableQuery query;
    query.from = QStringLiteral("users u");
    query.idExpr = QStringLiteral("u.id");
    // Sort expressions are exactly the indexed expressions of 0001_core.sql, so every sort
    // pages through an index.
    query.columns = {
        {QStringLiteral("email"),
         QStringLiteral("u.email"),
         Tr::tr("Email"),
         ColumnKind::Text,
         QStringLiteral("lower(u.email)"),
         {}},
        {QStringLiteral("username"),
         QStringLiteral("u.username"),
         Tr::tr("Username"),
         ColumnKind::Text,
         QStringLiteral("lower(u.username)"),
         {}},
        // A stable key, not a sentence: the dashboard's delegate translates it for display.
        {QStringLiteral("state"),
         QStringLiteral("CASE WHEN u.is_active THEN 'active' ELSE 'banned' END"),
         Tr::tr("State"),
         ColumnKind::Text,
         {},
         {}},
        {QStringLiteral("node_group"),
         QStringLiteral("u.node_group"),
         Tr::tr("Node group"),
         ColumnKind::Integer,
         {},
         {}},
        {QStringLiteral("level"),
         QStringLiteral("u.level"),
         Tr::tr("Level"),
         ColumnKind::Integer,
         {},
         {}},
        {QStringLiteral("traffic_used"),
         QStringLiteral("(u.upload_bytes + u.download_bytes)"),
         Tr::tr("Traffic used"),
         ColumnKind::Bytes,
         QStringLiteral("(u.upload_bytes + u.download_bytes)"),
         {}},
        {QStringLiteral("quota"),
         QStringLiteral("u.transfer_enable"),
         Tr::tr("Quota"),
         ColumnKind::Bytes,
         QStringLiteral("u.transfer_enable"),
         {}},
        {QStringLiteral("level_expires_at"),
         QStringLiteral("u.level_expires_at"),
         Tr::tr("Level expiry"),
         ColumnKind::DateTime,
         QStringLiteral("coalesce(u.level_expires_at, '-infinity')"),
         {}},
        {QStringLiteral("balance"), QStringLiteral("u.balance"), Tr::tr("Balance"),
         ColumnKind::Money, QStringLiteral("u.balance"), QStringLiteral("u.balance_currency")},
        {QStringLiteral("created_at"),
         QStringLiteral("u.created_at"),
         Tr::tr("Created"),
         ColumnKind::DateTime,
         QStringLiteral("u.created_at"),
         {}},
    };

    query.sortColumn = 0;
    bool found = false;
    for (int i = 0; i < query.columns.size(); ++i) {
        if (query.columns.at(i).key == sortKey && !query.columns.at(i).sortExpr.isEmpty()) {
            query.sortColumn = i;
            found = true;
        }
    }
    if (!found) {
        for (int i = 0; i < query.columns.size(); ++i) {
            if (query.columns.at(i).key == QLatin1String("created_at"))
                query.sortColumn = i;
        }
    }
    query.descending = descending;

    QStringList where{QStringLiteral("u.deleted_at IS NULL")};
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // One value, bound once per indexed expression (text_pattern_ops prefix indexes).
        const QString pattern = likePrefix(search);
        where << QStringLiteral("(lower(u.email) LIKE ? OR lower(u.username) LIKE ? OR "
                                "u.id::text LIKE ?)");
        query.params << pattern << pattern << pattern;
    }
    switch (filter.state) {
    case UserFilter::State::Any:
        break;
    case UserFilter::State::Active:
        where << QStringLiteral("u.is_active");
        break;
    case UserFilter::State::Banned:
        where << QStringLiteral("NOT u.is_active");
        break;
    }
    if (!filter.planId.isNull()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM user_subscriptions s WHERE s.user_id = u.id "
                                "AND s.status = 'active' AND s.plan_id = ?::uuid)");
        query.params << uuidText(filter.planId);
    }
    if (filter.subscribed)
        where << QStringLiteral("EXISTS (SELECT 1 FROM user_subscriptions s WHERE s.user_id = u.id "
                                "AND s.status = 'active')");
    if (filter.nodeGroup) {
        where << QStringLiteral("u.node_group = ?");
        query.params << *filter.nodeGroup;
    }
    if (filter.overQuota)
        where << QStringLiteral("(u.upload_bytes + u.download_bytes) > u.transfer_enable");
    query.where = where.join(QLatin1String(" AND "));
    return query;
}

UserRecord UsersRepository::get(QSqlDatabase& db, const QUuid& id)
{
    const auto record = find(db, id);
    if (!record)
        throw JobError{Tr::tr("This user no longer exists: someone deleted it. Refresh the list."),
                       {}};
    return *record;
}

std::optional<UserDetail> UsersRepository::detail(QSqlDatabase& db, const QUuid& id)
{
    const auto record = find(db, id);
    if (!record)
        return std::nullopt;
    UserDetail detail;
    detail.user = *record;
    const QString idText = uuidText(id);

    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        prepareOrFail(q,
                      QStringLiteral(
                          "SELECT s.id::text, p.name, s.status, s.current_period_start, "
                          "s.current_period_end, s.quota_used, s.quota_limit, s.auto_renew, "
                          "p.id::text, p.traffic_bytes "
                          "FROM user_subscriptions s JOIN subscription_plans p ON p.id = s.plan_id "
                          "WHERE s.user_id = ?::uuid AND s.status = 'active' "
                          "ORDER BY s.current_period_start DESC LIMIT 1"));
        q.addBindValue(idText);
        execOrFail(q);
        if (q.next()) {
            QJsonObject s;
            s.insert(QStringLiteral("id"), q.value(0).toString());
            s.insert(QStringLiteral("plan_name"), q.value(1).toString());
            s.insert(QStringLiteral("status"), q.value(2).toString());
            s.insert(QStringLiteral("current_period_start"), isoOrEmpty(q.value(3)));
            s.insert(QStringLiteral("current_period_end"), isoOrEmpty(q.value(4)));
            s.insert(QStringLiteral("quota_used"), q.value(5).toLongLong());
            s.insert(QStringLiteral("quota_limit"), q.value(6).isNull()
                                                        ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(q.value(6).toLongLong()));
            s.insert(QStringLiteral("auto_renew"), q.value(7).toBool());
            s.insert(QStringLiteral("plan_id"), q.value(8).toString());
            // As text: a JSON number is a double, and bytes must stay exact.
            s.insert(QStringLiteral("traffic_bytes"), q.value(9).toString());
            detail.subscription = s;
        }
    }

    {
        // Never key_hash: only the prefix identifies a key to people.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        prepareOrFail(q,
                      QStringLiteral("SELECT key_prefix, name, is_active, last_used_at, expires_at "
                                     "FROM api_keys WHERE user_id = ?::uuid "
                                     "ORDER BY created_at DESC"));
        q.addBindValue(idText);
        execOrFail(q);
        while (q.next()) {
            QJsonObject k;
            k.insert(QStringLiteral("prefix"), q.value(0).toString());
            k.insert(QStringLiteral("name"), q.value(1).toString());
            k.insert(QStringLiteral("active"), q.value(2).toBool());
            k.insert(QStringLiteral("last_used_at"), isoOrEmpty(q.value(3)));
            k.insert(QStringLiteral("expires_at"), isoOrEmpty(q.value(4)));
            detail.apiKeys << k;
        }
    }

    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        prepareOrFail(
            q, QStringLiteral("SELECT out_trade_no, amount::text, currency, gateway, status, "
                              "created_at, kind FROM payment_transactions "
                              "WHERE user_id = ?::uuid ORDER BY created_at DESC, id DESC "
                              "LIMIT 10"));
        q.addBindValue(idText);
        if (!q.exec()) {
            // A role that may not read payments still gets the profile; the list stays empty.
            if (Database::sqlState(q.lastError()) != QLatin1String("42501"))
                fail(q);
        } else {
            while (q.next()) {
                QJsonObject t;
                t.insert(QStringLiteral("out_trade_no"), q.value(0).toString());
                t.insert(QStringLiteral("amount"), q.value(1).toString());
                t.insert(QStringLiteral("currency"), q.value(2).toString().trimmed());
                t.insert(QStringLiteral("gateway"), q.value(3).toString());
                t.insert(QStringLiteral("status"), q.value(4).toString());
                t.insert(QStringLiteral("created_at"), isoOrEmpty(q.value(5)));
                t.insert(QStringLiteral("kind"), q.value(6).toString());
                detail.recentTransactions << t;
            }
        }
    }
    return detail;
}

UsersRepository::UpdateResult UsersRepository::update(QSqlDatabase& db, const QUuid& id,
                                                      qint64 expectedVersion, const UserEdit& edit,
                                                      const domain::Clock& clock)
{
    using domain::Validation;
    UpdateResult result;

    // Validate everything first: a refused edit writes nothing.
    QStringList problems;
    const auto check = [&problems](const QString& message) {
        if (!message.isEmpty())
            problems << message;
    };
    if (edit.email)
        check(Validation::validateEmail(*edit.email));
    if (edit.username)
        check(Validation::validateUsername(*edit.username));
    if (edit.transferEnable)
        check(Validation::validateTrafficQuota(*edit.transferEnable));
    if (edit.levelExpiresAt)
        check(Validation::validateLevelExpiry(*edit.levelExpiresAt, clock));
    if (edit.nodeGroup)
        check(Validation::validateNodeGroup(*edit.nodeGroup));
    if (edit.level)
        check(Validation::validateLevel(*edit.level));
    if (!problems.isEmpty()) {
        result.outcome = Outcome::Invalid;
        result.message = problems.join(QLatin1Char(' '));
        if (const auto current = find(db, id))
            result.current = *current;
        return result;
    }

    // Only the columns an administrator is granted, and only those the edit sets.
    QStringList sets;
    QVariantList values;
    if (edit.email) {
        sets << QStringLiteral("email = ?");
        values << edit.email->trimmed();
    }
    if (edit.username) {
        sets << QStringLiteral("username = ?");
        values << edit.username->trimmed();
    }
    if (edit.active) {
        sets << QStringLiteral("is_active = ?");
        values << *edit.active;
    }
    if (edit.transferEnable) {
        sets << QStringLiteral("transfer_enable = ?");
        values << *edit.transferEnable;
    }
    if (edit.levelExpiresAt) {
        sets << QStringLiteral("level_expires_at = ?::timestamptz");
        values << (edit.levelExpiresAt->isValid()
                       ? QVariant(edit.levelExpiresAt->toUTC().toString(Qt::ISODateWithMs))
                       : QVariant());
    }
    if (edit.nodeGroup) {
        sets << QStringLiteral("node_group = ?");
        values << *edit.nodeGroup;
    }
    if (edit.level) {
        sets << QStringLiteral("level = ?");
        values << *edit.level;
    }

    const auto reread = [&](const QString& conflictMessage, bool alwaysConflict) {
        const auto current = find(db, id);
        if (!current) {
            result.outcome = Outcome::NotFound;
            result.message = Tr::tr("This user no longer exists: someone deleted it. Your changes "
                                    "were not saved; close the form and refresh the list.");
            return;
        }
        result.current = *current;
        if (alwaysConflict || current->rowVersion != expectedVersion) {
            result.outcome = Outcome::Conflict;
            result.message = conflictMessage;
        }
    };
    const QString conflictMessage = Tr::tr(
        "Someone else changed this user while you were editing. Your changes are kept in the "
        "form; reload to see theirs, then save again.");

    if (sets.isEmpty()) {
        // Nothing to write; still tell a stale editor that the row moved on.
        result.outcome = Outcome::Saved;
        reread(conflictMessage, false);
        return result;
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    prepareOrFail(q, QStringLiteral("UPDATE users SET %1 WHERE id = ?::uuid AND row_version = ? "
                                    "AND deleted_at IS NULL RETURNING %2")
                         .arg(sets.join(QLatin1String(", ")), recordColumns()));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(uuidText(id));
    q.addBindValue(expectedVersion);
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        const QString state = Database::sqlState(error);
        if (state == QLatin1String("23505")) {
            result.outcome = Outcome::Invalid;
            result.message = error.databaseText().contains(QLatin1String("users_username_key"))
                                 ? Tr::tr("This username is already used by another user.")
                                 : Tr::tr("This email is already used by another user.");
            if (const auto current = find(db, id))
                result.current = *current;
            return result;
        }
        if (state == QLatin1String("23514")) {
            result.outcome = Outcome::Invalid;
            result.message = Database::describe(error);
            if (const auto current = find(db, id))
                result.current = *current;
            return result;
        }
        throw JobError{Database::describe(error), error};
    }
    if (q.next()) {
        result.outcome = Outcome::Saved;
        result.current = readRecord(q);
        return result;
    }
    q.finish();
    // No row matched: deleted, or someone else's save bumped row_version first.
    reread(conflictMessage, true);
    return result;
}

} // namespace pd::storage
