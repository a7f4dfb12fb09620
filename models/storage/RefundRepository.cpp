#include "storage/RefundRepository.h"

#include "storage/Database.h"
#include "storage/DbWorker.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace pd::storage {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::RefundRepository)
};

const char* const RefundColumns =
    "r.id::text, r.transaction_id::text, t.gateway, r.state, r.amount::text, r.currency, "
    "r.reason, coalesce(r.idempotency_key, ''), coalesce(r.gateway_refund_id, ''), "
    "r.requested_by, coalesce(r.approved_by, ''), r.attempts, coalesce(r.last_error_code, ''), "
    "coalesce(r.last_error, ''), r.next_attempt_at, r.created_at, t.amount::text, t.out_trade_no, "
    "coalesce(t.gateway_trade_no, '')";

[[noreturn]] void fail(const QSqlError& error)
{
    throw JobError{RefundRepository::describe(error), error};
}

QSqlQuery exec(QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        fail(q.lastError());
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        fail(q.lastError());
    return q;
}

RefundRecord readRecord(const QSqlQuery& q)
{
    RefundRecord r;
    int i = 0;
    r.id = q.value(i++).toString();
    r.transactionId = q.value(i++).toString();
    r.gateway = q.value(i++).toString();
    r.state = q.value(i++).toString();
    r.amount = q.value(i++).toString();
    r.currency = q.value(i++).toString().trimmed();
    r.reason = q.value(i++).toString();
    r.idempotencyKey = q.value(i++).toString();
    r.gatewayRefundId = q.value(i++).toString();
    r.requestedBy = q.value(i++).toString();
    r.approvedBy = q.value(i++).toString();
    r.attempts = q.value(i++).toInt();
    r.lastErrorCode = q.value(i++).toString();
    r.lastError = q.value(i++).toString();
    r.nextAttemptAt = q.value(i++).toDateTime();
    r.createdAt = q.value(i++).toDateTime();
    r.transactionAmount = q.value(i++).toString();
    r.outTradeNo = q.value(i++).toString();
    r.gatewayTradeNo = q.value(i++).toString();
    return r;
}

// Calls a refund function and reads the refund it returns, with its payment.
RefundRecord callFunction(QSqlDatabase& db, const QString& call, const QVariantList& values)
{
    QSqlQuery q = exec(db, QStringLiteral("SELECT (%1).id::text").arg(call), values);
    if (!q.next())
        throw JobError{Tr::tr("The database gave no refund back. Nothing is known to have "
                              "changed; refresh the list."),
                       {}};
    return RefundRepository::get(db, q.value(0).toString());
}

qint64 lockKey(const QString& refundId)
{
    // Two 32-bit halves keep refunds apart from other advisory locks (which use hashtext).
    const QByteArray bytes = QUuid::fromString(refundId).toRfc4122();
    qint64 key = 0;
    for (int i = 0; i < 8; ++i)
        key = (key << 8) | quint8(bytes.at(i) ^ bytes.at(i + 8));
    return key;
}

} // namespace

bool RefundRecord::isOpen() const
{
    return state == QLatin1String("approved") || state == QLatin1String("submitted") ||
           state == QLatin1String("processing") || state == QLatin1String("unknown");
}

QStringList RefundRecord::states()
{
    return {QStringLiteral("requested"), QStringLiteral("awaiting_approval"),
            QStringLiteral("approved"),  QStringLiteral("rejected"),
            QStringLiteral("submitted"), QStringLiteral("processing"),
            QStringLiteral("succeeded"), QStringLiteral("failed"),
            QStringLiteral("unknown")};
}

QString RefundRecord::stateLabel(const QString& state)
{
    if (state == QLatin1String("requested"))
        return Tr::tr("Requested", "refund state");
    if (state == QLatin1String("awaiting_approval"))
        return Tr::tr("Awaiting approval");
    if (state == QLatin1String("approved"))
        return Tr::tr("Approved");
    if (state == QLatin1String("rejected"))
        return Tr::tr("Rejected");
    if (state == QLatin1String("submitted"))
        return Tr::tr("Submitted");
    if (state == QLatin1String("processing"))
        return Tr::tr("Processing");
    if (state == QLatin1String("succeeded"))
        return Tr::tr("Succeeded");
    if (state == QLatin1String("failed"))
        return Tr::tr("Failed");
    if (state == QLatin1String("unknown"))
        return Tr::tr("Unknown (to be settled)");
    return state;
}

RefundRecord RefundRepository::request(QSqlDatabase& db, const QString& transactionId,
                                       const QString& amount, const QString& reason)
{
    return callFunction(db, QStringLiteral("refund_request(?::uuid, ?::numeric, ?)"),
                        {transactionId, amount, reason});
}

RefundRecord RefundRepository::approve(QSqlDatabase& db, const QString& refundId)
{
    return callFunction(db, QStringLiteral("refund_approve(?::uuid)"), {refundId});
}

