#pragma once

#include "storage/ConnectionProfile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace pd::ctl {

// paneldeskctl's exit codes, documented in --help.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitCannotConnect = 3,
    ExitNotFound = 4,
    ExitSchema = 5,
};

// Prints a sentence to stderr, prefixed with the program name.
void printError(const QString& message);
void printOut(const QString& text); // stdout, UTF-8, no newline added

// Where paneldeskctl connects, resolved like psql does: -h/-p/-d/-U, then a saved --profile,
// then PGHOST, PGPORT, PGDATABASE, PGUSER, PGSSLMODE, PGSSLROOTCERT. The password comes from
// the profile's keychain entry, else PGPASSWORD, else a no-echo prompt when stdin is a
// terminal and the server asks for one.
class CtlConnection
{
public:
    static QList<QCommandLineOption> options();
    // Takes the connection options given on a parser (global or per command); later calls
    // override earlier ones. Returns false (and prints why) on a malformed value.
    bool takeFrom(const QCommandLineParser& parser);

    // Opens the connection; on failure prints why and returns the exit code.
    int open(QSqlDatabase* db);
    // 0 when the schema matches this binary, else prints why and returns ExitSchema (or
    // ExitFailure when the version cannot be read).
    static int checkSchema(QSqlDatabase& db);
    // Whether stdin may be used for a password prompt (set false when stdin carries data).
    void setPromptAllowed(bool allowed) { m_promptAllowed = allowed; }
    ~CtlConnection();

private:
    int resolve(storage::ConnectionProfile* profile, QString* password);

    std::optional<QString> m_host, m_port, m_database, m_user, m_profile;
    bool m_promptAllowed = true;
    QString m_connectionName;
};

} // namespace pd::ctl
