// paneldeskctl: the command-line composition root. Each area of the product brings its
// commands (migrate, staff, demo-data, users, …) in its own <Area>Commands file; this file
// parses the global options and dispatches, so scripts and operators can do without the GUI.

#include "CoreCommands.h"
#include "CtlCommand.h"
#include "PaymentCommands.h"
#include "SubscriptionCommands.h"
#include "TrafficCommands.h"
#include "UsersCommands.h"
#include "translations/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace pd::ctl;

namespace {

QString commandsText(const QList<CtlCommand>& commands)
{
    QString text = Ctl::tr("Commands:\n");
    for (const CtlCommand& c : commands)
        text += c.synopsis;
    return text + Ctl::tr("Each command has its own --help.\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // The same settings as the GUI, so --profile finds the profiles saved there.
    QCoreApplication::setOrganizationName(QStringLiteral("PanelDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PanelDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PANELDESK_VERSION));
    pd::installTranslations();
    const QList<CtlCommand> commands = coreCommands() + usersCommands() + trafficCommands() +
                                       subscriptionCommands() + paymentCommands();

    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr("Command-line tool of PanelDesk, the back office for "
                                             "users, plans, payments and nodes."));
    // Everything after the command belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = helpOption();
    const QCommandLineOption version(QStringLiteral("version"), Ctl::tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOptions(CtlConnection::options());
    parser.addPositionalArgument(QStringLiteral("command"), Ctl::tr("What to do (see below)."),
                                 QStringLiteral("command [arguments]"));
    if (!parser.parse(app.arguments())) {
        printError(Ctl::tr("%1 Try \"paneldeskctl --help\".").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(helpFor(parser,
                         QStringLiteral("paneldeskctl [connection options] command "
                                        "[arguments]"),
                         commandsText(commands)));
        return ExitOk;
    }
    if (parser.isSet(version)) {
        printOut(QStringLiteral("paneldeskctl %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    CtlConnection connection;
    if (!connection.takeFrom(parser))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        printError(Ctl::tr("No command was given. Try \"paneldeskctl --help\"."));
        return ExitUsage;
    }
    const QString command = positional.constFirst();
    for (const CtlCommand& c : commands) {
        if (c.name == command)
            return c.run(positional.mid(1), connection);
    }
    printError(
        Ctl::tr("\"%1\" is not a paneldeskctl command. Try \"paneldeskctl --help\".").arg(command));
    return ExitUsage;
}
