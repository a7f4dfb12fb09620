#include "storage/SubscriptionsRepository.h"

#include "storage/DbWorker.h"
#include "storage/SubscriptionSql.h"

#include <QCoreApplication>
#include <QStringList>

namespace pd::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::SubscriptionsRepository)
};

const char* const RecordColumns =
    "s.id::text, s.user_id::text, u.email, s.plan_id::text, p.name, p.billing_cycle, "
    "p.price::text, p.currency, s.status, s.current_period_start, s.current_period_end, "
    "s.quota_used, s.quota_limit, s.auto_renew, s.cancel_at_period_end, s.created_at";
const char* const RecordFrom = "user_subscriptions s JOIN users u ON u.id = s.user_id "
                               "JOIN subscription_plans p ON p.id = s.plan_id";

SubscriptionRecord readRecord(const QSqlQuery& q)
{
    SubscriptionRecord r;
    r.id = QUuid::fromString(q.value(0).toString());
    r.userId = QUuid::fromString(q.value(1).toString());
    r.userEmail = q.value(2).toString();
    r.planId = QUuid::fromString(q.value(3).toString());
    r.planName = q.value(4).toString();
    r.billingCycle = q.value(5).toString();
    const QString currency = q.value(7).toString().trimmed();
    r.planPrice = domain::Money::fromDecimalString(q.value(6).toString(), currency)
                      .value_or(domain::Money(0, currency));
    r.status = q.value(8).toString();
    r.periodStart = q.value(9).toDateTime().toUTC();
    r.periodEnd = q.value(10).isNull() ? QDateTime() : q.value(10).toDateTime().toUTC();
    r.quotaUsed = q.value(11).toInt();
    if (!q.value(12).isNull())
        r.quotaLimit = q.value(12).toInt();
    r.autoRenew = q.value(13).toBool();
    r.cancelAtPeriodEnd = q.value(14).toBool();
    r.createdAt = q.value(15).toDateTime().toUTC();
    return r;
}

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString likePrefix(const QString& typed)
{
    QString s = typed.trimmed().toLower();
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return s + QLatin1Char('%');
}

} // namespace

