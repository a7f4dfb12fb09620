#include "storage/CompensationJob.h"

#include "domain/ByteSize.h"
#include "storage/DbWorker.h"
#include "storage/SubscriptionSql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QStringList>

namespace pd::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::CompensationJob)
};

QDateTime utcOrInvalid(const QVariant& v)
{
    return v.isNull() ? QDateTime() : v.toDateTime().toUTC();
}

// "u.deleted_at IS NULL AND …" with its values: the Users dashboard's very selection.
TableQuery selection(const UserFilter& filter)
{
    return UsersRepository::listQuery(filter);
}

} // namespace

QString CompensationJob::validate(const CompensationRequest& request)
{
    if (request.days < 0 || request.days > 3650)
        return Tr::tr("Days must be between 0 and 3650.");
    if (request.bytes < 0 || request.bytes > domain::bytes::MaxQuota)
        return Tr::tr("Traffic must be between 0 and 1 PiB.");
    if (request.days == 0 && request.bytes == 0)
        return Tr::tr("Give days, traffic or both: a compensation of nothing changes nothing.");
    return {};
}

QJsonObject CompensationJob::filterJson(const UserFilter& filter)
{
    QJsonObject o;
    if (!filter.search.trimmed().isEmpty())
        o.insert(QStringLiteral("search"), filter.search.trimmed());
    if (filter.state == UserFilter::State::Active)
        o.insert(QStringLiteral("state"), QStringLiteral("active"));
    else if (filter.state == UserFilter::State::Banned)
        o.insert(QStringLiteral("state"), QStringLiteral("banned"));
    if (!filter.planId.isNull())
        o.insert(QStringLiteral("plan_id"), filter.planId.toString(QUuid::WithoutBraces));
    if (filter.subscribed)
        o.insert(QStringLiteral("subscribed"), true);
    if (filter.nodeGroup)
        o.insert(QStringLiteral("node_group"), *filter.nodeGroup);
    if (filter.overQuota)
        o.insert(QStringLiteral("over_quota"), true);
    if (o.isEmpty())
        o.insert(QStringLiteral("all"), true);
    return o;
}

std::optional<UserFilter> CompensationJob::filterFromJson(const QJsonObject& json, QString* problem)
{
    const auto refuse = [problem](const QString& sentence) -> std::optional<UserFilter> {
        if (problem)
            *problem = sentence;
        return std::nullopt;
    };
    UserFilter filter;
    bool all = false;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("all")) {
            if (!value.isBool() || !value.toBool())
                return refuse(Tr::tr("\"all\" must be true."));
            all = true;
        } else if (key == QLatin1String("search")) {
            if (!value.isString() || value.toString().trimmed().isEmpty())
                return refuse(Tr::tr("\"search\" must be a non-empty text."));
            filter.search = value.toString().trimmed();
        } else if (key == QLatin1String("state")) {
            if (value.toString() == QLatin1String("active"))
                filter.state = UserFilter::State::Active;
            else if (value.toString() == QLatin1String("banned"))
                filter.state = UserFilter::State::Banned;
            else
                return refuse(Tr::tr("\"state\" must be \"active\" or \"banned\"."));
        } else if (key == QLatin1String("plan_id")) {
            filter.planId = QUuid::fromString(value.toString());
            if (!value.isString() || filter.planId.isNull())
                return refuse(Tr::tr("\"plan_id\" must be a plan's id."));
        } else if (key == QLatin1String("subscribed") || key == QLatin1String("over_quota")) {
            if (!value.isBool())
                return refuse(Tr::tr("\"%1\" must be true or false.").arg(key));
            (key == QLatin1String("subscribed") ? filter.subscribed : filter.overQuota) =
                value.toBool();
        } else if (key == QLatin1String("node_group")) {
            const double group = value.toDouble(-1);
            if (!value.isDouble() || group != double(int(group)) || group < 0 || group > 9999)
                return refuse(Tr::tr("\"node_group\" must be a whole number from 0 to 9999."));
            filter.nodeGroup = int(group);
        } else {
            return refuse(Tr::tr("The filter has an unknown key \"%1\"; the keys are all, search, "
                                 "state, plan_id, subscribed, node_group and over_quota.")
                              .arg(key));
        }
    }
    const bool narrowed = filterJson(filter).value(QStringLiteral("all")).isUndefined();
    if (all && narrowed)
        return refuse(Tr::tr("\"all\" cannot be combined with other filter keys."));
    if (!all && !narrowed)
        return refuse(Tr::tr("The filter selects nobody in particular; write {\"all\": true} to "
                             "mean every user."));
    return filter;
}

