#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <cstring>
#include <libpq-fe.h>

namespace pd::storage {

// The libpq connection under a QPSQL connection, for what Qt's API does not reach: COPY,
// multi-statement scripts, PQcancel, password hashing. Null when the connection is not QPSQL or
// not open. The driver registers the handle as "PGconn*", which Qt 6 normalises to the struct's
// own name "pg_conn*"; both are accepted.
inline PGconn* libpqHandle(const QSqlDatabase& db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    const char* name = handle.isValid() ? handle.typeName() : nullptr;
    if (!name || (std::strcmp(name, "PGconn*") != 0 && std::strcmp(name, "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

} // namespace pd::storage
