#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace pd::storage {

// The quota rule of the core (the seeds' consume_quota): takes `cost` from the user's active
// subscription atomically in the database, never past its limit however many callers race,
// and writes one usage log row per consumption.
class QuotaConsumer
{
public:
    enum class Outcome { Consumed, QuotaExhausted, NoSubscription };
    struct Result
    {
        Outcome outcome = Outcome::Consumed;
        int used = 0;    // quota used after the consumption (Consumed only)
        QString message; // a sentence when not Consumed
    };
    // Throws JobError for anything but the two refusals above (bad input, lost connection,
    // a role that may not consume).
    static Result consume(QSqlDatabase& db, const QUuid& userId, const QString& resourceType,
                          int cost = 1, const QString& resourceId = {});
};

} // namespace pd::storage
