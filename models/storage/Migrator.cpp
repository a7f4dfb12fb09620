#include "storage/Migrator.h"
#include "storage/LibpqHandle.h"

#include "storage/Database.h"
#include "storage/DbWorker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

#include <libpq-fe.h>

namespace pd::storage {

namespace {

// Fixed key of the advisory lock every PanelDesk migration takes ("PDMigrat"). Advisory
// locks are per database, so migrations of different databases never wait on each other.
constexpr qint64 MigrationLockKey = 0x50444D6967726174LL;

const QString VersionTable = QStringLiteral("paneldesk_schema_version");

// This file's strings share one translation context, which lupdate reads from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::Migrator)
};

struct Migration
{
    int version = 0;
    QString name; // "0001_core"
    QString path;
};

// The embedded migrations in version order. File names are NNNN_name.sql.
QList<Migration> migrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        list.append({match.captured(1).toInt(), file.chopped(4), dir.filePath(file)});
    }
    std::sort(list.begin(), list.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return list;
}

// The versions recorded as applied; empty when the version table does not exist yet.
bool appliedVersions(QSqlDatabase& db, QSet<int>* versions, QSqlError* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(VersionTable)) ||
        !q.next()) {
        *error = q.lastError();
        return false;
    }
    if (!q.value(0).toBool())
        return true;
    if (!q.exec(QStringLiteral("SELECT version FROM %1").arg(VersionTable))) {
        *error = q.lastError();
        return false;
    }
    while (q.next())
        versions->insert(q.value(0).toInt());
    return true;
}

// The schema level: the highest version up to which every migration this binary carries is
// applied (migrations may land out of number order, so a gap counts as not there yet), or the
// highest applied version when it is newer than this binary. -1 on error.
int currentVersion(QSqlDatabase& db, QSqlError* error)
{
    QSet<int> applied;
    if (!appliedVersions(db, &applied, error))
        return -1;
    int newest = 0;
    for (const int v : std::as_const(applied))
        newest = qMax(newest, v);
    const auto known = migrations();
    if (!known.isEmpty() && newest > known.last().version)
        return newest;
    int level = 0;
    for (const Migration& m : known) {
        if (!applied.contains(m.version))
            break;
        level = m.version;
    }
    return level;
}

// QPSQL hands out its PGconn* in a QVariant; the type's name depends on how Qt registered
// it (the typedef or the struct behind it).
// Runs a whole migration file on the connection's libpq handle. QPSQL's exec() reads only the
// first result of a multi-statement text, so an error in a later statement would go unseen;
// PQexec stops at the first failing statement and returns its error. Empty on success.
QString runScript(QSqlDatabase& db, const QString& sql)
{
    PGconn* conn = libpqHandle(db);
    if (!conn)
        return QStringLiteral("not a PostgreSQL connection");
    PGresult* res = PQexec(conn, sql.toUtf8().constData());
    const ExecStatusType state = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    QString message;
    if (state != PGRES_COMMAND_OK && state != PGRES_TUPLES_OK) {
        const char* primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
        message = QString::fromUtf8(primary ? primary : PQerrorMessage(conn)).trimmed();
        if (message.isEmpty())
            message = QStringLiteral("unknown error");
        const char* code = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
        if (code)
            message += QStringLiteral(" (SQLSTATE %1)").arg(QString::fromLatin1(code));
    }
    PQclear(res);
    return message;
}

QString serverMessage(const QSqlError& error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.driverText().trimmed() : text;
}

} // namespace

int Migrator::latestVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

int Migrator::migrationCount()
{
    return int(migrations().size());
}

Migrator::Status Migrator::status(QSqlDatabase& db)
{
    Status status;
    status.latest = latestVersion();
    QSqlError error;
    status.current = currentVersion(db, &error);
    if (status.current < 0)
        throw JobError{Tr::tr("The schema version of the database could not be read: %1")
                           .arg(Database::describe(error)),
                       error};
    return status;
}

Migrator::Result Migrator::migrate(QSqlDatabase& db)
{
    Result result;
    result.status.latest = latestVersion();

    int startVersion = 0;

    // Everything below runs in one transaction: a failure leaves the database as it was.
    auto fail = [&](const QString& sentence) {
        db.rollback();
        result.ok = false;
        result.applied.clear();
        result.status.current = startVersion;
        result.error = sentence;
        return result;
    };
    auto prepareFailed = [&](const QSqlError& error) {
        return fail(Tr::tr("The database could not be prepared for the upgrade: %1 Nothing was "
                           "changed.")
                        .arg(Database::describe(error)));
    };

    if (!db.transaction())
        return prepareFailed(db.lastError());

    QSqlQuery q(db);
    // Migrations chatter (NOTICE: ... skipping); only warnings are worth a look.
    if (!q.exec(QStringLiteral("SET LOCAL client_min_messages = warning")))
        return prepareFailed(q.lastError());
    // A second PanelDesk migrating the same database waits here, then finds nothing to do.
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    q.addBindValue(MigrationLockKey);
    if (!q.exec())
        return prepareFailed(q.lastError());
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                               " version integer PRIMARY KEY,"
                               " name text NOT NULL,"
                               " applied_at timestamptz NOT NULL DEFAULT now(),"
                               " applied_by text NOT NULL DEFAULT session_user)")
                    .arg(VersionTable)))
        return prepareFailed(q.lastError());
    q.finish();

    QSqlError readError;
    const int current = currentVersion(db, &readError);
    if (current < 0)
        return prepareFailed(readError);
    startVersion = current;
    result.status.current = current;
    if (current > result.status.latest)
        return fail(Tr::tr("This database was upgraded by a newer PanelDesk (schema %1); this "
                           "PanelDesk knows schema %2. Install the newer PanelDesk.")
                        .arg(current)
                        .arg(result.status.latest));

    QSet<int> applied;
    if (!appliedVersions(db, &applied, &readError))
        return prepareFailed(readError);
    for (const Migration& migration : migrations()) {
        if (applied.contains(migration.version))
            continue;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Tr::tr("The upgrade %1 built into PanelDesk could not be read. Nothing was "
                               "changed; reinstall PanelDesk.")
                            .arg(migration.name));
        const QString sql = QString::fromUtf8(file.readAll());
        const QString message = runScript(db, sql);
        if (!message.isEmpty())
            return fail(Tr::tr("The database upgrade %1 failed: %2. Nothing was changed; the "
                               "database stays at schema %3. Fix the cause and start the upgrade "
                               "again.")
                            .arg(migration.name, message)
                            .arg(current));
        QSqlQuery record(db);
        record.prepare(
            QStringLiteral("INSERT INTO %1 (version, name) VALUES (?, ?)").arg(VersionTable));
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        if (!record.exec())
            return fail(Tr::tr("The database upgrade %1 could not be recorded: %2. Nothing was "
                               "changed; the database stays at schema %3.")
                            .arg(migration.name, serverMessage(record.lastError()))
                            .arg(current));
        result.applied << migration.name;
        result.status.current = migration.version;
    }

    if (!db.commit()) {
        const QSqlError error = db.lastError();
        return fail(Tr::tr("The database upgrade could not be committed: %1 Nothing was changed; "
                           "start the upgrade again.")
                        .arg(Database::describe(error)));
    }
    result.ok = true;
    return result;
}

} // namespace pd::storage