TableQuery SubscriptionsRepository::listQuery(const SubscriptionFilter& filter,
                                              const QString& sortKey, bool descending)
{
    TableQuery q;
    q.from = QString::fromLatin1(RecordFrom);
    q.idExpr = QStringLiteral("s.id");
    // Sort expressions are the indexed ones (0001, 0003, 0006).
    q.columns = {
        {QStringLiteral("email"),
         QStringLiteral("u.email"),
         Tr::tr("User"),
         ColumnKind::Text,
         {},
         {}},
        {QStringLiteral("plan"),
         QStringLiteral("p.name"),
         Tr::tr("Plan"),
         ColumnKind::Text,
         {},
         {}},
        {QStringLiteral("status"),
         QStringLiteral("s.status"),
         Tr::tr("Status"),
         ColumnKind::Text,
         {},
         {}},
        {QStringLiteral("period_start"),
         QStringLiteral("s.current_period_start"),
         Tr::tr("Period start"),
         ColumnKind::DateTime,
         QStringLiteral("s.current_period_start"),
         {}},
        {QStringLiteral("period_end"),
         QStringLiteral("s.current_period_end"),
         Tr::tr("Period end"),
         ColumnKind::DateTime,
         QStringLiteral("coalesce(s.current_period_end, 'infinity')"),
         {}},
        {QStringLiteral("quota_used"),
         QStringLiteral("s.quota_used"),
         Tr::tr("Quota used"),
         ColumnKind::Integer,
         {},
         {}},
        {QStringLiteral("quota_limit"),
         QStringLiteral("s.quota_limit"),
         Tr::tr("Quota limit"),
         ColumnKind::Integer,
         {},
         {}},
        {QStringLiteral("quota_percent"),
         QStringLiteral("s.quota_used::bigint * 100 / nullif(s.quota_limit, 0)"),
         Tr::tr("Quota used %"),
         ColumnKind::Integer,
         QStringLiteral("coalesce(s.quota_used::bigint * 100 / nullif(s.quota_limit, 0), -1)"),
         {}},
        {QStringLiteral("auto_renew"),
         QStringLiteral("s.auto_renew"),
         Tr::tr("Auto-renew"),
         ColumnKind::Bool,
         {},
         {}},
        {QStringLiteral("created_at"),
         QStringLiteral("s.created_at"),
         Tr::tr("Created"),
         ColumnKind::DateTime,
         QStringLiteral("s.created_at"),
         {}},
    };
    q.sortColumn = int(q.columns.size()) - 1;
    for (int i = 0; i < q.columns.size(); ++i) {
        if (q.columns.at(i).key == sortKey && !q.columns.at(i).sortExpr.isEmpty())
            q.sortColumn = i;
    }
    q.descending = descending;

    QStringList where;
    if (!filter.status.isEmpty()) {
        where << QStringLiteral("s.status = ?");
        q.params << filter.status;
    }
    if (!filter.planId.isNull()) {
        where << QStringLiteral("s.plan_id = ?::uuid");
        q.params << idText(filter.planId);
    }
    if (filter.expiringWithin) {
        where << QStringLiteral("s.status = 'active' AND s.current_period_end > now() AND "
                                "s.current_period_end <= now() + make_interval(days => ?)");
        q.params << *filter.expiringWithin;
    }
    if (filter.quotaAbove) {
        // The same expression as the quota index, so the filter is a range scan.
        where << QStringLiteral(
            "coalesce(s.quota_used::bigint * 100 / nullif(s.quota_limit, 0), -1) >= ?");
        q.params << *filter.quotaAbove;
    }
    if (!filter.userSearch.trimmed().isEmpty()) {
        // An array computed once (an InitPlan) lets the planner look the few matching users'
        // subscriptions up by user_id instead of walking the sort index filtering every row.
        where << QStringLiteral("s.user_id = ANY (ARRAY(SELECT id FROM users WHERE lower(email) "
                                "LIKE ?))");
        q.params << likePrefix(filter.userSearch);
    }
    q.where = where.join(QLatin1String(" AND "));
    return q;
}

std::optional<SubscriptionDetail> SubscriptionsRepository::detail(QSqlDatabase& db, const QUuid& id)
{
    QSqlQuery q =
        SubscriptionSql::exec(db,
                              QStringLiteral("SELECT %1 FROM %2 WHERE s.id = ?::uuid")
                                  .arg(QLatin1String(RecordColumns), QLatin1String(RecordFrom)),
                              {idText(id)});
    if (!q.next())
        return std::nullopt;
    SubscriptionDetail d;
    d.subscription = readRecord(q);
    d.history = historyOf(db, d.subscription.userId);
    return d;
}

std::optional<SubscriptionRecord> SubscriptionsRepository::activeOf(QSqlDatabase& db,
                                                                    const QUuid& userId)
{
    QSqlQuery q = SubscriptionSql::exec(
        db,
        QStringLiteral("SELECT %1 FROM %2 WHERE s.user_id = ?::uuid AND s.status = 'active'")
            .arg(QLatin1String(RecordColumns), QLatin1String(RecordFrom)),
        {idText(userId)});
    if (!q.next())
        return std::nullopt;
    return readRecord(q);
}

QList<SubscriptionRecord> SubscriptionsRepository::historyOf(QSqlDatabase& db, const QUuid& userId)
{
    QSqlQuery q =
        SubscriptionSql::exec(db,
                              QStringLiteral("SELECT %1 FROM %2 WHERE s.user_id = ?::uuid "
                                             "ORDER BY s.created_at DESC, s.id DESC LIMIT 200")
                                  .arg(QLatin1String(RecordColumns), QLatin1String(RecordFrom)),
                              {idText(userId)});
    QList<SubscriptionRecord> list;
    while (q.next())
        list << readRecord(q);
    return list;
}

