#pragma once

#include <QSqlDatabase> // before TableQuery.h, whose declarations use it

#include "domain/Money.h"
#include "storage/TableQuery.h"

#include <QList>
#include <QMetaType>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace pd::storage {

// One subscription plan as the Plans dashboard edits it. The price is exact (domain::Money).
struct PlanRecord
{
    QUuid id; // null for a plan not saved yet
    QString name;
    domain::Money price;
    QString billingCycle = QStringLiteral("monthly"); // monthly, yearly, lifetime
    QString quotaType = QStringLiteral("processing_count");
    std::optional<int> quotaLimit; // nullopt: unlimited
    qint64 trafficBytes = 0;
    bool resetTraffic = true;
    int nodeGroup = 0;
    int level = 0;
    QStringList features;
    bool active = true;
    qint64 subscribers = 0; // active subscriptions, read only
    qint64 rowVersion = 0;
};

// Reads plans and changes them through the admin-only functions of 0006_subscriptions.sql.
// Runs on the calling thread's connection (a DbWorker's); failures throw JobError with a
// sentence.
class PlansRepository
{
public:
    // The Plans table for the lazy model and the CLI; `search` is a name prefix.
    static TableQuery listQuery(const QString& search = {},
                                const QString& sortKey = QStringLiteral("name"),
                                bool descending = false);
    static QList<PlanRecord> all(QSqlDatabase& db, bool activeOnly = false);
    static std::optional<PlanRecord> get(QSqlDatabase& db, const QUuid& id);
    static std::optional<PlanRecord> findByName(QSqlDatabase& db, const QString& name);

    // What is wrong with a plan before it is sent, as sentences; empty when it is fine.
    static QStringList validate(const PlanRecord& plan);
    // Parses a price the way the edit form and the CLI take it ("99", "99.00").
    static std::optional<domain::Money> parsePrice(const QString& text, const QString& currency,
                                                   QString* problem);

    // Creates (id null) or updates (row_version must still be plan.rowVersion); returns the
    // plan as stored.
    static PlanRecord save(QSqlDatabase& db, const PlanRecord& plan);
    static void setActive(QSqlDatabase& db, const QUuid& id, bool active);
    static void remove(QSqlDatabase& db, const QUuid& id);

    // The translated name of a billing cycle code.
    static QString cycleName(const QString& cycle);
};

} // namespace pd::storage

Q_DECLARE_METATYPE(pd::storage::PlanRecord)
