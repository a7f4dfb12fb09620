#pragma once

#include <QSqlDatabase> // before TableQuery.h, whose declarations use it

#include "storage/RefundRecord.h"
#include "storage/TableQuery.h"

#include <QDateTime>
#include <QJsonObject>

namespace pd::storage {

// What the Transactions page and `paneldeskctl transactions list` filter by; every field is
// optional, every value is bound.
struct TransactionFilter
{
    QString gateway;    // alipay, wechat, stripe, paypal
    QString status;     // pending, completed, failed, partially_refunded, refunded
    QDateTime from, to; // created_at in [from, to)
    QString minAmount;  // exact decimal text
    QString maxAmount;
    QString user;    // email prefix or user id
    QString orderNo; // out_trade_no prefix
};

// Payment transactions: the keyset-paged list and one payment's detail.
class TransactionRepository
{
public:
    // The list query. Filters use indexes of migrations 0001/0003/0005 (gateway, status,
    // created_at, amount, user, order-number prefix). withGatewayIds: admin and finance only.
    static TableQuery listQuery(const TransactionFilter& filter, bool withGatewayIds,
                                const QString& sortKey = QStringLiteral("created_at"),
                                bool descending = true);
    // Refunds of a period (created_at in [from, to)) for the CSV export.
    static TableQuery refundsOfPeriod(const QDateTime& from, const QDateTime& to,
                                      bool withGatewayIds);
    // One payment as JSON: amount (exact text), currency, gateway, out_trade_no,
    // gateway_trade_no, status, paid_at, user_email, created_at. Empty when missing.
    static QJsonObject detail(QSqlDatabase& db, const QString& transactionId,
                              bool withGatewayIds = true); // throws JobError
    // The history of a payment's refunds from the audit log, oldest first. Empty for a login
    // that may not read those audit rows (support).
    static QList<RefundHistoryEntry> refundHistory(QSqlDatabase& db, const QString& transactionId);
    static QString likePrefix(const QString& typed);
};

} // namespace pd::storage
