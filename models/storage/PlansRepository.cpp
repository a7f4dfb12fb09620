#include "storage/PlansRepository.h"

#include "domain/ByteSize.h"
#include "storage/DbWorker.h"
#include "storage/SubscriptionSql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace pd::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::PlansRepository)
};

const char* const PlanColumns =
    "p.id::text, p.name, p.price::text, p.currency, p.billing_cycle, p.quota_type, p.quota_limit, "
    "p.traffic_bytes, p.reset_traffic, p.node_group, p.level, p.features::text, p.is_active, "
    "(SELECT count(*) FROM user_subscriptions s WHERE s.plan_id = p.id AND s.status = 'active'), "
    "p.row_version";

PlanRecord readPlan(const QSqlQuery& q)
{
    PlanRecord p;
    p.id = QUuid::fromString(q.value(0).toString());
    p.name = q.value(1).toString();
    const QString currency = q.value(3).toString().trimmed();
    p.price = domain::Money::fromDecimalString(q.value(2).toString(), currency)
                  .value_or(domain::Money(0, currency));
    p.billingCycle = q.value(4).toString();
    p.quotaType = q.value(5).toString();
    if (!q.value(6).isNull())
        p.quotaLimit = q.value(6).toInt();
    p.trafficBytes = q.value(7).toLongLong();
    p.resetTraffic = q.value(8).toBool();
    p.nodeGroup = q.value(9).toInt();
    p.level = q.value(10).toInt();
    const QJsonArray features = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array();
    for (const QJsonValue& f : features)
        p.features << f.toString();
    p.active = q.value(12).toBool();
    p.subscribers = q.value(13).toLongLong();
    p.rowVersion = q.value(14).toLongLong();
    return p;
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

TableQuery PlansRepository::listQuery(const QString& search, const QString& sortKey,
                                      bool descending)
{
    TableQuery q;
    q.from = QStringLiteral("subscription_plans p");
    q.idExpr = QStringLiteral("p.id");
    // Sortable columns page through the indexes of 0001 (name) and 0006 (price, created).
    q.columns = {
        {QStringLiteral("name"),
         QStringLiteral("p.name"),
         Tr::tr("Name"),
         ColumnKind::Text,
         QStringLiteral("lower(p.name)"),
         {}},
        {QStringLiteral("price"), QStringLiteral("p.price"), Tr::tr("Price"), ColumnKind::Money,
         QStringLiteral("p.price"), QStringLiteral("p.currency")},
        {QStringLiteral("currency"),
         QStringLiteral("p.currency"),
         Tr::tr("Currency"),
         ColumnKind::Text,
         {},
         {}},
        {QStringLiteral("billing_cycle"),
         QStringLiteral("p.billing_cycle"),
         Tr::tr("Cycle"),
         ColumnKind::Text,
         {},
         {}},
        {QStringLiteral("quota_limit"),
         QStringLiteral("p.quota_limit"),
         Tr::tr("Quota"),
         ColumnKind::Integer,
         {},
         {}},
        {QStringLiteral("traffic_bytes"),
         QStringLiteral("p.traffic_bytes"),
         Tr::tr("Traffic per period"),
         ColumnKind::Bytes,
         {},
         {}},
        {QStringLiteral("node_group"),
         QStringLiteral("p.node_group"),
         Tr::tr("Node group"),
         ColumnKind::Integer,
         {},
         {}},
        {QStringLiteral("level"),
         QStringLiteral("p.level"),
         Tr::tr("Level"),
         ColumnKind::Integer,
         {},
         {}},
        {QStringLiteral("subscribers"),
         QStringLiteral("(SELECT count(*) FROM user_subscriptions s WHERE s.plan_id = p.id AND "
                        "s.status = 'active')"),
         Tr::tr("Subscribers"),
         ColumnKind::Integer,
         {},
         {}},
        {QStringLiteral("is_active"),
         QStringLiteral("p.is_active"),
         Tr::tr("Active"),
         ColumnKind::Bool,
         {},
         {}},
        {QStringLiteral("created_at"),
         QStringLiteral("p.created_at"),
         Tr::tr("Created"),
         ColumnKind::DateTime,
         QStringLiteral("p.created_at"),
         {}},
    };
    q.sortColumn = 0;
    for (int i = 0; i < q.columns.size(); ++i) {
        if (q.columns.at(i).key == sortKey && !q.columns.at(i).sortExpr.isEmpty())
            q.sortColumn = i;
    }
    q.descending = descending;
    if (!search.trimmed().isEmpty()) {
        q.where = QStringLiteral("lower(p.name) LIKE ?");
        q.params << likePrefix(search);
    }
    return q;
}

QList<PlanRecord> PlansRepository::all(QSqlDatabase& db, bool activeOnly)
{
    QSqlQuery q = SubscriptionSql::exec(
        db, QStringLiteral("SELECT %1 FROM subscription_plans p %2 ORDER BY lower(p.name)")
                .arg(QLatin1String(PlanColumns),
                     activeOnly ? QStringLiteral("WHERE p.is_active") : QString()));
    QList<PlanRecord> plans;
    while (q.next())
        plans << readPlan(q);
    return plans;
}

std::optional<PlanRecord> PlansRepository::get(QSqlDatabase& db, const QUuid& id)
{
    QSqlQuery q = SubscriptionSql::exec(
        db,
        QStringLiteral("SELECT %1 FROM subscription_plans p WHERE p.id = ?::uuid")
            .arg(QLatin1String(PlanColumns)),
        {id.toString(QUuid::WithoutBraces)});
    if (!q.next())
        return std::nullopt;
    return readPlan(q);
}

std::optional<PlanRecord> PlansRepository::findByName(QSqlDatabase& db, const QString& name)
{
    QSqlQuery q = SubscriptionSql::exec(
        db,
        QStringLiteral("SELECT %1 FROM subscription_plans p WHERE lower(p.name) = lower(?)")
            .arg(QLatin1String(PlanColumns)),
        {name.trimmed()});
    if (!q.next())
        return std::nullopt;
    return readPlan(q);
}

std::optional<domain::Money> PlansRepository::parsePrice(const QString& text,
                                                         const QString& currency, QString* problem)
{
    domain::Money::ParseError error = domain::Money::ParseError::None;
    auto money = domain::Money::parse(text.trimmed(), currency, &error);
    if (!money && problem)
        *problem = domain::Money::describe(error, currency);
    return money;
}

QStringList PlansRepository::validate(const PlanRecord& plan)
{
    QStringList problems;
    const qsizetype nameLength = plan.name.trimmed().size();
    if (nameLength < 1 || nameLength > 100)
        problems << Tr::tr("The name must have 1 to 100 characters.");
    if (!plan.price.isValid() || plan.price.exponent() < 0)
        problems << Tr::tr("The price needs a known currency.");
    else if (plan.price.minorUnits() < 0)
        problems << Tr::tr("The price cannot be negative.");
    if (plan.billingCycle != QLatin1String("monthly") &&
        plan.billingCycle != QLatin1String("yearly") &&
        plan.billingCycle != QLatin1String("lifetime"))
        problems << Tr::tr("The billing cycle must be monthly, yearly or lifetime.");
    static const QRegularExpression quotaType(QStringLiteral("^[a-z][a-z0-9_]{0,49}$"));
    if (!quotaType.match(plan.quotaType).hasMatch())
        problems << Tr::tr("The quota type must be lower-case letters, digits and _, such as "
                           "processing_count.");
    if (plan.quotaLimit && *plan.quotaLimit < 0)
        problems << Tr::tr("The quota limit cannot be negative; leave it empty for unlimited.");
    if (plan.trafficBytes < 0 || plan.trafficBytes > domain::bytes::MaxQuota)
        problems << Tr::tr("The traffic per period must be between 0 and 1 PiB.");
    if (plan.nodeGroup < 0 || plan.nodeGroup > 9999)
        problems << Tr::tr("The node group must be between 0 and 9999.");
    if (plan.level < 0 || plan.level > 99)
        problems << Tr::tr("The level must be between 0 and 99.");
    if (plan.features.size() > 50)
        problems << Tr::tr("A plan has at most 50 features.");
    for (const QString& f : plan.features) {
        if (f.trimmed().isEmpty() || f.trimmed().size() > 200) {
            problems << Tr::tr("Each feature must have 1 to 200 characters.");
            break;
        }
    }
    return problems;
}

PlanRecord PlansRepository::save(QSqlDatabase& db, const PlanRecord& plan)
{
    const QStringList problems = validate(plan);
    if (!problems.isEmpty())
        throw JobError{problems.join(QLatin1Char(' ')), {}};
    QJsonArray features;
    for (const QString& f : plan.features)
        features.append(f.trimmed());
    const QVariant id = SubscriptionSql::scalar(
        db,
        QStringLiteral("SELECT plan_save(?::uuid, ?, ?, ?::numeric, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?::jsonb, ?)::text"),
        {plan.id.isNull() ? QVariant() : QVariant(plan.id.toString(QUuid::WithoutBraces)),
         plan.id.isNull() ? QVariant() : QVariant(plan.rowVersion), plan.name.trimmed(),
         plan.price.toDecimalString(), plan.price.currency(), plan.billingCycle, plan.quotaType,
         plan.quotaLimit ? QVariant(*plan.quotaLimit) : QVariant(), plan.trafficBytes,
         plan.resetTraffic, plan.nodeGroup, plan.level,
         QString::fromUtf8(QJsonDocument(features).toJson(QJsonDocument::Compact)), plan.active});
    const auto stored = get(db, QUuid::fromString(id.toString()));
    if (!stored)
        throw JobError{Tr::tr("The plan was saved but could not be read back. Refresh the list."),
                       {}};
    return *stored;
}

void PlansRepository::setActive(QSqlDatabase& db, const QUuid& id, bool active)
{
    SubscriptionSql::exec(db, QStringLiteral("SELECT plan_set_active(?::uuid, ?)"),
                          {id.toString(QUuid::WithoutBraces), active});
}

void PlansRepository::remove(QSqlDatabase& db, const QUuid& id)
{
    SubscriptionSql::exec(db, QStringLiteral("SELECT plan_delete(?::uuid)"),
                          {id.toString(QUuid::WithoutBraces)});
}

QString PlansRepository::cycleName(const QString& cycle)
{
    if (cycle == QLatin1String("monthly"))
        return Tr::tr("Monthly");
    if (cycle == QLatin1String("yearly"))
        return Tr::tr("Yearly");
    if (cycle == QLatin1String("lifetime"))
        return Tr::tr("Lifetime");
    return cycle;
}

} // namespace pd::storage
