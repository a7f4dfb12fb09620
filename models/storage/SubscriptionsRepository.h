#pragma once

#include <QSqlDatabase> // before TableQuery.h, whose declarations use it

#include "domain/Money.h"
#include "storage/TableQuery.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QUuid>
#include <optional>

namespace pd::storage {

// What the Subscriptions dashboard and `paneldeskctl subscriptions list` filter by.
struct SubscriptionFilter
{
    QString status;                    // "", active, cancelled, expired
    QUuid planId;                      // null: any plan
    std::optional<int> expiringWithin; // days: active and ending within them
    std::optional<int> quotaAbove;     // percent of the quota limit used, at least
    QString userSearch;                // prefix of the user's email
};

struct SubscriptionRecord
{
    QUuid id;
    QUuid userId;
    QString userEmail;
    QUuid planId;
    QString planName;
    QString billingCycle;
    domain::Money planPrice;
    QString status;
    QDateTime periodStart;
    QDateTime periodEnd; // invalid: lifetime
    int quotaUsed = 0;
    std::optional<int> quotaLimit; // nullopt: unlimited
    bool autoRenew = false;
    bool cancelAtPeriodEnd = false;
    QDateTime createdAt;
};

struct SubscriptionDetail
{
    SubscriptionRecord subscription;
    QList<SubscriptionRecord> history; // the user's subscriptions, newest first
};

// Lists subscriptions and runs the administrator's acts on them, each one transaction in a
// SECURITY DEFINER function of 0006_subscriptions.sql. Calling thread's connection; failures
// throw JobError with a sentence.
class SubscriptionsRepository
{
public:
    static TableQuery listQuery(const SubscriptionFilter& filter,
                                const QString& sortKey = QStringLiteral("created_at"),
                                bool descending = true);
    static std::optional<SubscriptionDetail> detail(QSqlDatabase& db, const QUuid& id);
    // The user's active subscription, if any.
    static std::optional<SubscriptionRecord> activeOf(QSqlDatabase& db, const QUuid& userId);
    static QList<SubscriptionRecord> historyOf(QSqlDatabase& db, const QUuid& userId);
    // The records of these subscriptions, in the order given (missing ones left out).
    static QList<SubscriptionRecord> byIds(QSqlDatabase& db, const QList<QUuid>& ids);

    // The seeds' "buy": charge the balance (charge) or give it with a reason. Returns the new
    // subscription's id.
    static QUuid assign(QSqlDatabase& db, const QUuid& userId, const QUuid& planId, bool charge,
                        const QString& reason);
    static QDateTime extend(QSqlDatabase& db, const QUuid& id, int days); // the new end
    static void changePlan(QSqlDatabase& db, const QUuid& id, const QUuid& planId);
    static void cancel(QSqlDatabase& db, const QUuid& id, bool atPeriodEnd);
    static void resetQuota(QSqlDatabase& db, const QUuid& id);
    static void setAutoRenew(QSqlDatabase& db, const QUuid& id, bool on);

    // The value of the unused part of the period at `now`, pro rata by time, rounded down to
    // the currency's minor unit; an invalid Money for lifetime or finished periods.
    static domain::Money unusedValue(const SubscriptionRecord& s, const QDateTime& now);

    static QString statusName(const QString& status); // translated
};

} // namespace pd::storage

Q_DECLARE_METATYPE(pd::storage::SubscriptionRecord)
Q_DECLARE_METATYPE(pd::storage::SubscriptionDetail)
