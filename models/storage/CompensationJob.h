#pragma once

#include "storage/UsersRepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <atomic>
#include <functional>
#include <optional>

namespace pd::storage {

// What an administrator gives: days and/or bytes of traffic, to the users the Users dashboard's
// filter selects (an empty filter: everybody not deleted).
struct CompensationRequest
{
    UserFilter filter;
    int days = 0;
    qint64 bytes = 0;
    // How many users the administrator saw in the preview. When set, applying refuses (rolled
    // back) unless the selection still has exactly that many, so nobody gets what was not shown.
    std::optional<qint64> expectedUsers;
};

struct CompensationSampleRow
{
    QUuid userId;
    QString email;
    QDateTime expiryBefore, expiryAfter; // invalid: no expiry
    qint64 quotaBefore = 0, quotaAfter = 0;
};

struct CompensationPreview
{
    qint64 users = 0;
    QList<CompensationSampleRow> sample;
};

struct CompensationResult
{
    bool cancelled = false; // rolled back: nothing changed
    qint64 users = 0;       // users changed (equals the preview's count when nothing moved)
    qint64 auditId = 0;     // the summary row in audit_log
};

// Bulk compensation: selects users with exactly the WHERE of UsersRepository::listQuery, shows
// a preview, and applies the change in one transaction, batch by batch, reporting progress and
// rolling back when cancelled before the commit. The database writes one audit row per changed
// row (the trigger) and compensation_record() one summary row with the filter.
class CompensationJob
{
public:
    static constexpr int BatchSize = 500;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // The request's problems as sentences; empty when it can go.
    static QString validate(const CompensationRequest& request);
    static CompensationPreview preview(QSqlDatabase& db, const CompensationRequest& request,
                                       int sampleSize = 10);
    // Called on the connection's thread. `progress` is called after each batch (on that thread);
    // `cancel` is read between batches and before the commit. Throws JobError (rolled back).
    static CompensationResult apply(QSqlDatabase& db, const CompensationRequest& request,
                                    const Progress& progress = {},
                                    const std::atomic<bool>* cancel = nullptr);
    // The filter as the summary audit row records it.
    static QJsonObject filterJson(const UserFilter& filter);
    // The inverse, so a filter recorded in the audit log (or written by a script) selects the
    // same users again; nullopt with a sentence in `problem` for unknown keys or bad values.
    static std::optional<UserFilter> filterFromJson(const QJsonObject& json, QString* problem);
};

} // namespace pd::storage

Q_DECLARE_METATYPE(pd::storage::CompensationPreview)
Q_DECLARE_METATYPE(pd::storage::CompensationResult)
