#include "CtlConnection.h"

#include "secrets/KeychainSecretStore.h"
#include "storage/ConnectionProfileStore.h"
#include "storage/Database.h"
#include "storage/DbWorker.h"
#include "storage/Migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

#ifndef Q_OS_WIN
#include <termios.h>
#include <unistd.h>
#endif

namespace pd::ctl {

namespace {

// This file's strings share one translation context, which lupdate reads from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(paneldeskctl)
};

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return false;
#else
    return ::isatty(STDIN_FILENO) == 1;
#endif
}

QString promptPassword(const QString& prompt)
{
#ifdef Q_OS_WIN
    Q_UNUSED(prompt);
    return {};
#else
    std::fprintf(stderr, "%s", qUtf8Printable(prompt));
    std::fflush(stderr);
    termios saved{};
    const bool haveTerm = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerm) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (haveTerm)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fprintf(stderr, "\n");
    return QString::fromStdString(line);
#endif
}

// The keychain answers asynchronously: wait for it with a local event loop and a time limit.
QString keychainPassword(const storage::ConnectionProfile& profile)
{
    secrets::KeychainSecretStore store;
    QEventLoop loop;
    QString secret;
    bool answered = false;
    store.read(profile.secretKey(), &loop, [&](const domain::SecretStore::Result& result) {
        answered = true;
        if (result.status == domain::SecretStore::Status::Ok)
            secret = result.secret;
        else if (result.status != domain::SecretStore::Status::NotFound)
            printError(result.message);
        loop.quit();
    });
    if (!answered) {
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return secret;
}

bool needsPassword(const QSqlError& error)
{
    const QString text = error.databaseText() + error.driverText();
    return storage::Database::sqlState(error) == QLatin1String("28P01") ||
           text.contains(QLatin1String("password authentication failed")) ||
           text.contains(QLatin1String("no password supplied")) ||
           text.contains(QLatin1String("fe_sendauth"));
}

} // namespace

void printError(const QString& message)
{
    std::fprintf(stderr, "paneldeskctl: %s\n", qUtf8Printable(message));
}

void printOut(const QString& text)
{
    std::fputs(qUtf8Printable(text), stdout);
}

QList<QCommandLineOption> CtlConnection::options()
{
    return {
        {{QStringLiteral("h"), QStringLiteral("host")},
         Tr::tr("Database server host or socket directory (default: PGHOST)."),
         Tr::tr("host")},
        {{QStringLiteral("p"), QStringLiteral("port")},
         Tr::tr("Database server port (default: PGPORT or 5432)."),
         Tr::tr("port")},
        {{QStringLiteral("d"), QStringLiteral("dbname")},
         Tr::tr("Database name (default: PGDATABASE)."),
         Tr::tr("name")},
        {{QStringLiteral("U"), QStringLiteral("username")},
         Tr::tr("Database user (default: PGUSER)."),
         Tr::tr("name")},
        {QStringLiteral("profile"),
         Tr::tr("Use a connection profile saved by PanelDesk; its password "
                "comes from the keychain."),
         Tr::tr("name")},
    };
}

bool CtlConnection::takeFrom(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("host")))
        m_host = parser.value(QStringLiteral("host"));
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const int port = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            printError(Tr::tr("The port \"%1\" is not a number from 1 to 65535.")
                           .arg(parser.value(QStringLiteral("port"))));
            return false;
        }
        m_port = parser.value(QStringLiteral("port"));
    }
    if (parser.isSet(QStringLiteral("dbname")))
        m_database = parser.value(QStringLiteral("dbname"));
    if (parser.isSet(QStringLiteral("username")))
        m_user = parser.value(QStringLiteral("username"));
    if (parser.isSet(QStringLiteral("profile")))
        m_profile = parser.value(QStringLiteral("profile"));
    return true;
}

int CtlConnection::resolve(storage::ConnectionProfile* profile, QString* password)
{
    storage::ConnectionProfile p;
    bool fromStore = false;
    if (m_profile) {
        storage::ConnectionProfileStore store;
        const auto found = store.find(*m_profile);
        if (!found) {
            printError(Tr::tr("No saved connection profile is named \"%1\". Check the name in "
                              "PanelDesk's connection dialog.")
                           .arg(*m_profile));
            return ExitUsage;
        }
        p = *found;
        fromStore = true;
    } else {
        p.name = QStringLiteral("paneldeskctl");
        p.host = qEnvironmentVariable("PGHOST");
        p.port =
            qEnvironmentVariableIsSet("PGPORT") ? qEnvironmentVariableIntValue("PGPORT") : 5432;
        if (p.port <= 0)
            p.port = 5432;
        p.user = qEnvironmentVariable("PGUSER");
        if (p.user.isEmpty())
            p.user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        p.database = qEnvironmentVariable("PGDATABASE", p.user);
        p.sslMode = qEnvironmentVariable("PGSSLMODE", QStringLiteral("prefer"));
        p.rootCertPath = qEnvironmentVariable("PGSSLROOTCERT");
    }
    if (m_host)
        p.host = *m_host;
    if (m_port)
        p.port = m_port->toInt();
    if (m_user)
        p.user = *m_user;
    if (m_database)
        p.database = *m_database;
    else if (!fromStore && p.database.isEmpty())
        p.database = p.user;

    if (fromStore)
        *password = keychainPassword(p);
    if (password->isEmpty())
        *password = qEnvironmentVariable("PGPASSWORD");
    *profile = p;
    return ExitOk;
}

int CtlConnection::open(QSqlDatabase* db)
{
    storage::ConnectionProfile profile;
    QString password;
    if (const int code = resolve(&profile, &password))
        return code;
    m_connectionName = QStringLiteral("paneldeskctl");
    auto result = storage::Database::open(profile, password, m_connectionName);
    if (!result.ok() && password.isEmpty() && needsPassword(result.sqlError) && m_promptAllowed &&
        stdinIsTerminal()) {
        password = promptPassword(Tr::tr("Password for %1: ").arg(profile.user));
        result = storage::Database::open(profile, password, m_connectionName);
    }
    if (!result.ok()) {
        printError(result.error);
        return ExitCannotConnect;
    }
    *db = result.db;
    return ExitOk;
}

CtlConnection::~CtlConnection()
{
    if (!m_connectionName.isEmpty())
        storage::Database::close(m_connectionName);
}

int CtlConnection::checkSchema(QSqlDatabase& db)
{
    try {
        const auto status = storage::Migrator::status(db);
        if (status.tooNew()) {
            printError(Tr::tr("The database schema (version %1) is newer than this paneldeskctl "
                              "knows (version %2). Nothing was changed; update paneldeskctl.")
                           .arg(status.current)
                           .arg(status.latest));
            return ExitSchema;
        }
        if (!status.upToDate()) {
            printError(Tr::tr("The database schema is at version %1 and needs version %2. Nothing "
                              "was changed; run \"paneldeskctl migrate\" first.")
                           .arg(status.current)
                           .arg(status.latest));
            return ExitSchema;
        }
    } catch (const storage::JobError& error) {
        printError(error.message);
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace pd::ctl
