#include "storage/TransactionRepository.h"

#include "storage/DbWorker.h"
#include "storage/RefundRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace pd::storage {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::TransactionRepository)
};

Column col(const char* key, const char* expr, const QString& header, ColumnKind kind,
           const char* sort = "", const char* currency = "")
{
    return Column{QLatin1String(key),  QLatin1String(expr),    header, kind,
                  QLatin1String(sort), QLatin1String(currency)};
}

} // namespace

QString TransactionRepository::likePrefix(const QString& typed)
{
    QString escaped = typed;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped + QLatin1Char('%');
}

TableQuery TransactionRepository::listQuery(const TransactionFilter& f, bool withGatewayIds,
                                            const QString& sortKey, bool descending)
{
    TableQuery q;
    q.from = QStringLiteral("payment_transactions t JOIN users u ON u.id = t.user_id");
    q.idExpr = QStringLiteral("t.id");
    q.columns = {
        col("created_at", "t.created_at", Tr::tr("Created"), ColumnKind::DateTime, "t.created_at"),
        col("out_trade_no", "t.out_trade_no", Tr::tr("Order number"), ColumnKind::Text),
        col("email", "u.email", Tr::tr("User"), ColumnKind::Text),
        col("gateway", "t.gateway", Tr::tr("Gateway"), ColumnKind::Text),
        col("kind", "t.kind", Tr::tr("Kind"), ColumnKind::Text),
        col("amount", "t.amount", Tr::tr("Amount"), ColumnKind::Money, "t.amount", "t.currency"),
        col("status", "t.status", Tr::tr("Status"), ColumnKind::Text),
        col("paid_at", "t.paid_at", Tr::tr("Paid at"), ColumnKind::DateTime),
        // What is left of the gateway's refund window and partial-refund count, by the same
        // rules refund_request applies. Evaluated for the fetched page only (never in counts);
        // not sortable. 'closed': the payment cannot be refunded; 'unlimited': no such limit.
        col("refund_days_left",
            "(SELECT CASE WHEN t.status NOT IN ('completed', 'partially_refunded') THEN 'closed' "
            "WHEN l.days_left IS NULL THEN 'unlimited' ELSE l.days_left::text END "
            "FROM refund_limits(t.id) l)",
            Tr::tr("Days left to refund"), ColumnKind::Text),
        col("refunds_left",
            "(SELECT CASE WHEN t.status NOT IN ('completed', 'partially_refunded') THEN 'closed' "
            "WHEN l.refunds_left IS NULL THEN 'unlimited' ELSE l.refunds_left::text END "
            "FROM refund_limits(t.id) l)",
            Tr::tr("Refunds left"), ColumnKind::Text),
    };
    if (withGatewayIds)
        q.columns.append(col("gateway_trade_no", "t.gateway_trade_no",
                             Tr::tr("Gateway trade number"), ColumnKind::Text));
    q.sortColumn = 0;
    for (int i = 0; i < q.columns.size(); ++i) {
        if (q.columns.at(i).key == sortKey && !q.columns.at(i).sortExpr.isEmpty())
            q.sortColumn = i;
    }
    q.descending = descending;

    QStringList where;
    if (!f.gateway.isEmpty()) {
        where << QStringLiteral("t.gateway = ?");
        q.params << f.gateway;
    }
    if (!f.status.isEmpty()) {
        where << QStringLiteral("t.status = ?");
        q.params << f.status;
    }
    if (f.from.isValid()) {
        where << QStringLiteral("t.created_at >= ?::timestamptz");
        q.params << f.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("t.created_at < ?::timestamptz");
        q.params << f.to.toUTC().toString(Qt::ISODateWithMs);
    }
    if (!f.minAmount.isEmpty()) {
        where << QStringLiteral("t.amount >= ?::numeric");
        q.params << f.minAmount;
    }
    if (!f.maxAmount.isEmpty()) {
        where << QStringLiteral("t.amount <= ?::numeric");
        q.params << f.maxAmount;
    }
    if (!f.user.isEmpty()) {
        const QUuid id = QUuid::fromString(f.user.trimmed());
        if (!id.isNull()) {
            where << QStringLiteral("t.user_id = ?::uuid");
            q.params << id.toString(QUuid::WithoutBraces);
        } else {
            // users_email_prefix finds the users, payment_transactions_user their payments.
            where << QStringLiteral(
                "t.user_id IN (SELECT id FROM users WHERE lower(email) LIKE ?)");
            q.params << likePrefix(f.user.trimmed().toLower());
        }
    }
    if (!f.orderNo.isEmpty()) {
        where << QStringLiteral("t.out_trade_no LIKE ?");
        q.params << likePrefix(f.orderNo.trimmed());
    }
    q.where = where.join(QStringLiteral(" AND "));
    return q;
}

