#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace pd::storage {

// One refund with what sending it needs from its payment. Amounts are exact decimal text.
struct RefundRecord
{
    QString id;
    QString transactionId;
    QString gateway;
    QString state;
    QString amount; // "30.00"
    QString currency;
    QString reason;
    QString idempotencyKey; // empty until approved
    QString gatewayRefundId;
    QString requestedBy;
    QString approvedBy;
    int attempts = 0;
    QString lastErrorCode;
    QString lastError;
    QDateTime nextAttemptAt;
    QDateTime createdAt;
    // The payment.
    QString transactionAmount;
    QString outTradeNo;
    QString gatewayTradeNo;

    bool isValid() const { return !id.isEmpty(); }
    bool isOpen() const; // approved, submitted, processing or unknown: the gateway must be asked

    // Every state a refund can be in, in the order of the state machine.
    static QStringList states();
    // A state in the reader's words ("unknown" → "Unknown (to be settled)").
    static QString stateLabel(const QString& state);
};

// What is left to refund of a payment (refund_limits()).
struct RefundLimits
{
    QString refundable; // exact decimal
    QString currency;
    int daysLeft = -1;    // -1: the gateway has no window
    int refundsLeft = -1; // -1: no count limit
    QDateTime deadline;   // invalid: no window
};

// One change of a refund, as the audit log recorded it.
struct RefundHistoryEntry
{
    QDateTime at;
    QString by;     // the database login
    QString refund; // the refund's id
    bool created = false;
    QString before; // state before (empty when created)
    QString after;  // state after
    QString error;  // the refund's last error after the change
};

} // namespace pd::storage

Q_DECLARE_METATYPE(pd::storage::RefundRecord)
Q_DECLARE_METATYPE(pd::storage::RefundLimits)
Q_DECLARE_METATYPE(pd::storage::RefundHistoryEntry)
