// migrate, staff and demo-data: what an operator runs to set a database up.

#include "CoreCommands.h"

#include "storage/DbWorker.h"
#include "storage/DemoDataLoader.h"
#include "storage/Migrator.h"
#include "storage/StaffAdmin.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>

#include <cstdio>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace pd::ctl {

namespace {

int cmdMigrate(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Applies the schema migrations this program carries, in "
                "one transaction."));
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          Ctl::tr("Only show the schema version; exit 5 when it "
                                                  "does not match this program."));
    parser.addOption(statusOption);
    if (const int code = parseCommand(parser, QStringLiteral("migrate"),
                                      QStringLiteral("paneldeskctl [connection options] migrate "
                                                     "[--status]"),
                                      args, connection);
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        printError(Ctl::tr("migrate takes no arguments. Try \"paneldeskctl migrate --help\"."));
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = connection.open(&db))
        return code;
    storage::Migrator::Status status;
    try {
        status = storage::Migrator::status(db);
    } catch (const storage::JobError& error) {
        printError(error.message);
        return ExitFailure;
    }
    if (parser.isSet(statusOption)) {
        printOut(Ctl::tr("Schema version %1; this program carries version %2.\n")
                     .arg(status.current)
                     .arg(status.latest));
        if (status.upToDate())
            return ExitOk;
        return CtlConnection::checkSchema(db);
    }
    if (status.tooNew())
        return CtlConnection::checkSchema(db);
    const auto result = storage::Migrator::migrate(db);
    if (!result.ok) {
        printError(result.error);
        return result.status.tooNew() ? ExitSchema : ExitFailure;
    }
    if (result.applied.isEmpty())
        printOut(Ctl::tr("The schema is already up to date (version %1); nothing was changed.\n")
                     .arg(result.status.latest));
    else
        printOut(
            Ctl::tr("Applied %1; the schema is now at version %2.\n")
                .arg(result.applied.join(QStringLiteral(", ")))
                .arg(result.status.current > 0 ? result.status.current : result.status.latest));
    return ExitOk;
}

int cmdStaff(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr("Creates a staff login in one of the staff roles, or "
                                             "grants the role again to an existing login."));
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        Ctl::tr("The staff role: admin, finance or support."),
                                        Ctl::tr("role"));
    const QCommandLineOption passwordOption(QStringLiteral("password-stdin"),
                                            Ctl::tr("Read the login's password from standard input "
                                                    "(otherwise it gets none)."));
    parser.addOption(roleOption);
    parser.addOption(passwordOption);
    parser.addPositionalArgument(QStringLiteral("add"), Ctl::tr("The action (only add for now)."));
    parser.addPositionalArgument(QStringLiteral("NAME"), Ctl::tr("The login name."));
    if (const int code = parseCommand(parser, QStringLiteral("staff"),
                                      QStringLiteral("paneldeskctl [connection options] staff add "
                                                     "NAME --role admin|finance|support "
                                                     "[--password-stdin]"),
                                      args, connection);
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != QLatin1String("add")) {
        printError(
            Ctl::tr("Say \"staff add NAME --role ROLE\". Try \"paneldeskctl staff --help\"."));
        return ExitUsage;
    }
    const auto role = storage::StaffAdmin::roleFromName(parser.value(roleOption));
    if (role == storage::StaffAdmin::Role::None) {
        printError(Ctl::tr("The role must be admin, finance or support. Try \"paneldeskctl staff "
                           "--help\"."));
        return ExitUsage;
    }
    QString password;
    if (parser.isSet(passwordOption)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            printError(Ctl::tr("The password could not be read from standard input. Nothing was "
                               "changed."));
            return ExitFailure;
        }
        password = QString::fromUtf8(in.readAll());
        while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
            password.chop(1);
        connection.setPromptAllowed(false);
    }
    QSqlDatabase db;
    if (const int code = connection.open(&db))
        return code;
    if (const int code = CtlConnection::checkSchema(db))
        return code;
    try {
        storage::StaffAdmin::addStaff(db, positional.at(1), role, password);
    } catch (const storage::JobError& error) {
        printError(error.message);
        return ExitFailure;
    }
    printOut(Ctl::tr("The login %1 is now in the %2 staff role.\n")
                 .arg(positional.at(1), storage::StaffAdmin::displayName(role)));
    return ExitOk;
}

