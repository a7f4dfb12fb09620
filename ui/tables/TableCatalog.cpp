#include "ui/tables/TableCatalog.h"

#include "payments/GatewayConfig.h"
#include "storage/RefundRepository.h"
#include "storage/TransactionRepository.h"

#include <QCoreApplication>

namespace pd::ui {

using storage::Column;
using storage::ColumnKind;

namespace {

// This file's strings share one translation context, which lupdate reads from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::TableCatalog)
};

Column col(const char* key, const char* sqlExpr, const QString& header, ColumnKind kind,
           const char* sortExpr = "", const char* currencyExpr = "")
{
    Column c;
    c.key = QLatin1String(key);
    c.sqlExpr = QLatin1String(sqlExpr);
    c.header = header;
    c.kind = kind;
    c.sortExpr = QLatin1String(sortExpr);
    c.currencyExpr = QLatin1String(currencyExpr);
    return c;
}

int indexOf(const QList<Column>& columns, const char* key)
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == QLatin1String(key))
            return i;
    }
    return 0;
}

QHash<QString, QString> unlimitedWhenNull()
{
    return {{QString(), Tr::tr("Unlimited")}};
}

QHash<QString, QString> gatewayLabels()
{
    QHash<QString, QString> labels;
    for (const QString& g : payments::GatewayConfig::gateways())
        labels.insert(g, payments::GatewayConfig::displayName(g));
    return labels;
}

// Emails are searched by the prefix index on lower(email); the subquery keeps the big table on
// its own (user_id, created_at) index.
const char* const EmailPrefixSubquery = "IN (SELECT id FROM users WHERE lower(email) LIKE ?)";

} // namespace

bool TableCatalog::canReadGatewayIds(Role role)
{
    return role != Role::Support;
}

QString TableCatalog::likePrefix(const QString& typed)
{
    QString escaped;
    escaped.reserve(typed.size() + 1);
    for (const QChar c : typed) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped + QLatin1Char('%');
}

TableDefinition TableCatalog::plans(Role)
{
    TableDefinition d;
    d.key = QStringLiteral("plans");
    auto& q = d.query;
    q.from = QStringLiteral("subscription_plans p");
    q.idExpr = QStringLiteral("p.id");
    q.columns = {
        col("name", "p.name", Tr::tr("Name"), ColumnKind::Text, "lower(p.name)"),
        col("price", "p.price", Tr::tr("Price"), ColumnKind::Money, "", "p.currency"),
        col("currency", "p.currency", Tr::tr("Currency"), ColumnKind::Text),
        col("billing_cycle", "p.billing_cycle", Tr::tr("Billing cycle"), ColumnKind::Text),
        col("quota_limit", "p.quota_limit", Tr::tr("Quota"), ColumnKind::Integer),
        col("traffic_bytes", "p.traffic_bytes", Tr::tr("Traffic"), ColumnKind::Bytes),
        col("node_group", "p.node_group", Tr::tr("Node group"), ColumnKind::Integer),
        col("level", "p.level", Tr::tr("Level"), ColumnKind::Integer),
        col("is_active", "p.is_active", Tr::tr("Active"), ColumnKind::Bool),
        col("subscribers",
            "(SELECT count(*) FROM user_subscriptions s WHERE s.plan_id = p.id AND s.status = "
            "'active')",
            Tr::tr("Subscribers"), ColumnKind::Integer),
    };
    q.sortColumn = indexOf(q.columns, "name");
    d.searchCondition = QStringLiteral("lower(p.name) LIKE ?");
    d.searchPlaceholder = Tr::tr("Search plans by name…");
    d.valueLabels.insert(QStringLiteral("billing_cycle"),
                         {{QStringLiteral("monthly"), Tr::tr("Monthly")},
                          {QStringLiteral("yearly"), Tr::tr("Yearly")},
                          {QStringLiteral("lifetime"), Tr::tr("Lifetime")}});
    d.valueLabels.insert(QStringLiteral("quota_limit"), unlimitedWhenNull());
    return d;
}

TableDefinition TableCatalog::subscriptions(Role)
{
    TableDefinition d;
    d.key = QStringLiteral("subscriptions");
    auto& q = d.query;
    q.from = QStringLiteral("user_subscriptions s JOIN users u ON u.id = s.user_id "
                            "JOIN subscription_plans p ON p.id = s.plan_id");
    q.idExpr = QStringLiteral("s.id");
    q.columns = {
        col("email", "u.email", Tr::tr("User"), ColumnKind::Text),
        col("plan", "p.name", Tr::tr("Plan"), ColumnKind::Text),
        col("status", "s.status", Tr::tr("Status"), ColumnKind::Text),
        col("period_start", "s.current_period_start", Tr::tr("Period start"), ColumnKind::DateTime,
            "s.current_period_start"),
        col("period_end", "s.current_period_end", Tr::tr("Period end"), ColumnKind::DateTime),
        col("quota_used", "s.quota_used", Tr::tr("Quota used"), ColumnKind::Integer),
        col("quota_limit", "s.quota_limit", Tr::tr("Quota limit"), ColumnKind::Integer),
        col("auto_renew", "s.auto_renew", Tr::tr("Auto renew"), ColumnKind::Bool),
        col("created_at", "s.created_at", Tr::tr("Created"), ColumnKind::DateTime, "s.created_at"),
    };
    q.sortColumn = indexOf(q.columns, "created_at");
    q.descending = true;
    d.searchCondition = QStringLiteral("s.user_id ") + QLatin1String(EmailPrefixSubquery);
    d.searchPlaceholder = Tr::tr("Search by user email…");
    d.valueLabels.insert(QStringLiteral("status"),
                         {{QStringLiteral("active"), Tr::tr("Active")},
                          {QStringLiteral("cancelled"), Tr::tr("Cancelled")},
                          {QStringLiteral("expired"), Tr::tr("Expired")}});
    d.valueLabels.insert(QStringLiteral("quota_limit"), unlimitedWhenNull());
    d.valueLabels.insert(QStringLiteral("period_end"), {{QString(), Tr::tr("Lifetime")}});
    return d;
}

