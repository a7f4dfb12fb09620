#pragma once

#include "CtlConnection.h"
#include "storage/TableQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pd::ctl {

// paneldeskctl's strings share one translation context: call Ctl::tr("...").
class Ctl
{
    Q_DECLARE_TR_FUNCTIONS(paneldeskctl)
};

// A top-level command. Each area of the product lists its own in <Area>Commands.cpp, and
// main.cpp puts the lists together for dispatch and the global --help.
struct CtlCommand
{
    QString name;     // "users"
    QString synopsis; // its translated lines for the global --help, each ending in '\n'
    int (*run)(const QStringList& args, CtlConnection& connection);
};

// One action of a "command action …" form such as "users list".
struct CtlAction
{
    QString name;
    int (*run)(const QStringList& args, CtlConnection& connection);
};

QCommandLineOption helpOption();
// --json, the same for every listing: money as exact decimal strings.
QCommandLineOption jsonOption();
QString exitCodesText();
// The parser's help with our own usage line (the parser only knows the program's name).
QString helpFor(const QCommandLineParser& parser, const QString& usage, const QString& extra = {});

// Parses a command's arguments, with --help and the connection options allowed again after the
// command. Returns -1 to go on, or the exit code to end with.
int parseCommand(QCommandLineParser& parser, const QString& command, const QString& usage,
                 const QStringList& args, CtlConnection& connection);

// Runs the action named by args[0]; otherwise says which actions `command` has.
int dispatchActions(const QString& command, const QStringList& args, CtlConnection& connection,
                    const QList<CtlAction>& actions);

// Whether text is an integer within [min, max]; stores it in *value when it is.
bool parseInt(const QString& text, qint64 min, qint64 max, qint64* value);
// ISO 8601 UTC text of a timestamp value, empty for NULL.
QString isoTime(const QVariant& value);
// A table cell as JSON: money as exact decimal text (never a JSON number), bytes as integers.
QJsonValue jsonValue(const QVariant& value, storage::ColumnKind kind);

} // namespace pd::ctl