int cmdDemoData(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Fills an empty, migrated database with deterministic demo data: the same seed on "
                "the same day gives the same rows. Progress goes to standard error."));
    const QCommandLineOption usersOption(QStringLiteral("users"),
                                         Ctl::tr("How many users to create."), Ctl::tr("count"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        Ctl::tr("The random seed (default 1)."), Ctl::tr("number"),
                                        QStringLiteral("1"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
                                        Ctl::tr("Days of traffic and usage history (default 30)."),
                                        Ctl::tr("days"), QStringLiteral("30"));
    parser.addOptions({usersOption, seedOption, daysOption});
    if (const int code = parseCommand(parser, QStringLiteral("demo-data"),
                                      QStringLiteral("paneldeskctl [connection options] demo-data "
                                                     "--users N [--seed S] [--days D]"),
                                      args, connection);
        code >= 0)
        return code;
    storage::DemoDataLoader::Options options;
    qint64 users = 0, days = 0;
    bool seedOk = false;
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!parser.isSet(usersOption) || !parseInt(parser.value(usersOption), 1, 10000000, &users) ||
        !seedOk || !parseInt(parser.value(daysOption), 1, 365, &days) ||
        !parser.positionalArguments().isEmpty()) {
        printError(Ctl::tr("demo-data needs --users with a count from 1 to 10,000,000, and takes a "
                           "numeric --seed and --days from 1 to 365. Try \"paneldeskctl demo-data "
                           "--help\"."));
        return ExitUsage;
    }
    options.users = int(users);
    options.days = int(days);

    QSqlDatabase db;
    if (const int code = connection.open(&db))
        return code;
    if (const int code = CtlConnection::checkSchema(db))
        return code;
#ifdef Q_OS_WIN
    const bool tty = false;
#else
    const bool tty = ::isatty(STDERR_FILENO) == 1;
#endif
    QString lastStep;
    int lastTenth = -1;
    const auto progress = [&](int percent, const QString& step) {
        if (tty) {
            std::fprintf(stderr, "\r%3d%% %-60s", percent, qUtf8Printable(step));
            std::fflush(stderr);
        } else if (step != lastStep || percent / 10 != lastTenth) {
            std::fprintf(stderr, "%3d%% %s\n", percent, qUtf8Printable(step));
        }
        lastStep = step;
        lastTenth = percent / 10;
    };
    QElapsedTimer timer;
    timer.start();
    storage::DemoDataLoader::Counts counts;
    try {
        counts = storage::DemoDataLoader::load(db, options, progress);
    } catch (const storage::JobError& error) {
        if (tty)
            std::fprintf(stderr, "\n");
        printError(error.message);
        return ExitFailure;
    }
    if (tty)
        std::fprintf(stderr, "\n");
    const QLocale locale;
    printOut(Ctl::tr("Loaded %1 users, %2 plans, %3 subscriptions, %4 payments, %5 refunds, %6 API "
                     "keys, %7 nodes, %8 hourly traffic rows and %9 usage logs in %10 s.\n")
                 .arg(locale.toString(counts.users), locale.toString(counts.plans),
                      locale.toString(counts.subscriptions), locale.toString(counts.transactions),
                      locale.toString(counts.refunds), locale.toString(counts.apiKeys),
                      locale.toString(counts.nodes), locale.toString(counts.trafficHourly),
                      locale.toString(counts.usageLogs))
                 .arg(locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1)));
    return ExitOk;
}

} // namespace

QList<CtlCommand> coreCommands()
{
    return {
        {QStringLiteral("migrate"),
         Ctl::tr("  migrate [--status]                     apply the schema migrations, or show "
                 "the schema version\n"),
         cmdMigrate},
        {QStringLiteral("staff"),
         Ctl::tr("  staff add NAME --role ROLE             create a staff login (admin, finance "
                 "or support)\n"),
         cmdStaff},
        {QStringLiteral("demo-data"),
         Ctl::tr("  demo-data --users N [--seed S] [--days D]\n"
                 "                                         fill an empty database with demo "
                 "data\n"),
         cmdDemoData},
    };
}

} // namespace pd::ctl
