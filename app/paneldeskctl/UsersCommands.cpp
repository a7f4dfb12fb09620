// users list|show: the same repository and columns as the Users dashboard, as text or JSON.

#include "UsersCommands.h"

#include "domain/ByteSize.h"
#include "storage/DbWorker.h"
#include "storage/UsersRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace pd::ctl {

namespace {

QString uuidText(const QVariant& value)
{
    return QUuid::fromString(value.toString()).toString(QUuid::WithoutBraces);
}

int cmdUsersList(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr("Lists users (not deleted ones), oldest first."));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          Ctl::tr("Only users whose email, username or id starts "
                                                  "with this text."),
                                          Ctl::tr("text"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         Ctl::tr("Only active or only banned users."),
                                         QStringLiteral("active|banned"));
    const QCommandLineOption groupOption(
        QStringLiteral("node-group"), Ctl::tr("Only users in this node group."), Ctl::tr("group"));
    const QCommandLineOption overOption(
        QStringLiteral("over-quota"),
        Ctl::tr("Only users who used more traffic than their quota."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         Ctl::tr("At most this many users (default 50)."),
                                         Ctl::tr("count"), QStringLiteral("50"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({searchOption, stateOption, groupOption, overOption, limitOption, json});
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
            printError(Ctl::tr("--state must be active or banned."));
            return ExitUsage;
        }
    }
    qint64 value = 0;
    if (parser.isSet(groupOption)) {
        if (!parseInt(parser.value(groupOption), 0, 9999, &value)) {
            printError(Ctl::tr("--node-group must be a number from 0 to 9999."));
            return ExitUsage;
        }
        filter.nodeGroup = int(value);
    }
    filter.overQuota = parser.isSet(overOption);
    qint64 limit = 0;
    if (!parseInt(parser.value(limitOption), 1, 1000000, &limit)) {
        printError(Ctl::tr("--limit must be a number from 1 to 1,000,000."));
        return ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(
            Ctl::tr("users list takes no arguments. Try \"paneldeskctl users list --help\"."));
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

    if (parser.isSet(json)) {
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

    QStringList header{Ctl::tr("Id")};
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
    parser.setApplicationDescription(
        Ctl::tr("Shows one user: profile, current subscription, API keys "
                "and the last payments."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("ID"), Ctl::tr("The user's id (a UUID)."));
    if (const int code = parseCommand(parser, QStringLiteral("users show"),
                                      QStringLiteral("paneldeskctl [connection options] users show "
                                                     "ID [--json]"),
                                      args, connection);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        printError(Ctl::tr("users show needs exactly one user id. Try \"paneldeskctl users show "
                           "--help\"."));
        return ExitUsage;
    }
    const QString idText = parser.positionalArguments().constFirst();
    const QUuid id = QUuid::fromString(idText);
    if (id.isNull()) {
        printError(Ctl::tr("\"%1\" is not a user id; a user id is a UUID such as "
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
        printError(
            Ctl::tr("No user has the id %1. Check the id, or find the user with \"paneldeskctl "
                    "users list --search\".")
                .arg(id.toString(QUuid::WithoutBraces)));
        return ExitNotFound;
    }
    const storage::UserRecord& u = detail->user;
    const auto iso = [](const QDateTime& t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate))
                           : QJsonValue(QJsonValue::Null);
    };
    if (parser.isSet(json)) {
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
        return t.isValid() ? t.toUTC().toString(Qt::ISODate) : Ctl::tr("none");
    };
    QString out;
    const auto line = [&out](const QString& label, const QString& value) {
        out += label.leftJustified(18) + value + QLatin1Char('\n');
    };
    line(Ctl::tr("Id"), u.id.toString(QUuid::WithoutBraces));
    line(Ctl::tr("Email"), u.email);
    line(Ctl::tr("Username"), u.username);
    line(Ctl::tr("State"), u.active ? Ctl::tr("active") : Ctl::tr("banned"));
    line(Ctl::tr("Balance"), u.balance + QLatin1Char(' ') + u.balanceCurrency);
    line(Ctl::tr("Traffic used"),
         Ctl::tr("%1 (up %2, down %3)")
             .arg(domain::bytes::format(u.uploadBytes + u.downloadBytes),
                  domain::bytes::format(u.uploadBytes), domain::bytes::format(u.downloadBytes)));
    line(Ctl::tr("Quota"), domain::bytes::format(u.transferEnable));
    line(Ctl::tr("Node group"), QString::number(u.nodeGroup));
    line(Ctl::tr("Level"), Ctl::tr("%1, expires %2").arg(u.level).arg(timeText(u.levelExpiresAt)));
    line(Ctl::tr("Created"), timeText(u.createdAt));
    const QJsonObject& s = detail->subscription;
    if (s.isEmpty()) {
        line(Ctl::tr("Subscription"), Ctl::tr("none"));
    } else {
        const QJsonValue limitValue = s.value(QStringLiteral("quota_limit"));
        line(Ctl::tr("Subscription"),
             Ctl::tr("%1, %2 until %3, quota %4 of %5")
                 .arg(s.value(QStringLiteral("plan_name")).toString(),
                      s.value(QStringLiteral("status")).toString(),
                      s.value(QStringLiteral("current_period_end")).toString().isEmpty()
                          ? Ctl::tr("forever")
                          : s.value(QStringLiteral("current_period_end")).toString())
                 .arg(s.value(QStringLiteral("quota_used")).toVariant().toLongLong())
                 .arg(limitValue.isNull() ? Ctl::tr("unlimited")
                                          : QString::number(limitValue.toVariant().toLongLong())));
    }
    for (const QJsonObject& k : detail->apiKeys)
        line(Ctl::tr("API key"),
             Ctl::tr("%1… %2 (%3)")
                 .arg(k.value(QStringLiteral("prefix")).toString(),
                      k.value(QStringLiteral("name")).toString(),
                      k.value(QStringLiteral("active")).toBool() ? Ctl::tr("active")
                                                                 : Ctl::tr("revoked")));
    for (const QJsonObject& t : detail->recentTransactions)
        line(Ctl::tr("Payment"), QStringLiteral("%1  %2 %3  %4  %5  %6")
                                     .arg(t.value(QStringLiteral("out_trade_no")).toString(),
                                          t.value(QStringLiteral("amount")).toString(),
                                          t.value(QStringLiteral("currency")).toString(),
                                          t.value(QStringLiteral("gateway")).toString(),
                                          t.value(QStringLiteral("status")).toString(),
                                          t.value(QStringLiteral("created_at")).toString()));
    printOut(out);
    return ExitOk;
}

int cmdUsers(const QStringList& args, CtlConnection& connection)
{
    return dispatchActions(
        QStringLiteral("users"), args, connection,
        {{QStringLiteral("list"), cmdUsersList}, {QStringLiteral("show"), cmdUsersShow}});
}

} // namespace

QList<CtlCommand> usersCommands()
{
    return {
        {QStringLiteral("users"),
         Ctl::tr("  users list [filters] [--json]          list users\n"
                 "  users show ID [--json]                 show one user\n"),
         cmdUsers},
    };
}

} // namespace pd::ctl