CompensationPreview CompensationJob::preview(QSqlDatabase& db, const CompensationRequest& request,
                                             int sampleSize)
{
    const TableQuery sel = selection(request.filter);
    CompensationPreview preview;
    preview.users =
        SubscriptionSql::scalar(
            db, QStringLiteral("SELECT count(*) FROM users u WHERE %1").arg(sel.where), sel.params)
            .toLongLong();
    // The same formulas as compensate_users(), so "after" is what applying will write.
    QVariantList values{request.days, request.bytes};
    values += sel.params;
    values << sampleSize;
    QSqlQuery q = SubscriptionSql::exec(
        db,
        QStringLiteral("SELECT u.id::text, u.email, u.level_expires_at, "
                       "compensated_expiry(u.level_expires_at, ?), u.transfer_enable, "
                       "compensated_quota(u.transfer_enable, ?) FROM users u WHERE %1 "
                       "ORDER BY u.id LIMIT ?")
            .arg(sel.where),
        values);
    while (q.next()) {
        CompensationSampleRow row;
        row.userId = QUuid::fromString(q.value(0).toString());
        row.email = q.value(1).toString();
        row.expiryBefore = utcOrInvalid(q.value(2));
        row.expiryAfter = utcOrInvalid(q.value(3));
        row.quotaBefore = q.value(4).toLongLong();
        row.quotaAfter = q.value(5).toLongLong();
        preview.sample << row;
    }
    return preview;
}

CompensationResult CompensationJob::apply(QSqlDatabase& db, const CompensationRequest& request,
                                          const Progress& progress, const std::atomic<bool>* cancel)
{
    if (const QString problem = validate(request); !problem.isEmpty())
        throw JobError{problem, {}};
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    CompensationResult result;
    if (!db.transaction())
        SubscriptionSql::fail(db.lastError());
    try {
        // The selection is fixed once, inside the transaction, then worked through by id.
        const TableQuery sel = selection(request.filter);
        SubscriptionSql::exec(
            db, QStringLiteral("CREATE TEMP TABLE pd_compensation (id uuid PRIMARY KEY) "
                               "ON COMMIT DROP"));
        QSqlQuery fill = SubscriptionSql::exec(
            db,
            QStringLiteral("INSERT INTO pd_compensation SELECT u.id FROM users u WHERE %1")
                .arg(sel.where),
            sel.params);
        const qint64 total = fill.numRowsAffected();
        if (request.expectedUsers && *request.expectedUsers != total) {
            // Rolled back by the catch below.
            throw JobError{Tr::tr("The selection changed since the preview: %1 user(s) match "
                                  "now, %2 were previewed. Nothing was changed; preview again.")
                               .arg(total)
                               .arg(*request.expectedUsers),
                           {}};
        }
        if (progress)
            progress(0, total);
        QString after = QStringLiteral("00000000-0000-0000-0000-000000000000");
        qint64 done = 0;
        while (done < total) {
            if (cancelled()) {
                db.rollback();
                result.cancelled = true;
                return result;
            }
            QSqlQuery batch = SubscriptionSql::exec(
                db,
                QStringLiteral(
                    "WITH b AS (SELECT id FROM pd_compensation WHERE id > ?::uuid "
                    "ORDER BY id LIMIT ?) "
                    "SELECT compensate_users(ARRAY(SELECT id FROM b), ?, ?), "
                    "(SELECT id::text FROM b ORDER BY id DESC LIMIT 1), (SELECT count(*) FROM b)"),
                {after, BatchSize, request.days, request.bytes});
            if (!batch.next() || batch.value(2).toLongLong() == 0)
                break;
            result.users += batch.value(0).toLongLong();
            after = batch.value(1).toString();
            done += batch.value(2).toLongLong();
            if (progress)
                progress(done, total);
        }
        result.auditId =
            SubscriptionSql::scalar(
                db, QStringLiteral("SELECT compensation_record(?::jsonb, ?, ?, ?)"),
                {QString::fromUtf8(
                     QJsonDocument(filterJson(request.filter)).toJson(QJsonDocument::Compact)),
                 request.days, request.bytes, result.users})
                .toLongLong();
        if (cancelled()) {
            db.rollback();
            return CompensationResult{true, 0, 0};
        }
        if (!db.commit())
            SubscriptionSql::fail(db.lastError());
    } catch (...) {
        db.rollback();
        throw;
    }
    return result;
}

} // namespace pd::storage