QList<SubscriptionRecord> SubscriptionsRepository::byIds(QSqlDatabase& db, const QList<QUuid>& ids)
{
    if (ids.isEmpty())
        return {};
    QStringList texts;
    for (const QUuid& id : ids)
        texts << idText(id);
    // One array parameter, its order kept by WITH ORDINALITY.
    QSqlQuery q = SubscriptionSql::exec(
        db,
        QStringLiteral("SELECT %1 FROM unnest(?::uuid[]) WITH ORDINALITY AS wanted(id, n) "
                       "JOIN %2 ON s.id = wanted.id ORDER BY wanted.n")
            .arg(QLatin1String(RecordColumns), QLatin1String(RecordFrom)),
        {QLatin1Char('{') + texts.join(QLatin1Char(',')) + QLatin1Char('}')});
    QList<SubscriptionRecord> list;
    while (q.next())
        list << readRecord(q);
    return list;
}

QUuid SubscriptionsRepository::assign(QSqlDatabase& db, const QUuid& userId, const QUuid& planId,
                                      bool charge, const QString& reason)
{
    if (!charge && reason.trimmed().isEmpty())
        throw JobError{Tr::tr("A plan given without charge needs a reason. Nothing was changed; "
                              "write why the user gets it."),
                       {}};
    const QVariant id = SubscriptionSql::scalar(
        db, QStringLiteral("SELECT subscription_assign(?::uuid, ?::uuid, ?, ?)::text"),
        {idText(userId), idText(planId), charge,
         reason.trimmed().isEmpty() ? QVariant() : QVariant(reason.trimmed())});
    return QUuid::fromString(id.toString());
}

QDateTime SubscriptionsRepository::extend(QSqlDatabase& db, const QUuid& id, int days)
{
    return SubscriptionSql::scalar(db, QStringLiteral("SELECT subscription_extend(?::uuid, ?)"),
                                   {idText(id), days})
        .toDateTime()
        .toUTC();
}

void SubscriptionsRepository::changePlan(QSqlDatabase& db, const QUuid& id, const QUuid& planId)
{
    SubscriptionSql::exec(db, QStringLiteral("SELECT subscription_change_plan(?::uuid, ?::uuid)"),
                          {idText(id), idText(planId)});
}

void SubscriptionsRepository::cancel(QSqlDatabase& db, const QUuid& id, bool atPeriodEnd)
{
    SubscriptionSql::exec(db, QStringLiteral("SELECT subscription_cancel(?::uuid, ?)"),
                          {idText(id), atPeriodEnd});
}

void SubscriptionsRepository::resetQuota(QSqlDatabase& db, const QUuid& id)
{
    SubscriptionSql::exec(db, QStringLiteral("SELECT subscription_reset_quota(?::uuid)"),
                          {idText(id)});
}

void SubscriptionsRepository::setAutoRenew(QSqlDatabase& db, const QUuid& id, bool on)
{
    SubscriptionSql::exec(db, QStringLiteral("SELECT subscription_set_auto_renew(?::uuid, ?)"),
                          {idText(id), on});
}

domain::Money SubscriptionsRepository::unusedValue(const SubscriptionRecord& s,
                                                   const QDateTime& now)
{
    if (!s.periodEnd.isValid() || now >= s.periodEnd || !s.planPrice.isValid())
        return {};
    // Seconds: a period of up to ten years keeps every product below 2^63.
    const qint64 total = s.periodStart.secsTo(s.periodEnd);
    const qint64 left = qMin(total, now.secsTo(s.periodEnd));
    if (total <= 0)
        return {};
    // Integer arithmetic: price (< 10^15 minor units) × left / total, split to avoid overflow.
    const qint64 price = s.planPrice.minorUnits();
    const qint64 whole = price / total * left;
    const qint64 rest = (price % total) * left / total;
    return domain::Money(whole + rest, s.planPrice.currency());
}

QString SubscriptionsRepository::statusName(const QString& status)
{
    if (status == QLatin1String("active"))
        return Tr::tr("Active");
    if (status == QLatin1String("cancelled"))
        return Tr::tr("Cancelled");
    if (status == QLatin1String("expired"))
        return Tr::tr("Expired");
    return status;
}

} // namespace pd::storage
