#pragma once

#include <QSqlDatabase> // before TableQuery.h, whose declarations use it

#include "storage/RefundRecord.h"
#include "storage/TableQuery.h"

#include <QList>
#include <QMap>
#include <QSqlError>

namespace pd::storage {

// The refund state machine's moves, through the SECURITY DEFINER functions of migration 0005
// (paneldesk_finance only), and the reads the refund service and dashboard need. Runs on the
// calling thread's connection; failures throw JobError with a sentence.
class RefundRepository
{
public:
    // Asks for a refund of `amount` (exact decimal text); approved at once under the threshold
    // (with its key), otherwise awaiting approval.
    static RefundRecord request(QSqlDatabase& db, const QString& transactionId,
                                const QString& amount, const QString& reason);
    static RefundRecord approve(QSqlDatabase& db, const QString& refundId);
    static RefundRecord reject(QSqlDatabase& db, const QString& refundId, const QString& why);
    // Right before a request leaves: approved → submitted, attempts + 1. Committed on return.
    static RefundRecord beginAttempt(QSqlDatabase& db, const QString& refundId);
    // outcome: succeeded, failed, processing, unknown, not_sent.
    static RefundRecord recordOutcome(QSqlDatabase& db, const QString& refundId,
                                      const QString& outcome, const QString& gatewayRefundId,
                                      const QString& code, const QString& message);
    static void settleNow(QSqlDatabase& db, const QString& refundId);
    // A person settles an open sent refund (submitted, processing, unknown) as succeeded or
    // failed after checking it at the gateway; `note` says what they saw. Takes the refund's
    // lock first, so it never races a reconciler working on the same refund: when one is,
    // throws JobError with a sentence (SQLSTATE 55P03).
    static RefundRecord settleByHand(QSqlDatabase& db, const QString& refundId,
                                     const QString& outcome, const QString& note);
    // The approval thresholds per currency (exact decimal text); setting one is for admins.
    static QMap<QString, QString> thresholds(QSqlDatabase& db);
    static void setThreshold(QSqlDatabase& db, const QString& currency, const QString& amount);

    static RefundRecord get(QSqlDatabase& db, const QString& refundId); // invalid when missing
    static QList<RefundRecord> forTransaction(QSqlDatabase& db, const QString& transactionId);
    static RefundLimits limits(QSqlDatabase& db, const QString& transactionId);
    // Open refunds whose next attempt is due (all open ones when `all`), oldest first.
    static QStringList due(QSqlDatabase& db, bool all, int limit = 500);
    // A transaction id from an id or an order number; empty when none matches.
    static QString findTransaction(QSqlDatabase& db, const QString& idOrOrderNo);

    // Session advisory lock of one refund, so two PanelDesk instances never work on the same
    // refund at once. Released by unlock() or when the connection ends (a crash included).
    static bool tryLock(QSqlDatabase& db, const QString& refundId);
    static void unlock(QSqlDatabase& db, const QString& refundId);

    // The refunds table of the dashboard and the CLI (the views filter it by state; the
    // refunds_state_keyset index pages those filters).
    static TableQuery listQuery(bool withGatewayIds);

    // A sentence for people from a refund function's error (SQLSTATE PDR01…PDR06 and others).
    static QString describe(const QSqlError& error);
};

} // namespace pd::storage
