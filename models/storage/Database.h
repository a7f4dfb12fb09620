#pragma once

#include "storage/ConnectionProfile.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace pd::storage {

// Opens PanelDesk's database connections the one right way: QPSQL, application_name=paneldesk,
// session time zone UTC, exact NUMERIC (HighPrecision). A connection belongs to the thread that
// opened it.
class Database
{
public:
    struct Result
    {
        QSqlDatabase db;
        QString error; // a sentence for people; empty on success
        QSqlError sqlError;
        bool ok() const { return error.isEmpty(); }
    };

    static Result open(const ConnectionProfile& profile, const QString& password,
                       const QString& connectionName);
    static void close(const QString& connectionName);

    // A sentence saying what failed and what to do, from a driver error.
    static QString describe(const QSqlError& error);
    // The SQLSTATE of an error ("23505"), empty when none.
    static QString sqlState(const QSqlError& error);
    // Whether the connection to the server was lost (so the caller should reconnect).
    static bool isConnectionLost(const QSqlError& error);
};

} // namespace pd::storage
