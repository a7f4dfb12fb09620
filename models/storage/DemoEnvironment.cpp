#include "storage/DemoEnvironment.h"

#include "storage/Database.h"
#include "storage/DbWorker.h"
#include "storage/Migrator.h"
#include "storage/StaffAdmin.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace pd::storage {

namespace {

// This file's strings share one translation context, which lupdate reads from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::DemoEnvironment)
};

QString connectionName(const char* purpose)
{
    return QStringLiteral("pd-demo-%1-%2")
        .arg(QLatin1String(purpose))
        .arg(quintptr(QThread::currentThreadId()));
}

// Creates the demo database unless it exists; returns an error sentence or empty.
QString ensureDatabase(const DemoCluster& cluster)
{
    const QString name = connectionName("server");
    QString error;
    {
        const auto opened = Database::open(cluster.superuserProfile(), {}, name);
        if (!opened.ok())
            return Tr::tr("Connecting to the demo database server failed: %1").arg(opened.error);
        QSqlDatabase db = opened.db;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
        q.addBindValue(QString::fromLatin1(DemoEnvironment::DatabaseName));
        if (!q.exec()) {
            error = Tr::tr("Looking for the demo database failed: %1")
                        .arg(Database::describe(q.lastError()));
        } else if (!q.next()) {
            const QString ident = db.driver()->escapeIdentifier(
                QString::fromLatin1(DemoEnvironment::DatabaseName), QSqlDriver::TableName);
            QSqlQuery create(db);
            if (!create.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'")
                                 .arg(ident)))
                error = Tr::tr("Creating the demo database failed: %1")
                            .arg(Database::describe(create.lastError()));
        }
    }
    Database::close(name);
    return error;
}

} // namespace

ConnectionProfile DemoEnvironment::profileFor(const DemoCluster& cluster, const QString& login)
{
    ConnectionProfile profile = cluster.superuserProfile(QString::fromLatin1(DatabaseName));
    profile.name = QStringLiteral("demo");
    profile.user = login;
    profile.sslMode = QStringLiteral("disable");
    profile.demo = true;
    return profile;
}

DemoEnvironment::Result DemoEnvironment::prepare(DemoCluster& cluster, int users,
                                                 const DemoDataLoader::Progress& progress)
{
    Result result;
    if (!cluster.isRunning() && DemoCluster::findBinDir().isEmpty()) {
        result.noServerBinaries = true;
        result.error = Tr::tr("The demo needs the PostgreSQL server programs (initdb, pg_ctl), and "
                              "none were found on this computer. Install the PostgreSQL server, or "
                              "connect to an existing database instead.");
        return result;
    }
    if (progress)
        progress(0, Tr::tr("Starting the demo database server"));
    if (!cluster.start()) {
        result.error = cluster.error();
        return result;
    }
    result.error = ensureDatabase(cluster);
    if (!result.error.isEmpty())
        return result;

    const QString name = connectionName("setup");
    {
        const auto opened =
            Database::open(cluster.superuserProfile(QString::fromLatin1(DatabaseName)), {}, name);
        if (!opened.ok()) {
            result.error = Tr::tr("Connecting to the demo database failed: %1").arg(opened.error);
            Database::close(name);
            return result;
        }
        QSqlDatabase db = opened.db;
        try {
            if (progress)
                progress(0, Tr::tr("Preparing the demo database"));
            const Migrator::Result migrated = Migrator::migrate(db);
            if (!migrated.ok)
                throw JobError{migrated.error, {}};
            // Trust authentication on the private socket: the demo logins need no password.
            StaffAdmin::addStaff(db, QStringLiteral("demo_admin"), StaffAdmin::Role::Admin, {});
            StaffAdmin::addStaff(db, QStringLiteral("demo_finance"), StaffAdmin::Role::Finance, {});
            StaffAdmin::addStaff(db, QStringLiteral("demo_support"), StaffAdmin::Role::Support, {});

            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)")) || !q.next())
                throw JobError{Tr::tr("Checking the demo database failed: %1")
                                   .arg(Database::describe(q.lastError())),
                               q.lastError()};
            if (!q.value(0).toBool()) {
                DemoDataLoader::Options options;
                options.users = users;
                DemoDataLoader::load(db, options, progress);
                result.loadedNow = true;
            }
            result.ok = true;
        } catch (const JobError& error) {
            result.error = error.message;
        }
    }
    Database::close(name);
    if (result.ok)
        result.adminProfile = profileFor(cluster, QStringLiteral("demo_admin"));
    return result;
}

} // namespace pd::storage
