// traffic ingest|prune and partitions ensure: what node services, tests and cron jobs run.

#include "TrafficCommands.h"

#include "storage/Database.h"
#include "storage/DbWorker.h"
#include "storage/TrafficIngest.h"

#include <QFile>
#include <QLocale>
#include <QSqlQuery>

namespace pd::ctl {

namespace {

// Runs SELECT fn(?) for a housekeeping function and returns its integer, or prints why not.
int runCount(CtlConnection& connection, const QString& sql, int argument, qint64* result)
{
    QSqlDatabase db;
    if (const int code = connection.open(&db))
        return code;
    if (const int code = CtlConnection::checkSchema(db))
        return code;
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(argument);
    if (!q.exec() || !q.next()) {
        printError(storage::Database::describe(q.lastError()));
        return ExitFailure;
    }
    *result = q.value(0).toLongLong();
    return ExitOk;
}

int cmdTrafficIngest(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Applies nodes' traffic reports, one JSON object per line in the shape "
                "{\"node_id\": N, \"data\": [{\"user_id\": \"…\", \"u\": bytes, \"d\": bytes}]}. "
                "Each report is applied whole or not at all; a refused line is reported with "
                "its number and the others go on."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Ctl::tr("The file of reports, or - for standard input."));
    if (const int code = parseCommand(parser, QStringLiteral("traffic ingest"),
                                      QStringLiteral("paneldeskctl [connection options] traffic "
                                                     "ingest FILE|-"),
                                      args, connection);
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(Ctl::tr("traffic ingest needs one FILE, or - for standard input. Try "
                           "\"paneldeskctl traffic ingest --help\"."));
        return ExitUsage;
    }
    QFile in;
    bool opened = false;
    if (positional.first() == QLatin1String("-")) {
        connection.setPromptAllowed(false);
        opened = in.open(stdin, QIODevice::ReadOnly);
    } else {
        in.setFileName(positional.first());
        opened = in.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        printError(Ctl::tr("The reports could not be read from %1: %2. Nothing was applied.")
                       .arg(positional.first(), in.errorString()));
        return ExitFailure;
    }
    QSqlDatabase db;
    if (const int code = connection.open(&db))
        return code;
    if (const int code = CtlConnection::checkSchema(db))
        return code;

    qint64 lineNumber = 0, applied = 0, refused = 0, charges = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        try {
            charges += storage::TrafficIngest::apply(db, line);
            ++applied;
        } catch (const storage::JobError& error) {
            ++refused;
            printError(Ctl::tr("line %1: %2").arg(lineNumber).arg(error.message));
            if (storage::Database::isConnectionLost(error.sqlError)) {
                printError(Ctl::tr("Stopped at line %1: the connection was lost. Lines before "
                                   "it that were not refused are applied.")
                               .arg(lineNumber));
                return ExitCannotConnect;
            }
        }
    }
    const QLocale locale;
    printOut(
        Ctl::tr("Applied %1 reports charging %2 users; %3 refused.\n")
            .arg(locale.toString(applied), locale.toString(charges), locale.toString(refused)));
    return refused ? ExitFailure : ExitOk;
}

int cmdTrafficPrune(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Drops the monthly partitions of raw traffic reports that ended more than DAYS "
                "ago. Their traffic stays in the hourly rollups the charts read."));
    const QCommandLineOption olderOption(QStringLiteral("older-than"),
                                         Ctl::tr("Age in days (at least 1)."), Ctl::tr("days"));
    parser.addOption(olderOption);
    if (const int code = parseCommand(parser, QStringLiteral("traffic prune"),
                                      QStringLiteral("paneldeskctl [connection options] traffic "
                                                     "prune --older-than DAYS"),
                                      args, connection);
        code >= 0)
        return code;
    qint64 days = 0;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(olderOption) ||
        !parseInt(parser.value(olderOption), 1, 36500, &days)) {
        printError(Ctl::tr("traffic prune needs --older-than with a number of days from 1 to "
                           "36500. Try \"paneldeskctl traffic prune --help\"."));
        return ExitUsage;
    }
    qint64 dropped = 0;
    if (const int code =
            runCount(connection, QStringLiteral("SELECT traffic_prune(?)"), int(days), &dropped))
        return code;
    printOut(Ctl::tr("Dropped %1 raw traffic partitions.\n").arg(dropped));
    return ExitOk;
}

int cmdTraffic(const QStringList& args, CtlConnection& connection)
{
    return dispatchActions(
        QStringLiteral("traffic"), args, connection,
        {{QStringLiteral("ingest"), cmdTrafficIngest}, {QStringLiteral("prune"), cmdTrafficPrune}});
}

int cmdPartitionsEnsure(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Creates the monthly partitions of usage logs and raw traffic from this month "
                "to N months ahead, moving rows that waited in the default partitions."));
    const QCommandLineOption aheadOption(QStringLiteral("months-ahead"),
                                         Ctl::tr("How many months ahead (0 to 120, default 3)."),
                                         QStringLiteral("N"), QStringLiteral("3"));
    parser.addOption(aheadOption);
    if (const int code = parseCommand(parser, QStringLiteral("partitions ensure"),
                                      QStringLiteral("paneldeskctl [connection options] partitions "
                                                     "ensure [--months-ahead N]"),
                                      args, connection);
        code >= 0)
        return code;
    qint64 months = 0;
    if (!parser.positionalArguments().isEmpty() ||
        !parseInt(parser.value(aheadOption), 0, 120, &months)) {
        printError(Ctl::tr("--months-ahead must be a number from 0 to 120. Try \"paneldeskctl "
                           "partitions ensure --help\"."));
        return ExitUsage;
    }
    qint64 created = 0;
    if (const int code = runCount(connection, QStringLiteral("SELECT partitions_ensure(?)"),
                                  int(months), &created))
        return code;
    printOut(Ctl::tr("Created %1 partitions; every month up to %2 months ahead has its "
                     "partitions.\n")
                 .arg(created)
                 .arg(months));
    return ExitOk;
}

int cmdPartitions(const QStringList& args, CtlConnection& connection)
{
    return dispatchActions(QStringLiteral("partitions"), args, connection,
                           {{QStringLiteral("ensure"), cmdPartitionsEnsure}});
}

} // namespace

QList<CtlCommand> trafficCommands()
{
    return {
        {QStringLiteral("traffic"),
         Ctl::tr("  traffic ingest FILE|-                  apply nodes' traffic reports (JSON "
                 "lines)\n"
                 "  traffic prune --older-than DAYS        drop old raw traffic partitions\n"),
         cmdTraffic},
        {QStringLiteral("partitions"),
         Ctl::tr("  partitions ensure [--months-ahead N]   create future monthly partitions\n"),
         cmdPartitions},
    };
}

} // namespace pd::ctl
