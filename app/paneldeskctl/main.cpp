// paneldeskctl: the command-line composition root. Migrates the schema, adds staff logins,
// loads demo data and looks users up, with psql's connection options and documented exit
// codes, so scripts and operators can do without the GUI.

#include "CtlConnection.h"

#include "domain/ByteSize.h"
#include "storage/DbWorker.h"
#include "storage/DemoDataLoader.h"
#include "storage/Migrator.h"
#include "storage/StaffAdmin.h"
#include "storage/TableQuery.h"
#include "storage/UsersRepository.h"
#include "translations/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUuid>

#include <cstdio>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

using namespace pd;
using namespace pd::ctl;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paneldeskctl", text);
}

QCommandLineOption helpOption()
{
    // Not -h: that is the host, as in psql.
    return {{QStringLiteral("?"), QStringLiteral("help")}, tr("Show this help.")};
}

QString exitCodesText()
{
    return tr("Exit codes:\n"
              "  0  success\n"
              "  1  the command failed\n"
              "  2  wrong usage (unknown option, missing or malformed argument)\n"
              "  3  cannot connect to the database server\n"
              "  4  not found (no such user)\n"
              "  5  the database schema needs \"paneldeskctl migrate\" or is newer than this "
              "program\n");
}

QString commandsText()
{
    return tr("Commands:\n"
              "  migrate [--status]                     apply the schema migrations, or show the "
              "schema version\n"
              "  staff add NAME --role ROLE             create a staff login (admin, finance or "
              "support)\n"
              "  demo-data --users N [--seed S] [--days D]\n"
              "                                         fill an empty database with demo data\n"
              "  users list [filters] [--json]          list users\n"
              "  users show ID [--json]                 show one user\n"
              "Each command has its own --help.\n");
}

// The parser's help with our own usage line (the parser only knows the program's name).
QString helpFor(const QCommandLineParser& parser, const QString& usage, const QString& extra = {})
{
    QString text = parser.helpText();
    const int firstLineEnd = text.indexOf(QLatin1Char('\n'));
    text = tr("Usage: %1").arg(usage) + text.mid(firstLineEnd);
    return text + QLatin1Char('\n') + extra + QLatin1Char('\n') + exitCodesText();
}

// Parses a command's arguments (with the connection options allowed again after the
// command). Returns -1 to go on, or the exit code to end with.
int parseCommand(QCommandLineParser& parser, const QString& command, const QString& usage,
                 const QStringList& args, CtlConnection& connection)
{
    const QCommandLineOption help = helpOption();
    parser.addOption(help);
    parser.addOptions(CtlConnection::options());
    if (!parser.parse(QStringList{QStringLiteral("paneldeskctl")} + args)) {
        printError(tr("%1 Try \"paneldeskctl %2 --help\".").arg(parser.errorText(), command));
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

int cmdMigrate(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Applies the schema migrations this program carries, in "
                                        "one transaction."));
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          tr("Only show the schema version; exit 5 when it "
                                             "does not match this program."));
    parser.addOption(statusOption);
    if (const int code = parseCommand(parser, QStringLiteral("migrate"),
                                      QStringLiteral("paneldeskctl [connection options] migrate "
                                                     "[--status]"),
                                      args, connection);
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("migrate takes no arguments. Try \"paneldeskctl migrate --help\"."));
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
        printOut(tr("Schema version %1; this program carries version %2.\n")
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
        printOut(tr("The schema is already up to date (version %1); nothing was changed.\n")
                     .arg(result.status.latest));
    else
        printOut(
            tr("Applied %1; the schema is now at version %2.\n")
                .arg(result.applied.join(QStringLiteral(", ")))
                .arg(result.status.current > 0 ? result.status.current : result.status.latest));
    return ExitOk;
}