TableQuery TransactionRepository::refundsOfPeriod(const QDateTime& from, const QDateTime& to,
                                                  bool withGatewayIds)
{
    TableQuery q = RefundRepository::listQuery(withGatewayIds);
    // A report is read without PanelDesk: amounts with their currency's own decimals (exact,
    // as stored) and the currency beside them.
    for (int i = 0; i < q.columns.size(); ++i) {
        if (q.columns.at(i).key == QLatin1String("amount")) {
            q.columns[i].sqlExpr = QStringLiteral(
                "round(r.amount, (SELECT c.exponent FROM currencies c WHERE c.code = r.currency))");
            q.columns.insert(i + 1,
                             col("currency", "r.currency", Tr::tr("Currency"), ColumnKind::Text));
            break;
        }
    }
    q.descending = false;
    q.where = QStringLiteral("r.created_at >= ?::timestamptz AND r.created_at < ?::timestamptz");
    q.params = {from.toUTC().toString(Qt::ISODateWithMs), to.toUTC().toString(Qt::ISODateWithMs)};
    return q;
}

QJsonObject TransactionRepository::detail(QSqlDatabase& db, const QString& transactionId,
                                          bool withGatewayIds)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT t.amount::text, t.currency, t.gateway, t.out_trade_no, %1, "
                             "t.status, t.paid_at, u.email, t.created_at, t.kind, t.user_id::text "
                             "FROM payment_transactions t JOIN users u ON u.id = t.user_id "
                             "WHERE t.id = ?::uuid")
                  .arg(withGatewayIds ? QStringLiteral("coalesce(t.gateway_trade_no, '')")
                                      : QStringLiteral("''")));
    q.addBindValue(transactionId);
    if (!q.exec())
        throw JobError{RefundRepository::describe(q.lastError()), q.lastError()};
    if (!q.next())
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("id"), transactionId);
    o.insert(QStringLiteral("amount"), q.value(0).toString());
    o.insert(QStringLiteral("currency"), q.value(1).toString().trimmed());
    o.insert(QStringLiteral("gateway"), q.value(2).toString());
    o.insert(QStringLiteral("out_trade_no"), q.value(3).toString());
    o.insert(QStringLiteral("gateway_trade_no"), q.value(4).toString());
    o.insert(QStringLiteral("status"), q.value(5).toString());
    o.insert(QStringLiteral("paid_at"), q.value(6).toDateTime().toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("user_email"), q.value(7).toString());
    o.insert(QStringLiteral("created_at"), q.value(8).toDateTime().toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("kind"), q.value(9).toString());
    o.insert(QStringLiteral("user_id"), q.value(10).toString());
    return o;
}

QList<RefundHistoryEntry> TransactionRepository::refundHistory(QSqlDatabase& db,
                                                               const QString& transactionId)
{
    // Row security shows finance and admin the refund rows of the audit log.
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT a.occurred_at, a.db_role, a.row_id, a.action, a.after ->> 'state', "
        "a.before ->> 'state', a.after ->> 'last_error' FROM audit_log a "
        "WHERE a.table_name = 'refunds' AND a.row_id IN (SELECT id::text FROM refunds WHERE "
        "transaction_id = ?::uuid) ORDER BY a.occurred_at, a.id"));
    q.addBindValue(transactionId);
    QList<RefundHistoryEntry> out;
    if (!q.exec())
        return out; // support: no audit rows, no history
    while (q.next()) {
        RefundHistoryEntry e;
        e.at = q.value(0).toDateTime();
        e.by = q.value(1).toString();
        e.refund = q.value(2).toString();
        e.created = q.value(3).toString() == QLatin1String("INSERT");
        e.after = q.value(4).toString();
        e.before = q.value(5).toString();
        e.error = q.value(6).toString();
        out << e;
    }
    return out;
}

} // namespace pd::storage
