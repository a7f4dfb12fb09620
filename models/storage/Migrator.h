#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace pd::storage {

// Applies the SQL migrations embedded under :/migrations (NNNN_name.sql) in one transaction
// under an advisory lock, recording each in paneldesk_schema_version. Two concurrent runs
// cannot both apply; a database newer than this binary is refused.
class Migrator
{
public:
    struct Status
    {
        int current = 0; // every migration up to this version is applied; 0 for an empty database
        int latest = 0;  // highest version this binary knows
        bool tooNew() const { return current > latest; }
        bool upToDate() const { return current == latest; }
    };
    struct Result
    {
        bool ok = false;
        QStringList applied; // "0001_core", ...
        QString error;       // a sentence for people when !ok
        Status status;
    };

    static int latestVersion();
    // How many migrations this binary carries (numbers may have gaps while parts land).
    static int migrationCount();
    static Status status(QSqlDatabase& db); // throws JobError
    static Result migrate(QSqlDatabase& db);
};

} // namespace pd::storage
