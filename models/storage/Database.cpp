#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace pd::storage {

namespace {

QString quoteConnValue(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

// This file's strings share one translation context, which lupdate reads from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::Database)
};

} // namespace

Database::Result Database::open(const ConnectionProfile& profile, const QString& password,
                                const QString& connectionName)
{
    Result result;
    if (QSqlDatabase::contains(connectionName))
        QSqlDatabase::removeDatabase(connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid()) {
        result.error = Tr::tr("The PostgreSQL driver for Qt (QPSQL) is not installed. Install the "
                              "package libqt6sql6-psql, then start PanelDesk again.");
        return result;
    }
    db.setHostName(profile.host);
    db.setPort(profile.port);
    db.setDatabaseName(profile.database);
    db.setUserName(profile.user);
    db.setPassword(password);
    QStringList options{QStringLiteral("application_name=paneldesk"),
                        QStringLiteral("connect_timeout=10"),
                        QStringLiteral("options='-c TimeZone=UTC'")};
    if (!profile.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + quoteConnValue(profile.sslMode);
    if (!profile.rootCertPath.isEmpty())
        options << QStringLiteral("sslrootcert=") + quoteConnValue(profile.rootCertPath);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!db.open()) {
        result.sqlError = db.lastError();
        result.error = describe(result.sqlError);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return result;
    }
    result.db = db;
    return result;
}

void Database::close(const QString& connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString Database::sqlState(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code.size() == 5 ? code : QString();
}

bool Database::isConnectionLost(const QSqlError& error)
{
    const QString state = sqlState(error);
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
        state == QLatin1String("57P02") || state == QLatin1String("57P03"))
        return true;
    const QString text = error.databaseText() + error.driverText();
    return text.contains(QLatin1String("server closed the connection")) ||
           text.contains(QLatin1String("no connection to the server")) ||
           text.contains(QLatin1String("connection to server")) ||
           text.contains(QLatin1String("terminating connection"));
}

QString Database::describe(const QSqlError& error)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    const QString state = sqlState(error);
    if (text.contains(QLatin1String("password authentication failed")) ||
        state == QLatin1String("28P01"))
        return Tr::tr("The server refused the user name or password. Check them in the connection "
                      "settings and try again.");
    if (state == QLatin1String("28000") || text.contains(QLatin1String("no pg_hba.conf entry")))
        return Tr::tr("The server does not allow this user to connect from here. Ask the database "
                      "administrator to allow the connection.");
    if (state == QLatin1String("3D000") || text.contains(QLatin1String("does not exist\n")) ||
        (text.contains(QLatin1String("database")) &&
         text.contains(QLatin1String("does not exist"))))
        return Tr::tr(
            "The database named in the connection does not exist on this server. Check the "
            "database name.");
    if (text.contains(QLatin1String("SSL")) || text.contains(QLatin1String("certificate")))
        return Tr::tr("The secure (TLS) connection was refused: %1 Check the SSL mode and the root "
                      "certificate in the connection settings.")
            .arg(error.databaseText().trimmed());
    if (text.contains(QLatin1String("Connection refused")) ||
        text.contains(QLatin1String("could not connect")) ||
        text.contains(QLatin1String("No such file or directory")) ||
        text.contains(QLatin1String("could not translate host name")) ||
        text.contains(QLatin1String("timeout expired")))
        return Tr::tr(
            "The database server cannot be reached. Check that it is running and that the "
            "host and port are right; your work is kept and PanelDesk will try again.");
    if (isConnectionLost(error))
        return Tr::tr(
            "The connection to the database server was lost. Your work is kept; PanelDesk "
            "reconnects and you can try again.");
    if (state == QLatin1String("42501"))
        return Tr::tr("Your database role is not allowed to do this. Ask an administrator for the "
                      "right role.");
    if (state == QLatin1String("23505"))
        return Tr::tr("This value is already taken by another record.");
    if (state == QLatin1String("23514") || state == QLatin1String("22023") ||
        state == QLatin1String("P0001"))
        return Tr::tr("The database refused the change: %1").arg(error.databaseText().trimmed());
    if (state == QLatin1String("57014"))
        return Tr::tr("The query was cancelled.");
    const QString detail = error.databaseText().trimmed().isEmpty()
                               ? error.driverText().trimmed()
                               : error.databaseText().trimmed();
    return Tr::tr("The database reported an error: %1").arg(detail);
}

} // namespace pd::storage