int cmdStaff(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Creates a staff login in one of the staff roles, or "
                                        "grants the role again to an existing login."));
    const QCommandLineOption roleOption(
        QStringLiteral("role"), tr("The staff role: admin, finance or support."), tr("role"));
    const QCommandLineOption passwordOption(QStringLiteral("password-stdin"),
                                            tr("Read the login's password from standard input "
                                               "(otherwise it gets none)."));
    parser.addOption(roleOption);
    parser.addOption(passwordOption);
    parser.addPositionalArgument(QStringLiteral("add"), tr("The action (only add for now)."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The login name."));
    if (const int code = parseCommand(parser, QStringLiteral("staff"),
                                      QStringLiteral("paneldeskctl [connection options] staff add "
                                                     "NAME --role admin|finance|support "
                                                     "[--password-stdin]"),
                                      args, connection);
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != QLatin1String("add")) {
        printError(tr("Say \"staff add NAME --role ROLE\". Try \"paneldeskctl staff --help\"."));
        return ExitUsage;
    }
    const auto role = storage::StaffAdmin::roleFromName(parser.value(roleOption));
    if (role == storage::StaffAdmin::Role::None) {
        printError(tr("The role must be admin, finance or support. Try \"paneldeskctl staff "
                      "--help\"."));
        return ExitUsage;
    }
    QString password;
    if (parser.isSet(passwordOption)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            printError(tr("The password could not be read from standard input. Nothing was "
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
    printOut(tr("The login %1 is now in the %2 staff role.\n")
                 .arg(positional.at(1), storage::StaffAdmin::displayName(role)));
    return ExitOk;
}

int cmdDemoData(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fills an empty, migrated database with deterministic demo data: the same seed on "
           "the same day gives the same rows. Progress goes to standard error."));
    const QCommandLineOption usersOption(QStringLiteral("users"), tr("How many users to create."),
                                         tr("count"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("The random seed (default 1)."),
                                        tr("number"), QStringLiteral("1"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
                                        tr("Days of traffic and usage history (default 30)."),
                                        tr("days"), QStringLiteral("30"));
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
        printError(tr("demo-data needs --users with a count from 1 to 10,000,000, and takes a "
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
    printOut(tr("Loaded %1 users, %2 plans, %3 subscriptions, %4 payments, %5 refunds, %6 API "
                "keys, %7 nodes, %8 hourly traffic rows and %9 usage logs in %10 s.\n")
                 .arg(locale.toString(counts.users), locale.toString(counts.plans),
                      locale.toString(counts.subscriptions), locale.toString(counts.transactions),
                      locale.toString(counts.refunds), locale.toString(counts.apiKeys),
                      locale.toString(counts.nodes), locale.toString(counts.trafficHourly),
                      locale.toString(counts.usageLogs))
                 .arg(locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1)));
    return ExitOk;
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

QString uuidText(const QVariant& value)
{
    return QUuid::fromString(value.toString()).toString(QUuid::WithoutBraces);
}

int cmdUsersList(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists users (not deleted ones), oldest first."));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          tr("Only users whose email, username or id starts "
                                             "with this text."),
                                          tr("text"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         tr("Only active or only banned users."),
                                         QStringLiteral("active|banned"));
    const QCommandLineOption groupOption(QStringLiteral("node-group"),
                                         tr("Only users in this node group."), tr("group"));
    const QCommandLineOption overOption(QStringLiteral("over-quota"),
                                        tr("Only users who used more traffic than their quota."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         tr("At most this many users (default 50)."), tr("count"),
                                         QStringLiteral("50"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print JSON: money as exact decimal strings, bytes "
                                           "as integers."));
    parser.addOptions(
        {searchOption, stateOption, groupOption, overOption, limitOption, jsonOption});
    if (const int code = parseCommand(parser, QStringLiteral("users list"),
                                      QStringLiteral("paneldeskctl [connection options] users list "
                                                     "[--search S] [--state active|banned] "
                                                     "[--node-group N] [--over-quota] [--limit N] "
                                                     "[--json]"),
                                      args, connection);
        code >= 0)
        return code;
    storage::UserFilter filter;
    filter.search = parser.value(searchOption);
    if (parser.isSet(stateOption)) {
        const QString state = parser.value(stateOption);
        if (state == QLatin1String("active")) {
            filter.state = storage::UserFilter::State::Active;
        } else if (state == QLatin1String("banned")) {
            filter.state = storage::UserFilter::State::Banned;
        } else {
            printError(tr("--state must be active or banned."));
            return ExitUsage;
        }
    }
    qint64 value = 0;
    if (parser.isSet(groupOption)) {
        if (!parseInt(parser.value(groupOption), 0, 9999, &value)) {
            printError(tr("--node-group must be a number from 0 to 9999."));
            return ExitUsage;
        }
        filter.nodeGroup = int(value);
    }
    filter.overQuota = parser.isSet(overOption);
    qint64 limit = 0;
    if (!parseInt(parser.value(limitOption), 1, 1000000, &limit)) {
        printError(tr("--limit must be a number from 1 to 1,000,000."));
        return ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("users list takes no arguments. Try \"paneldeskctl users list --help\"."));
        return ExitUsage;
    }

    QSqlDatabase db;
    if (const int code = connection.open(&db))
        return code;
    if (const int code = CtlConnection::checkSchema(db))
        return code;
    const storage::TableQuery query = storage::UsersRepository::listQuery(filter);
    QList<QVariantList> rows;
    try {
        QVariant sortKey, id;
        while (rows.size() < limit) {
            const int chunk = int(qMin<qint64>(1000, limit - rows.size()));
            const storage::Page page =
                storage::KeysetPager::fetch(db, query, sortKey, id, chunk, false);
            rows += page.rows;
            if (page.rows.isEmpty() || page.reachedEnd)
                break;
            sortKey = page.rows.last().at(page.rows.last().size() - 2);
            id = page.rows.last().last();
        }
    } catch (const storage::JobError& error) {
        printError(error.message);
        return ExitFailure;
    }
    while (rows.size() > limit)
        rows.removeLast();

    // Money columns are followed, after all columns, by their currencies in column order.
    QList<int> currencyIndex(query.columns.size(), -1);
    int next = int(query.columns.size());
    for (int c = 0; c < query.columns.size(); ++c) {
        if (query.columns.at(c).kind == storage::ColumnKind::Money &&
            !query.columns.at(c).currencyExpr.isEmpty())
            currencyIndex[c] = next++;
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const QVariantList& row : rows) {
            QJsonObject object;
            object.insert(QStringLiteral("id"), uuidText(row.last()));
            for (int c = 0; c < query.columns.size(); ++c) {
                const storage::Column& column = query.columns.at(c);
                object.insert(column.key, jsonValue(row.at(c), column.kind));
                if (currencyIndex[c] >= 0)
                    object.insert(column.key + QStringLiteral("_currency"),
                                  row.at(currencyIndex[c]).toString().trimmed());
            }
            array.append(object);
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }

    QStringList header{tr("Id")};
    for (const storage::Column& column : query.columns)
        header << column.header;
    QList<QStringList> table{header};
    for (const QVariantList& row : rows) {
        QStringList cells{uuidText(row.last())};
        for (int c = 0; c < query.columns.size(); ++c) {
            const QVariant& v = row.at(c);
            switch (query.columns.at(c).kind) {
            case storage::ColumnKind::Bytes:
                cells << domain::bytes::format(v.toLongLong());
                break;
            case storage::ColumnKind::DateTime:
                cells << isoTime(v);
                break;
            case storage::ColumnKind::Money:
                cells << v.toString() +
                             (currencyIndex[c] >= 0
                                  ? QLatin1Char(' ') + row.at(currencyIndex[c]).toString().trimmed()
                                  : QString());
                break;
            default:
                cells << v.toString();
            }
        }
        table << cells;
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList& cells : table)
        for (int c = 0; c < cells.size(); ++c)
            widths[c] = qMax(widths[c], int(cells.at(c).size()));
    QString out;
    for (const QStringList& cells : table) {
        QStringList padded;
        for (int c = 0; c < cells.size(); ++c)
            padded << cells.at(c).leftJustified(c + 1 < cells.size() ? widths[c] : 0);
        out += padded.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    out += QCoreApplication::translate("paneldeskctl", "(%n user(s))\n", nullptr, int(rows.size()));
    printOut(out);
    return ExitOk;
}

int cmdUsersShow(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows one user: profile, current subscription, API keys "
                                        "and the last payments."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print JSON: money as exact decimal strings, bytes "
                                           "as integers."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The user's id (a UUID)."));
    if (const int code = parseCommand(parser, QStringLiteral("users show"),
                                      QStringLiteral("paneldeskctl [connection options] users show "
                                                     "ID [--json]"),
                                      args, connection);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        printError(tr("users show needs exactly one user id. Try \"paneldeskctl users show "
                      "--help\"."));
        return ExitUsage;
    }
    const QString idText = parser.positionalArguments().constFirst();
    const QUuid id = QUuid::fromString(idText);
    if (id.isNull()) {
        printError(tr("\"%1\" is not a user id; a user id is a UUID such as "
                      "0b9f3c2e-6a1d-4f0e-9a55-3c7d2b1e8f40.")
                       .arg(idText));
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = connection.open(&db))
        return code;
    if (const int code = CtlConnection::checkSchema(db))
        return code;
    std::optional<storage::UserDetail> detail;
    try {
        detail = storage::UsersRepository::detail(db, id);
    } catch (const storage::JobError& error) {
        printError(error.message);
        return ExitFailure;
    }
    if (!detail) {
        printError(tr("No user has the id %1. Check the id, or find the user with \"paneldeskctl "
                      "users list --search\".")
                       .arg(id.toString(QUuid::WithoutBraces)));
        return ExitNotFound;
    }
    const storage::UserRecord& u = detail->user;
    const auto iso = [](const QDateTime& t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate))
                           : QJsonValue(QJsonValue::Null);
    };
    if (parser.isSet(jsonOption)) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), u.id.toString(QUuid::WithoutBraces));
        o.insert(QStringLiteral("email"), u.email);
        o.insert(QStringLiteral("username"), u.username);
        o.insert(QStringLiteral("active"), u.active);
        o.insert(QStringLiteral("balance"), u.balance);
        o.insert(QStringLiteral("balance_currency"), u.balanceCurrency);
        o.insert(QStringLiteral("upload_bytes"), u.uploadBytes);
        o.insert(QStringLiteral("download_bytes"), u.downloadBytes);
        o.insert(QStringLiteral("transfer_enable"), u.transferEnable);
        o.insert(QStringLiteral("node_group"), u.nodeGroup);
        o.insert(QStringLiteral("level"), u.level);
        o.insert(QStringLiteral("level_expires_at"), iso(u.levelExpiresAt));
        o.insert(QStringLiteral("created_at"), iso(u.createdAt));
        o.insert(QStringLiteral("updated_at"), iso(u.updatedAt));
        o.insert(QStringLiteral("row_version"), u.rowVersion);
        o.insert(QStringLiteral("subscription"), detail->subscription.isEmpty()
                                                     ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(detail->subscription));
        QJsonArray keys, payments;
        for (const QJsonObject& k : detail->apiKeys)
            keys.append(k);
        for (const QJsonObject& t : detail->recentTransactions)
            payments.append(t);
        o.insert(QStringLiteral("api_keys"), keys);
        o.insert(QStringLiteral("recent_transactions"), payments);
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    const auto timeText = [](const QDateTime& t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODate) : tr("none");
    };
    QString out;
    const auto line = [&out](const QString& label, const QString& value) {
        out += label.leftJustified(18) + value + QLatin1Char('\n');
    };
    line(tr("Id"), u.id.toString(QUuid::WithoutBraces));
    line(tr("Email"), u.email);
    line(tr("Username"), u.username);
    line(tr("State"), u.active ? tr("active") : tr("banned"));
    line(tr("Balance"), u.balance + QLatin1Char(' ') + u.balanceCurrency);
    line(tr("Traffic used"),
         tr("%1 (up %2, down %3)")
             .arg(domain::bytes::format(u.uploadBytes + u.downloadBytes),
                  domain::bytes::format(u.uploadBytes), domain::bytes::format(u.downloadBytes)));
    line(tr("Quota"), domain::bytes::format(u.transferEnable));
    line(tr("Node group"), QString::number(u.nodeGroup));
    line(tr("Level"), tr("%1, expires %2").arg(u.level).arg(timeText(u.levelExpiresAt)));
    line(tr("Created"), timeText(u.createdAt));
    const QJsonObject& s = detail->subscription;
    if (s.isEmpty()) {
        line(tr("Subscription"), tr("none"));
    } else {
        const QJsonValue limitValue = s.value(QStringLiteral("quota_limit"));
        line(tr("Subscription"),
             tr("%1, %2 until %3, quota %4 of %5")
                 .arg(s.value(QStringLiteral("plan_name")).toString(),
                      s.value(QStringLiteral("status")).toString(),
                      s.value(QStringLiteral("current_period_end")).toString().isEmpty()
                          ? tr("forever")
                          : s.value(QStringLiteral("current_period_end")).toString())
                 .arg(s.value(QStringLiteral("quota_used")).toVariant().toLongLong())
                 .arg(limitValue.isNull() ? tr("unlimited")
                                          : QString::number(limitValue.toVariant().toLongLong())));
    }
    for (const QJsonObject& k : detail->apiKeys)
        line(tr("API key"),
             tr("%1… %2 (%3)")
                 .arg(k.value(QStringLiteral("prefix")).toString(),
                      k.value(QStringLiteral("name")).toString(),
                      k.value(QStringLiteral("active")).toBool() ? tr("active") : tr("revoked")));
    for (const QJsonObject& t : detail->recentTransactions)
        line(tr("Payment"), QStringLiteral("%1  %2 %3  %4  %5  %6")
                                .arg(t.value(QStringLiteral("out_trade_no")).toString(),
                                     t.value(QStringLiteral("amount")).toString(),
                                     t.value(QStringLiteral("currency")).toString(),
                                     t.value(QStringLiteral("gateway")).toString(),
                                     t.value(QStringLiteral("status")).toString(),
                                     t.value(QStringLiteral("created_at")).toString()));
    printOut(out);
    return ExitOk;
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

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Command-line tool of PanelDesk, the back office for "
                                        "users, plans, payments and nodes."));
    // Everything after the command belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = helpOption();
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOptions(CtlConnection::options());
    parser.addPositionalArgument(QStringLiteral("command"), tr("What to do (see below)."),
                                 QStringLiteral("command [arguments]"));
    if (!parser.parse(app.arguments())) {
        printError(tr("%1 Try \"paneldeskctl --help\".").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(helpFor(parser,
                         QStringLiteral("paneldeskctl [connection options] command "
                                        "[arguments]"),
                         commandsText()));
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
        printError(tr("No command was given. Try \"paneldeskctl --help\"."));
        return ExitUsage;
    }
    const QString command = positional.constFirst();
    const QStringList rest = positional.mid(1);
    if (command == QLatin1String("migrate"))
        return cmdMigrate(rest, connection);
    if (command == QLatin1String("staff"))
        return cmdStaff(rest, connection);
    if (command == QLatin1String("demo-data"))
        return cmdDemoData(rest, connection);
    if (command == QLatin1String("users")) {
        const QString action = rest.value(0);
        if (action == QLatin1String("list"))
            return cmdUsersList(rest.mid(1), connection);
        if (action == QLatin1String("show"))
            return cmdUsersShow(rest.mid(1), connection);
        printError(tr("Say \"users list\" or \"users show ID\". Try \"paneldeskctl --help\"."));
        return ExitUsage;
    }
    printError(
        tr("\"%1\" is not a paneldeskctl command. Try \"paneldeskctl --help\".").arg(command));
    return ExitUsage;
}
