// The pieces every paneldeskctl command shares: help text, argument parsing, action dispatch
// and JSON values.

#include "CtlCommand.h"

#include <QDateTime>

namespace pd::ctl {

QCommandLineOption helpOption()
{
    // Not -h: that is the host, as in psql.
    return {{QStringLiteral("?"), QStringLiteral("help")}, Ctl::tr("Show this help.")};
}

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"),
            Ctl::tr("Print JSON: money as exact decimal strings, bytes and counts as integers.")};
}

QString exitCodesText()
{
    return Ctl::tr("Exit codes:\n"
                   "  0  success\n"
                   "  1  the command failed\n"
                   "  2  wrong usage (unknown option, missing or malformed argument)\n"
                   "  3  cannot connect to the database server\n"
                   "  4  not found (no such user)\n"
                   "  5  the database schema needs \"paneldeskctl migrate\" or is newer than this "
                   "program\n");
}

QString helpFor(const QCommandLineParser& parser, const QString& usage, const QString& extra)
{
    QString text = parser.helpText();
    const int firstLineEnd = text.indexOf(QLatin1Char('\n'));
    text = Ctl::tr("Usage: %1").arg(usage) + text.mid(firstLineEnd);
    return text + QLatin1Char('\n') + extra + QLatin1Char('\n') + exitCodesText();
}

int parseCommand(QCommandLineParser& parser, const QString& command, const QString& usage,
                 const QStringList& args, CtlConnection& connection)
{
    const QCommandLineOption help = helpOption();
    parser.addOption(help);
    parser.addOptions(CtlConnection::options());
    if (!parser.parse(QStringList{QStringLiteral("paneldeskctl")} + args)) {
        printError(Ctl::tr("%1 Try \"paneldeskctl %2 --help\".").arg(parser.errorText(), command));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(helpFor(parser, usage));
        return ExitOk;
    }
    if (!connection.takeFrom(parser))
        return ExitUsage;
    return -1;
}

bool parseInt(const QString& text, qint64 min, qint64 max, qint64* value)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *value = v;
    return true;
}

QString isoTime(const QVariant& value)
{
    return value.isNull() ? QString() : value.toDateTime().toUTC().toString(Qt::ISODate);
}

int dispatchActions(const QString& command, const QStringList& args, CtlConnection& connection,
                    const QList<CtlAction>& actions)
{
    const QString action = args.value(0);
    QStringList names;
    for (const CtlAction& a : actions) {
        if (a.name == action)
            return a.run(args.mid(1), connection);
        names << a.name;
    }
    printError(Ctl::tr("\"%1\" needs one of these actions: %2. Try \"paneldeskctl --help\".")
                   .arg(command, names.join(QLatin1String(", "))));
    return ExitUsage;
}

QJsonValue jsonValue(const QVariant& value, storage::ColumnKind kind)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (kind) {
    case storage::ColumnKind::Integer:
    case storage::ColumnKind::Bytes:
        return QJsonValue(value.toLongLong());
    case storage::ColumnKind::Bool:
        return QJsonValue(value.toBool());
    case storage::ColumnKind::DateTime:
        return QJsonValue(isoTime(value));
    case storage::ColumnKind::Money: // exact decimal text, never a JSON number
    case storage::ColumnKind::Text:
    case storage::ColumnKind::Json:
        break;
    }
    return QJsonValue(value.toString());
}

} // namespace pd::ctl