RefundRecord RefundRepository::reject(QSqlDatabase& db, const QString& refundId, const QString& why)
{
    return callFunction(db, QStringLiteral("refund_reject(?::uuid, ?)"), {refundId, why});
}

RefundRecord RefundRepository::beginAttempt(QSqlDatabase& db, const QString& refundId)
{
    return callFunction(db, QStringLiteral("refund_begin_attempt(?::uuid)"), {refundId});
}

RefundRecord RefundRepository::recordOutcome(QSqlDatabase& db, const QString& refundId,
                                             const QString& outcome, const QString& gatewayRefundId,
                                             const QString& code, const QString& message)
{
    return callFunction(db, QStringLiteral("refund_record_outcome(?::uuid, ?, ?, ?, ?)"),
                        {refundId, outcome, gatewayRefundId, code, message.left(2000)});
}

void RefundRepository::settleNow(QSqlDatabase& db, const QString& refundId)
{
    exec(db, QStringLiteral("SELECT refund_settle_now(?::uuid)"), {refundId});
}

RefundRecord RefundRepository::settleByHand(QSqlDatabase& db, const QString& refundId,
                                            const QString& outcome, const QString& note)
{
    if (QUuid::fromString(refundId).isNull())
        throw JobError{Tr::tr("\"%1\" is not a refund id. Nothing was changed.").arg(refundId), {}};
    if (!tryLock(db, refundId))
        throw JobError{Tr::tr("PanelDesk is sending or settling this refund right now (here or "
                              "on another computer). Nothing was changed; try again in a "
                              "minute."),
                       {}};
    RefundRecord r;
    try {
        r = callFunction(db, QStringLiteral("refund_settle_by_hand(?::uuid, ?, ?)"),
                         {refundId, outcome, note});
    } catch (...) {
        unlock(db, refundId);
        throw;
    }
    unlock(db, refundId);
    return r;
}

QMap<QString, QString> RefundRepository::thresholds(QSqlDatabase& db)
{
    QSqlQuery q = exec(db, QStringLiteral("SELECT e.key, e.value FROM app_settings a, "
                                          "jsonb_each_text(a.value) e WHERE a.key = "
                                          "'refund_approval_threshold' ORDER BY 1"));
    QMap<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

void RefundRepository::setThreshold(QSqlDatabase& db, const QString& currency,
                                    const QString& amount)
{
    exec(db, QStringLiteral("SELECT refund_threshold_set(?, ?::numeric)"), {currency, amount});
}

RefundRecord RefundRepository::get(QSqlDatabase& db, const QString& refundId)
{
    if (QUuid::fromString(refundId).isNull())
        return {};
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT %1 FROM refunds r JOIN payment_transactions t ON "
                                      "t.id = r.transaction_id WHERE r.id = ?::uuid")
                           .arg(QLatin1String(RefundColumns)),
                       {refundId});
    return q.next() ? readRecord(q) : RefundRecord();
}

QList<RefundRecord> RefundRepository::forTransaction(QSqlDatabase& db, const QString& transactionId)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT %1 FROM refunds r JOIN payment_transactions t ON "
                                      "t.id = r.transaction_id WHERE r.transaction_id = ?::uuid "
                                      "ORDER BY r.created_at, r.id")
                           .arg(QLatin1String(RefundColumns)),
                       {transactionId});
    QList<RefundRecord> out;
    while (q.next())
        out << readRecord(q);
    return out;
}

RefundLimits RefundRepository::limits(QSqlDatabase& db, const QString& transactionId)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT refundable::text, currency, days_left, "
                                      "refunds_left, deadline FROM refund_limits(?::uuid)"),
                       {transactionId});
    RefundLimits l;
    if (!q.next() || q.value(0).isNull())
        return l;
    l.refundable = q.value(0).toString();
    l.currency = q.value(1).toString().trimmed();
    l.daysLeft = q.value(2).isNull() ? -1 : q.value(2).toInt();
    l.refundsLeft = q.value(3).isNull() ? -1 : q.value(3).toInt();
    l.deadline = q.value(4).toDateTime();
    return l;
}

