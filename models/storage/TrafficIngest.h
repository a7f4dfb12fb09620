#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace pd::storage {

// Applies nodes' traffic reports, one JSON object per report in the Mu API shape
// {"node_id": N, "data": [{"user_id": "…", "u": bytes, "d": bytes}, …]}, through the database
// function ingest_traffic: users are charged δ·rate in one statement, raw rows and hourly rollups
// are written in the same transaction, so a report is applied whole or not at all.
class TrafficIngest
{
public:
    // Applies one report; returns how many users it charged. Throws JobError with a sentence
    // saying why the report was refused (nothing of it is written then).
    static int apply(QSqlDatabase& db, const QByteArray& reportJson);
};

} // namespace pd::storage
