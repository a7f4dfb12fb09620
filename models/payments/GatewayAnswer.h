#pragma once

#include <QString>

namespace pd::payments {

// What a gateway call came to, after the answer's signature was checked. Anything that was not
// a verified, definite answer (timeout, reset, 5xx, malformed body, bad signature) is Unknown:
// the money may or may not have moved.
struct GatewayAnswer
{
    enum class Outcome {
        Succeeded,  // the money moved (or, for a payment query: the gateway answered)
        Processing, // accepted, not done yet: ask again later
        Failed,     // a definite business refusal: nothing was or will be refunded
        Unknown,    // no verified answer
        NotFound    // a verified "no such refund" from a query: resend with the same key
    };
    Outcome outcome = Outcome::Unknown;
    QString gatewayRefundId;
    QString code;         // the gateway's code ("ACQ.TRADE_HAS_FINISHED", "TIMEOUT", …)
    QString message;      // a sentence for people
    QString paymentState; // payment queries: the gateway's state of the payment

    // The outcome's name as refund_record_outcome() takes it.
    static QString outcomeName(Outcome outcome);
};

} // namespace pd::payments