QStringList RefundRepository::due(QSqlDatabase& db, bool all, int limit)
{
    QSqlQuery q = exec(
        db,
        QStringLiteral("SELECT id::text FROM refunds WHERE state IN ('approved', 'submitted', "
                       "'processing', 'unknown') AND (? OR coalesce(next_attempt_at, "
                       "'-infinity') <= now()) ORDER BY coalesce(next_attempt_at, created_at), "
                       "id LIMIT ?"),
        {all, limit});
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QString RefundRepository::findTransaction(QSqlDatabase& db, const QString& idOrOrderNo)
{
    const QUuid uuid = QUuid::fromString(idOrOrderNo.trimmed());
    QSqlQuery q = uuid.isNull()
                      ? exec(db,
                             QStringLiteral("SELECT id::text FROM payment_transactions WHERE "
                                            "out_trade_no = ?"),
                             {idOrOrderNo.trimmed()})
                      : exec(db,
                             QStringLiteral("SELECT id::text FROM payment_transactions WHERE "
                                            "id = ?::uuid"),
                             {uuid.toString(QUuid::WithoutBraces)});
    return q.next() ? q.value(0).toString() : QString();
}

bool RefundRepository::tryLock(QSqlDatabase& db, const QString& refundId)
{
    QSqlQuery q =
        exec(db, QStringLiteral("SELECT pg_try_advisory_lock(?::bigint)"), {lockKey(refundId)});
    return q.next() && q.value(0).toBool();
}

void RefundRepository::unlock(QSqlDatabase& db, const QString& refundId)
{
    exec(db, QStringLiteral("SELECT pg_advisory_unlock(?::bigint)"), {lockKey(refundId)});
}

TableQuery RefundRepository::listQuery(bool withGatewayIds)
{
    TableQuery q;
    q.from = QStringLiteral("refunds r JOIN payment_transactions t ON t.id = r.transaction_id");
    q.idExpr = QStringLiteral("r.id");
    auto col = [](const char* key, const char* expr, const QString& header, ColumnKind kind,
                  const char* sort = "", const char* currency = "") {
        return Column{QLatin1String(key),  QLatin1String(expr),    header, kind,
                      QLatin1String(sort), QLatin1String(currency)};
    };
    q.columns = {
        col("created_at", "r.created_at", Tr::tr("Requested"), ColumnKind::DateTime,
            "r.created_at"),
        col("out_trade_no", "t.out_trade_no", Tr::tr("Order number"), ColumnKind::Text),
        col("gateway", "t.gateway", Tr::tr("Gateway"), ColumnKind::Text),
        col("amount", "r.amount", Tr::tr("Amount"), ColumnKind::Money, "", "r.currency"),
        col("state", "r.state", Tr::tr("State"), ColumnKind::Text),
        col("reason", "r.reason", Tr::tr("Reason"), ColumnKind::Text),
        col("requested_by", "r.requested_by", Tr::tr("Requested by"), ColumnKind::Text),
        col("approved_by", "r.approved_by", Tr::tr("Approved by"), ColumnKind::Text),
        col("attempts", "r.attempts", Tr::tr("Attempts"), ColumnKind::Integer),
        col("last_error", "r.last_error", Tr::tr("Last error"), ColumnKind::Text),
        col("settled_at", "r.settled_at", Tr::tr("Settled"), ColumnKind::DateTime),
    };
    if (withGatewayIds) {
        q.columns.append(col("idempotency_key", "r.idempotency_key", Tr::tr("Idempotency key"),
                             ColumnKind::Text));
        q.columns.append(col("gateway_refund_id", "r.gateway_refund_id",
                             Tr::tr("Gateway refund id"), ColumnKind::Text));
    }
    q.sortColumn = 0;
    q.descending = true;
    return q;
}

QString RefundRepository::describe(const QSqlError& error)
{
    const QString state = Database::sqlState(error);
    const QString detail = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (state == QLatin1String("P0002"))
        return Tr::tr("The payment or refund does not exist (%1). Nothing was changed; refresh "
                      "the list.")
            .arg(detail);
    if (state == QLatin1String("22023"))
        return Tr::tr("The database refused the values, so nothing was changed: %1. Correct them "
                      "and try again.")
            .arg(detail);
    if (state == QLatin1String("PDR01"))
        return Tr::tr("This payment cannot be refunded: %1. Only completed or partially refunded "
                      "payments can. Nothing was changed.")
            .arg(detail);
    if (state == QLatin1String("PDR02"))
        return Tr::tr("The gateway's refund window has passed: %1. Nothing was changed; refund "
                      "the customer another way.")
            .arg(detail);
    if (state == QLatin1String("PDR03"))
        return Tr::tr("No more partial refunds are allowed on this payment: %1. Nothing was "
                      "changed.")
            .arg(detail);
    if (state == QLatin1String("PDR04") || state == QLatin1String("23514"))
        return Tr::tr("The refund is more than what is left to refund: %1. Refunds in progress "
                      "count until they are settled. Nothing was changed; lower the amount.")
            .arg(detail);
    if (state == QLatin1String("PDR05"))
        return Tr::tr("The refund's state does not allow this: %1. Nothing was changed; refresh "
                      "to see its current state.")
            .arg(detail);
    if (state == QLatin1String("PDR06"))
        return Tr::tr("A refund needs a second person's approval: %1. Nothing was changed; ask "
                      "another finance colleague to approve it.")
            .arg(detail);
    if (state == QLatin1String("42501"))
        return Tr::tr("Only finance staff may request, approve or settle refunds: the database "
                      "refused it and nothing was changed.");
    if (state == QLatin1String("42883") || state == QLatin1String("42P01"))
        return Tr::tr("The database lacks what refunds need (%1), so nothing was changed. Have "
                      "the owner run \"paneldeskctl migrate\".")
            .arg(detail);
    return Database::describe(error);
}

} // namespace pd::storage
