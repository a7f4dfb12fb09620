#pragma once

#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace pd::storage {

// Fills a migrated, empty database with deterministic, realistic demo data through COPY:
// plans in CNY and USD, users with Chinese and Latin names, subscriptions in every status,
// transactions on all four gateways in every status, refunds, nodes with old and fresh
// heartbeats, 30 days of hourly traffic and usage logs. Same seed, same data.
class DemoDataLoader
{
public:
    struct Options
    {
        int users = 100000;
        quint64 seed = 1;
        int days = 30;
    };
    struct Counts
    {
        qint64 users = 0, plans = 0, subscriptions = 0, transactions = 0, refunds = 0, nodes = 0,
               usageLogs = 0, trafficHourly = 0, apiKeys = 0;
    };
    using Progress = std::function<void(int percent, const QString& step)>;

    // Throws JobError. The database must hold no users yet.
    static Counts load(QSqlDatabase& db, const Options& options, const Progress& progress = {});
};

} // namespace pd::storage
