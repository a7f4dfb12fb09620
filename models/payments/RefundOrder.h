#pragma once

#include "domain/Money.h"

#include <QDateTime>
#include <QString>

namespace pd::payments {

// One refund as the gateway clients send it: the fixed idempotency key, the exact amounts and
// the payment it belongs to.
struct RefundOrder
{
    QString refundId;        // ours (uuid)
    QString key;             // out_request_no / out_refund_no / Idempotency-Key / PayPal-Request-Id
    domain::Money amount;    // this refund
    domain::Money total;     // the payment
    QString outTradeNo;      // our order number
    QString gatewayTradeNo;  // trade_no / transaction_id / payment_intent / capture id
    QString gatewayRefundId; // known after an answer
    QString reason;
    QDateTime createdAt; // when the refund was asked for (no later than its first sending)
};

} // namespace pd::payments