TableDefinition TableCatalog::transactions(Role role)
{
    TableDefinition d;
    d.key = QStringLiteral("transactions");
    d.query = storage::TransactionRepository::listQuery({}, canReadGatewayIds(role));
    d.searchCondition = QStringLiteral("t.out_trade_no LIKE ?");
    d.searchLowercase = false;
    d.searchPlaceholder = Tr::tr("Search by order number…");
    d.valueLabels.insert(QStringLiteral("gateway"), gatewayLabels());
    d.valueLabels.insert(QStringLiteral("kind"),
                         {{QStringLiteral("subscription"), Tr::tr("Subscription")},
                          {QStringLiteral("top_up"), Tr::tr("Top-up")}});
    d.valueLabels.insert(QStringLiteral("status"),
                         {{QStringLiteral("pending"), Tr::tr("Pending")},
                          {QStringLiteral("completed"), Tr::tr("Completed")},
                          {QStringLiteral("failed"), Tr::tr("Failed")},
                          {QStringLiteral("partially_refunded"), Tr::tr("Partially refunded")},
                          {QStringLiteral("refunded"), Tr::tr("Refunded")}});
    const QHash<QString, QString> limitLabels{{QStringLiteral("closed"), Tr::tr("—")},
                                              {QStringLiteral("unlimited"), Tr::tr("No limit")}};
    d.valueLabels.insert(QStringLiteral("refund_days_left"), limitLabels);
    d.valueLabels.insert(QStringLiteral("refunds_left"), limitLabels);
    return d;
}

TableDefinition TableCatalog::refunds(Role role)
{
    TableDefinition d;
    d.key = QStringLiteral("refunds");
    d.query = storage::RefundRepository::listQuery(canReadGatewayIds(role));
    d.searchCondition = QStringLiteral("t.out_trade_no LIKE ?");
    d.searchLowercase = false;
    d.searchPlaceholder = Tr::tr("Search by order number…");
    d.valueLabels.insert(QStringLiteral("gateway"), gatewayLabels());
    QHash<QString, QString> states;
    for (const QString& state : storage::RefundRecord::states())
        states.insert(state, storage::RefundRecord::stateLabel(state));
    d.valueLabels.insert(QStringLiteral("state"), states);
    return d;
}

TableDefinition TableCatalog::nodes(Role)
{
    TableDefinition d;
    d.key = QStringLiteral("nodes");
    auto& q = d.query;
    q.from = QStringLiteral("nodes n");
    q.idExpr = QStringLiteral("n.id");
    // Online means a heartbeat younger than the site-wide threshold (default 300 s).
    q.columns = {
        col("name", "n.name", Tr::tr("Name"), ColumnKind::Text, "n.name"),
        col("address", "n.address", Tr::tr("Address"), ColumnKind::Text),
        col("node_group", "n.node_group", Tr::tr("Group"), ColumnKind::Integer),
        col("traffic_rate", "n.traffic_rate", Tr::tr("Rate"), ColumnKind::Text),
        col("enabled", "n.enabled", Tr::tr("Enabled"), ColumnKind::Bool),
        col("online", "node_is_online(n.last_heartbeat_at, now())", Tr::tr("Online"),
            ColumnKind::Bool),
        col("online_users", "n.online_users", Tr::tr("Online users"), ColumnKind::Integer),
        col("bandwidth_used", "n.bandwidth_used", Tr::tr("Bandwidth used"), ColumnKind::Bytes),
        col("bandwidth_limit", "n.bandwidth_limit", Tr::tr("Bandwidth limit"), ColumnKind::Bytes),
        col("last_heartbeat_at", "n.last_heartbeat_at", Tr::tr("Last heartbeat"),
            ColumnKind::DateTime),
    };
    q.sortColumn = indexOf(q.columns, "name");
    d.searchCondition = QStringLiteral("lower(n.name) LIKE ?");
    d.searchPlaceholder = Tr::tr("Search nodes by name…");
    d.valueLabels.insert(QStringLiteral("bandwidth_limit"),
                         {{QStringLiteral("0"), Tr::tr("Unlimited")}});
    d.valueLabels.insert(QStringLiteral("last_heartbeat_at"), {{QString(), Tr::tr("Never")}});
    return d;
}

TableDefinition TableCatalog::usageLogs(Role)
{
    TableDefinition d;
    d.key = QStringLiteral("usage_logs");
    auto& q = d.query;
    q.from = QStringLiteral("usage_logs l JOIN users u ON u.id = l.user_id");
    q.idExpr = QStringLiteral("l.id");
    q.columns = {
        col("created_at", "l.created_at", Tr::tr("Time"), ColumnKind::DateTime, "l.created_at"),
        col("email", "u.email", Tr::tr("User"), ColumnKind::Text),
        col("resource_type", "l.resource_type", Tr::tr("Resource type"), ColumnKind::Text),
        col("resource_id", "l.resource_id", Tr::tr("Resource id"), ColumnKind::Text),
        col("quota_cost", "l.quota_cost", Tr::tr("Cost"), ColumnKind::Integer),
    };
    q.sortColumn = indexOf(q.columns, "created_at");
    q.descending = true;
    d.searchCondition = QStringLiteral("l.user_id ") + QLatin1String(EmailPrefixSubquery);
    d.searchPlaceholder = Tr::tr("Search by user email…");
    return d;
}

} // namespace pd::ui
