// Refunds, transactions and gateway settings from the command line. Refunds go through
// pd::payments::RefundService exactly as in the GUI: the database functions decide, the key is
// fixed at approval, and the gateways' secrets come from the OS keychain.

#include "PaymentCommands.h"

#include "payments/GatewayClient.h"
#include "payments/GatewaySettings.h"
#include "payments/RefundService.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/CsvExport.h"
#include "storage/Database.h"
#include "storage/DbWorker.h"
#include "storage/RefundRepository.h"
#include "storage/TransactionRepository.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

namespace pd::ctl {

namespace {

using payments::GatewayConfig;
using payments::GatewaySettings;
using payments::RefundService;
using storage::RefundRecord;
using storage::RefundRepository;

QJsonObject refundJson(const RefundRecord& r)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("transaction_id"), r.transactionId);
    o.insert(QStringLiteral("out_trade_no"), r.outTradeNo);
    o.insert(QStringLiteral("gateway"), r.gateway);
    o.insert(QStringLiteral("amount"), r.amount);
    o.insert(QStringLiteral("currency"), r.currency);
    o.insert(QStringLiteral("state"), r.state);
    o.insert(QStringLiteral("reason"), r.reason);
    o.insert(QStringLiteral("idempotency_key"), r.idempotencyKey);
    o.insert(QStringLiteral("gateway_refund_id"), r.gatewayRefundId);
    o.insert(QStringLiteral("requested_by"), r.requestedBy);
    o.insert(QStringLiteral("approved_by"), r.approvedBy);
    o.insert(QStringLiteral("attempts"), r.attempts);
    o.insert(QStringLiteral("last_error_code"), r.lastErrorCode);
    o.insert(QStringLiteral("last_error"), r.lastError);
    o.insert(QStringLiteral("created_at"), isoTime(r.createdAt));
    return o;
}

QString refundLine(const RefundRecord& r)
{
    QString line = Ctl::tr("Refund %1 of %2 %3 on %4 (%5): %6")
                       .arg(r.id, r.amount, r.currency, r.outTradeNo, r.gateway, r.state);
    if (!r.lastError.isEmpty() && r.state != QLatin1String("succeeded"))
        line += QStringLiteral(" — ") + r.lastError;
    return line + QLatin1Char('\n');
}

// The service on this process's connection, with the keychain's secrets; runs `work` and an
// event loop until it calls `quit`.
int withService(
    QSqlDatabase& db,
    const std::function<void(RefundService& service, std::function<void(int)> quit)>& work)
{
    secrets::KeychainSecretStore keychain;
    GatewaySettings settings(&keychain);
    QNetworkAccessManager network;
    RefundService service(RefundService::directRunner(db.connectionName()), &settings, &network);
    QEventLoop loop;
    int code = ExitOk;
    QTimer::singleShot(0, &loop, [&] {
        work(service, [&](int c) {
            code = c;
            loop.quit();
        });
    });
    loop.exec();
    return code;
}

// Sends an approved refund (or settles an open one) and prints where it ended.
int sendAndReport(QSqlDatabase& db, const QString& refundId, bool json)
{
    return withService(db, [&](RefundService& service, std::function<void(int)> quit) {
        service.process(refundId, [&db, refundId, json, quit](const RefundService::Result& r) {
            const RefundRecord after = RefundRepository::get(db, refundId);
            if (json)
                printOut(QString::fromUtf8(QJsonDocument(refundJson(after)).toJson()));
            else
                printOut(refundLine(after));
            if (r.error) {
                printError(r.message);
                quit(ExitFailure);
                return;
            }
            if (after.state == QLatin1String("unknown")) {
                printError(Ctl::tr("The gateway's answer was lost or could not be verified. The "
                                   "refund keeps its key and will be settled by \"paneldeskctl "
                                   "refund reconcile\" (or PanelDesk) without refunding twice."));
                quit(ExitFailure);
                return;
            }
            if (after.state == QLatin1String("failed")) {
                quit(ExitFailure);
                return;
            }
            if (r.skipped && !r.message.isEmpty() && after.state != QLatin1String("succeeded"))
                printError(r.message);
            // Approved but not sent (gateway not set up, keychain locked): the reconciler sends
            // it later, but this command did not do what it was asked.
            quit(after.state == QLatin1String("approved") ? ExitFailure : ExitOk);
        });
    });
}

int openChecked(CtlConnection& connection, QSqlDatabase* db)
{
    if (const int code = connection.open(db))
        return code;
    return CtlConnection::checkSchema(*db);
}

int cmdRefundCreate(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Asks for a refund of a payment and, when no approval is needed, sends it to "
                "the gateway at once. Above the approval threshold it waits for a second "
                "finance login (\"refund approve\")."));
    const QCommandLineOption txnOption(QStringLiteral("transaction"), Ctl::tr("The payment's id."),
                                       Ctl::tr("id"));
    const QCommandLineOption orderOption(QStringLiteral("order-no"),
                                         Ctl::tr("The payment's order number."), Ctl::tr("number"));
    const QCommandLineOption amountOption(QStringLiteral("amount"),
                                          Ctl::tr("How much to refund, e.g. 30.00, or \"all\" "
                                                  "for what is left."),
                                          Ctl::tr("amount"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), Ctl::tr("Why (required)."),
                                          Ctl::tr("text"));
    const QCommandLineOption noSendOption(QStringLiteral("no-send"),
                                          Ctl::tr("Only record the request; the reconciler sends "
                                                  "it later."));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({txnOption, orderOption, amountOption, reasonOption, noSendOption, json});
    if (const int code = parseCommand(
            parser, QStringLiteral("refund create"),
            QStringLiteral("paneldeskctl [connection options] refund create --transaction ID|"
                           "--order-no NO --amount A --reason R [--no-send] [--json]"),
            args, connection);
        code >= 0)
        return code;
    if (parser.isSet(txnOption) == parser.isSet(orderOption)) {
        printError(Ctl::tr("Give either --transaction or --order-no."));
        return ExitUsage;
    }
    if (!parser.isSet(amountOption) || parser.value(reasonOption).trimmed().isEmpty()) {
        printError(Ctl::tr("--amount and --reason are required."));
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    try {
        const QString txn = RefundRepository::findTransaction(
            db, parser.isSet(txnOption) ? parser.value(txnOption) : parser.value(orderOption));
        if (txn.isEmpty()) {
            printError(Ctl::tr("No payment has this id or order number."));
            return ExitNotFound;
        }
        const storage::RefundLimits limits = RefundRepository::limits(db, txn);
        QString amount = parser.value(amountOption).trimmed();
        if (amount == QLatin1String("all"))
            amount = limits.refundable;
        const auto money = domain::Money::parse(amount, limits.currency);
        if (!money) {
            printError(Ctl::tr("--amount must be a plain amount in %1 with at most %2 decimals.")
                           .arg(limits.currency)
                           .arg(domain::Money::exponentOf(limits.currency)));
            return ExitUsage;
        }
        const RefundRecord r = RefundRepository::request(db, txn, money->toDecimalString(),
                                                         parser.value(reasonOption));
        if (r.state != QLatin1String("approved") || parser.isSet(noSendOption)) {
            if (parser.isSet(json))
                printOut(QString::fromUtf8(QJsonDocument(refundJson(r)).toJson()));
            else
                printOut(refundLine(r));
            if (r.state == QLatin1String("awaiting_approval"))
                printOut(Ctl::tr("It is above the approval threshold: another finance login must "
                                 "run \"paneldeskctl refund approve %1\".\n")
                             .arg(r.id));
            return ExitOk;
        }
        return sendAndReport(db, r.id, parser.isSet(json));
    } catch (const storage::JobError& e) {
        printError(e.message);
        return ExitFailure;
    }
}

int cmdRefundApprove(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Approves a refund waiting for a second person (not the one who asked for it) "
                "and sends it to the gateway."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("ID"), Ctl::tr("The refund's id."));
    if (const int code = parseCommand(parser, QStringLiteral("refund approve"),
                                      QStringLiteral("paneldeskctl [connection options] refund "
                                                     "approve ID [--json]"),
                                      args, connection);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        printError(Ctl::tr("refund approve takes the refund's id."));
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    try {
        const RefundRecord r = RefundRepository::approve(db, parser.positionalArguments().first());
        return sendAndReport(db, r.id, parser.isSet(json));
    } catch (const storage::JobError& e) {
        printError(e.message);
        return storage::Database::sqlState(e.sqlError) == QLatin1String("P0002") ? ExitNotFound
                                                                                 : ExitFailure;
    }
}

int cmdRefundReject(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr("Turns down a refund waiting for approval."));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), Ctl::tr("Why."),
                                          Ctl::tr("text"));
    parser.addOption(reasonOption);
    parser.addPositionalArgument(QStringLiteral("ID"), Ctl::tr("The refund's id."));
    if (const int code = parseCommand(parser, QStringLiteral("refund reject"),
                                      QStringLiteral("paneldeskctl [connection options] refund "
                                                     "reject ID [--reason R]"),
                                      args, connection);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        printError(Ctl::tr("refund reject takes the refund's id."));
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    try {
        printOut(refundLine(RefundRepository::reject(db, parser.positionalArguments().first(),
                                                     parser.value(reasonOption))));
        return ExitOk;
    } catch (const storage::JobError& e) {
        printError(e.message);
        return ExitFailure;
    }
}

int cmdRefundSettle(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Settles by hand a sent refund whose outcome the gateway can no longer tell "
                "(unknown, processing), after you checked it in the gateway's own dashboard. "
                "\"failed\" frees its amount for another refund; use it only when you saw that "
                "no money moved."));
    const QCommandLineOption asOption(QStringLiteral("as"), Ctl::tr("succeeded or failed."),
                                      Ctl::tr("outcome"));
    const QCommandLineOption noteOption(QStringLiteral("note"),
                                        Ctl::tr("What you saw at the gateway (kept with the "
                                                "refund and in the audit log)."),
                                        Ctl::tr("text"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({asOption, noteOption, json});
    parser.addPositionalArgument(QStringLiteral("ID"), Ctl::tr("The refund's id."));
    if (const int code = parseCommand(parser, QStringLiteral("refund settle"),
                                      QStringLiteral("paneldeskctl [connection options] refund "
                                                     "settle ID --as succeeded|failed --note TEXT"),
                                      args, connection);
        code >= 0)
        return code;
    const QString outcome = parser.value(asOption);
    if (parser.positionalArguments().size() != 1 ||
        (outcome != QLatin1String("succeeded") && outcome != QLatin1String("failed")) ||
        parser.value(noteOption).trimmed().isEmpty()) {
        printError(Ctl::tr("refund settle takes the refund's id, --as succeeded or --as failed, "
                           "and a --note saying what you saw at the gateway."));
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    try {
        const RefundRecord r = RefundRepository::settleByHand(
            db, parser.positionalArguments().first(), outcome, parser.value(noteOption));
        if (parser.isSet(json))
            printOut(QString::fromUtf8(QJsonDocument(refundJson(r)).toJson()));
        else
            printOut(refundLine(r));
        return ExitOk;
    } catch (const storage::JobError& e) {
        printError(e.message);
        return storage::Database::sqlState(e.sqlError) == QLatin1String("P0002") ? ExitNotFound
                                                                                 : ExitFailure;
    }
}

// Pages through a table query like the dashboards do, up to `limit` rows.
QList<QVariantList> fetchRows(QSqlDatabase& db, const storage::TableQuery& query, qint64 limit)
{
    QList<QVariantList> rows;
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
    while (rows.size() > limit)
        rows.removeLast();
    return rows;
}

int printTable(const storage::TableQuery& query, const QList<QVariantList>& rows, bool json)
{
    if (json) {
        QJsonArray array;
        for (const QVariantList& row : rows) {
            QJsonObject o;
            o.insert(QStringLiteral("id"),
                     QUuid::fromString(row.last().toString()).toString(QUuid::WithoutBraces));
            for (int c = 0; c < query.columns.size(); ++c) {
                const storage::Column& column = query.columns.at(c);
                o.insert(column.key, jsonValue(row.at(c), column.kind));
                const int slot = query.currencySlot(c);
                if (slot >= 0)
                    o.insert(column.key + QStringLiteral("_currency"),
                             row.at(slot).toString().trimmed());
            }
            array.append(o);
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    QString out;
    for (const QVariantList& row : rows) {
        QStringList cells{QUuid::fromString(row.last().toString()).toString(QUuid::WithoutBraces)};
        for (int c = 0; c < query.columns.size(); ++c) {
            const QVariant& v = row.at(c);
            if (query.columns.at(c).kind == storage::ColumnKind::DateTime)
                cells << isoTime(v);
            else if (query.currencySlot(c) >= 0)
                cells << v.toString() + QLatin1Char(' ') +
                             row.at(query.currencySlot(c)).toString().trimmed();
            else
                cells << v.toString();
        }
        out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    out += QCoreApplication::translate("paneldeskctl", "(%n row(s))\n", nullptr, int(rows.size()));
    printOut(out);
    return ExitOk;
}

int cmdRefundList(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr("Lists refunds, newest first."));
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          Ctl::tr("Only refunds in this state (requested, "
                                                  "awaiting_approval, approved, rejected, "
                                                  "submitted, processing, succeeded, failed, "
                                                  "unknown)."),
                                          Ctl::tr("state"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         Ctl::tr("At most this many refunds (default 100)."),
                                         Ctl::tr("count"), QStringLiteral("100"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({statusOption, limitOption, json});
    if (const int code = parseCommand(parser, QStringLiteral("refund list"),
                                      QStringLiteral("paneldeskctl [connection options] refund "
                                                     "list [--status S] [--limit N] [--json]"),
                                      args, connection);
        code >= 0)
        return code;
    static const QStringList states{
        QStringLiteral("requested"), QStringLiteral("awaiting_approval"),
        QStringLiteral("approved"),  QStringLiteral("rejected"),
        QStringLiteral("submitted"), QStringLiteral("processing"),
        QStringLiteral("succeeded"), QStringLiteral("failed"),
        QStringLiteral("unknown")};
    const QString status = parser.value(statusOption);
    if (!status.isEmpty() && !states.contains(status)) {
        printError(Ctl::tr("--status must be one of: %1.").arg(states.join(QStringLiteral(", "))));
        return ExitUsage;
    }
    qint64 limit = 0;
    if (!parseInt(parser.value(limitOption), 1, 1000000, &limit)) {
        printError(Ctl::tr("--limit must be a number from 1 to 1,000,000."));
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    storage::TableQuery query = RefundRepository::listQuery(true);
    if (!status.isEmpty()) {
        query.where = QStringLiteral("r.state = ?");
        query.params = {status};
    }
    try {
        return printTable(query, fetchRows(db, query, limit), parser.isSet(json));
    } catch (const storage::JobError& e) {
        printError(e.message);
        return ExitFailure;
    }
}

int cmdRefundReconcile(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Settles open refunds (approved, submitted, processing, unknown) with their "
                "gateways, reusing each refund's key. Safe to run from several places at once."));
    const QCommandLineOption dueOption(QStringLiteral("due-only"),
                                       Ctl::tr("Only refunds whose next attempt is due (by "
                                               "default every open refund is settled now)."));
    parser.addOption(dueOption);
    if (const int code = parseCommand(parser, QStringLiteral("refund reconcile"),
                                      QStringLiteral("paneldeskctl [connection options] refund "
                                                     "reconcile [--due-only]"),
                                      args, connection);
        code >= 0)
        return code;
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    const bool all = !parser.isSet(dueOption);
    return withService(db, [&](RefundService& service, std::function<void(int)> quit) {
        service.reconcile(all, [&db, quit](const QList<RefundService::Result>& results) {
            int open = 0;
            bool error = false;
            for (const RefundService::Result& r : results) {
                if (r.refundId.isEmpty()) {
                    printError(r.message);
                    error = true;
                    continue;
                }
                const RefundRecord after = RefundRepository::get(db, r.refundId);
                printOut(refundLine(after));
                if (r.skipped && after.isOpen())
                    printOut(QStringLiteral("  ") + r.message + QLatin1Char('\n'));
                error = error || r.error;
                open += after.isOpen() ? 1 : 0;
            }
            printOut(
                Ctl::tr("%1 refund(s) looked at, %2 still open.\n").arg(results.size()).arg(open));
            quit(error ? ExitFailure : ExitOk);
        });
    });
}

int cmdRefundExport(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr("Writes the refunds of a period to a CSV file."));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        Ctl::tr("First day (YYYY-MM-DD, UTC)."), Ctl::tr("date"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), Ctl::tr("Day after the last (YYYY-MM-DD, UTC)."), Ctl::tr("date"));
    const QCommandLineOption outOption(QStringLiteral("output"), Ctl::tr("The CSV file."),
                                       Ctl::tr("file"));
    parser.addOptions({fromOption, toOption, outOption});
    if (const int code = parseCommand(parser, QStringLiteral("refund export"),
                                      QStringLiteral("paneldeskctl [connection options] refund "
                                                     "export --from D --to D --output FILE"),
                                      args, connection);
        code >= 0)
        return code;
    const QDate from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(toOption), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || to <= from || parser.value(outOption).isEmpty()) {
        printError(Ctl::tr("--from and --to must be dates (YYYY-MM-DD) with --to after --from, "
                           "and --output a file name."));
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    try {
        const auto query = storage::TransactionRepository::refundsOfPeriod(
            QDateTime(from, QTime(0, 0), Qt::UTC), QDateTime(to, QTime(0, 0), Qt::UTC), true);
        const auto result =
            storage::CsvExport::run(db, query, parser.value(outOption), {}, nullptr);
        printOut(
            Ctl::tr("%1 refund(s) written to %2.\n").arg(result.rows).arg(parser.value(outOption)));
        return ExitOk;
    } catch (const storage::JobError& e) {
        printError(e.message);
        return ExitFailure;
    }
}

int cmdRefundThreshold(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Shows the approval thresholds, or sets one (administrators): refunds above it "
                "need a second finance login's approval."));
    parser.addPositionalArgument(QStringLiteral("CURRENCY"), Ctl::tr("e.g. CNY"),
                                 QStringLiteral("[CURRENCY"));
    parser.addPositionalArgument(QStringLiteral("AMOUNT"), Ctl::tr("e.g. 500.00"),
                                 QStringLiteral("AMOUNT]"));
    if (const int code = parseCommand(parser, QStringLiteral("refund threshold"),
                                      QStringLiteral("paneldeskctl [connection options] refund "
                                                     "threshold [CURRENCY AMOUNT]"),
                                      args, connection);
        code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 0 && pos.size() != 2) {
        printError(
            Ctl::tr("refund threshold takes nothing (to show) or a currency and an amount."));
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    try {
        if (pos.size() == 2) {
            const QString currency = pos.at(0).toUpper();
            const auto money = domain::Money::parse(pos.at(1), currency);
            if (!money) {
                printError(Ctl::tr("The amount must be a plain amount in a known currency, such "
                                   "as CNY 500.00."));
                return ExitUsage;
            }
            RefundRepository::setThreshold(db, currency, money->toDecimalString());
        }
        const auto thresholds = RefundRepository::thresholds(db);
        QString out;
        for (auto it = thresholds.cbegin(); it != thresholds.cend(); ++it)
            out += it.key() + QLatin1Char(' ') + it.value() + QLatin1Char('\n');
        out += Ctl::tr("Refunds in other currencies always need approval.\n");
        printOut(out);
        return ExitOk;
    } catch (const storage::JobError& e) {
        printError(e.message);
        return ExitFailure;
    }
}

int cmdRefund(const QStringList& args, CtlConnection& connection)
{
    return dispatchActions(QStringLiteral("refund"), args, connection,
                           {{QStringLiteral("create"), cmdRefundCreate},
                            {QStringLiteral("approve"), cmdRefundApprove},
                            {QStringLiteral("reject"), cmdRefundReject},
                            {QStringLiteral("settle"), cmdRefundSettle},
                            {QStringLiteral("list"), cmdRefundList},
                            {QStringLiteral("reconcile"), cmdRefundReconcile},
                            {QStringLiteral("export"), cmdRefundExport},
                            {QStringLiteral("threshold"), cmdRefundThreshold}});
}

int cmdTransactionsList(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr("Lists payment transactions, newest first."));
    const QCommandLineOption gatewayOption(QStringLiteral("gateway"),
                                           QStringLiteral("alipay|wechat|stripe|paypal"),
                                           Ctl::tr("gateway"));
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          Ctl::tr("pending, completed, failed, "
                                                  "partially_refunded or refunded."),
                                          Ctl::tr("status"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), Ctl::tr("Created on or after (YYYY-MM-DD, UTC)."), Ctl::tr("date"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), Ctl::tr("Created before (YYYY-MM-DD, UTC)."), Ctl::tr("date"));
    const QCommandLineOption minOption(QStringLiteral("min-amount"), Ctl::tr("Smallest amount."),
                                       Ctl::tr("amount"));
    const QCommandLineOption maxOption(QStringLiteral("max-amount"), Ctl::tr("Largest amount."),
                                       Ctl::tr("amount"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        Ctl::tr("The user's id or the start of their email."),
                                        Ctl::tr("user"));
    const QCommandLineOption orderOption(
        QStringLiteral("order-no"), Ctl::tr("The start of the order number."), Ctl::tr("number"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         Ctl::tr("At most this many (default 100)."),
                                         Ctl::tr("count"), QStringLiteral("100"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({gatewayOption, statusOption, fromOption, toOption, minOption, maxOption,
                       userOption, orderOption, limitOption, json});
    if (const int code = parseCommand(
            parser, QStringLiteral("transactions list"),
            QStringLiteral("paneldeskctl [connection options] transactions list [--gateway G] "
                           "[--status S] [--from D] [--to D] [--min-amount A] [--max-amount A] "
                           "[--user U] [--order-no NO] [--limit N] [--json]"),
            args, connection);
        code >= 0)
        return code;
    storage::TransactionFilter f;
    f.gateway = parser.value(gatewayOption);
    if (!f.gateway.isEmpty() && !GatewayConfig::gateways().contains(f.gateway)) {
        printError(Ctl::tr("--gateway must be alipay, wechat, stripe or paypal."));
        return ExitUsage;
    }
    f.status = parser.value(statusOption);
    static const QStringList statuses{
        QStringLiteral("pending"), QStringLiteral("completed"), QStringLiteral("failed"),
        QStringLiteral("partially_refunded"), QStringLiteral("refunded")};
    if (!f.status.isEmpty() && !statuses.contains(f.status)) {
        printError(
            Ctl::tr("--status must be one of: %1.").arg(statuses.join(QStringLiteral(", "))));
        return ExitUsage;
    }
    for (const auto& [option, target] :
         {std::pair{&fromOption, &f.from}, std::pair{&toOption, &f.to}}) {
        if (parser.isSet(*option)) {
            const QDate d = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!d.isValid()) {
                printError(Ctl::tr("--from and --to must be dates as YYYY-MM-DD."));
                return ExitUsage;
            }
            *target = QDateTime(d, QTime(0, 0), Qt::UTC);
        }
    }
    static const QRegularExpression decimal(QStringLiteral("^[0-9]{1,15}(\\.[0-9]{1,4})?$"));
    f.minAmount = parser.value(minOption);
    f.maxAmount = parser.value(maxOption);
    if ((!f.minAmount.isEmpty() && !decimal.match(f.minAmount).hasMatch()) ||
        (!f.maxAmount.isEmpty() && !decimal.match(f.maxAmount).hasMatch())) {
        printError(Ctl::tr("--min-amount and --max-amount must be plain amounts such as 99.00."));
        return ExitUsage;
    }
    f.user = parser.value(userOption);
    f.orderNo = parser.value(orderOption);
    qint64 limit = 0;
    if (!parseInt(parser.value(limitOption), 1, 1000000, &limit)) {
        printError(Ctl::tr("--limit must be a number from 1 to 1,000,000."));
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    const storage::TableQuery query = storage::TransactionRepository::listQuery(f, true);
    try {
        return printTable(query, fetchRows(db, query, limit), parser.isSet(json));
    } catch (const storage::JobError& e) {
        printError(e.message);
        return ExitFailure;
    }
}

int cmdTransactions(const QStringList& args, CtlConnection& connection)
{
    return dispatchActions(QStringLiteral("transactions"), args, connection,
                           {{QStringLiteral("list"), cmdTransactionsList}});
}

QByteArray readFileOrStdin(const QString& path, QString* error)
{
    QFile f;
    if (path == QLatin1String("-")) {
        if (!f.open(stdin, QIODevice::ReadOnly)) {
            *error = Ctl::tr("Standard input cannot be read.");
            return {};
        }
    } else {
        f.setFileName(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = Ctl::tr("%1 cannot be read: %2.").arg(path, f.errorString());
            return {};
        }
    }
    return f.readAll();
}

int cmdGatewaySet(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Saves a gateway's settings on this computer: the secret (private key or API "
                "secret) in the OS keychain, the rest in PanelDesk's settings file."));
    const QCommandLineOption baseOption(QStringLiteral("base-url"),
                                        Ctl::tr("The API's https address."), Ctl::tr("url"));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           Ctl::tr("Use the gateway's sandbox address."));
    const QCommandLineOption productionOption(QStringLiteral("production"),
                                              Ctl::tr("Use the gateway's production address."));
    const QCommandLineOption appOption(
        QStringLiteral("app-id"), Ctl::tr("Alipay app id or PayPal client id."), Ctl::tr("id"));
    const QCommandLineOption mchOption(QStringLiteral("merchant-id"),
                                       Ctl::tr("WeChat Pay merchant id (mchid)."), Ctl::tr("id"));
    const QCommandLineOption serialOption(QStringLiteral("cert-serial"),
                                          Ctl::tr("WeChat Pay merchant certificate serial."),
                                          Ctl::tr("hex"));
    const QCommandLineOption keyIdOption(QStringLiteral("public-key-id"),
                                         Ctl::tr("WeChat Pay public key id or platform "
                                                 "certificate serial."),
                                         Ctl::tr("id"));
    const QCommandLineOption publicKeyOption(QStringLiteral("gateway-public-key"),
                                             Ctl::tr("PEM file of the Alipay public key or the "
                                                     "WeChat Pay public key/certificate."),
                                             Ctl::tr("file"));
    const QCommandLineOption privateKeyOption(QStringLiteral("private-key"),
                                              Ctl::tr("PEM file of the app / merchant private "
                                                      "key (\"-\": standard input)."),
                                              Ctl::tr("file"));
    const QCommandLineOption secretOption(QStringLiteral("api-secret-file"),
                                          Ctl::tr("File holding the Stripe secret key or the "
                                                  "PayPal client secret (\"-\": standard input)."),
                                          Ctl::tr("file"));
    const QCommandLineOption apiV3Option(
        QStringLiteral("api-v3-key-file"),
        Ctl::tr("File holding the WeChat Pay APIv3 key, 32 characters (\"-\": standard input). "
                "Needed without a PUB_KEY_ID_ public key id: PanelDesk then downloads WeChat "
                "Pay's platform certificates with it. Kept in the OS keychain only."),
        Ctl::tr("file"));
    const QCommandLineOption caOption(QStringLiteral("extra-ca"),
                                      Ctl::tr("PEM file of a CA to trust besides the system's "
                                              "(a sandbox's)."),
                                      Ctl::tr("file"));
    const QCommandLineOption testOption(QStringLiteral("test-order"),
                                        Ctl::tr("An order (or gateway payment id) that \"gateway "
                                                "check\" reads."),
                                        Ctl::tr("order"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout-ms"),
                                           Ctl::tr("How long to wait for an answer (default "
                                                   "30000)."),
                                           Ctl::tr("ms"));
    parser.addOptions({baseOption, sandboxOption, productionOption, appOption, mchOption,
                       serialOption, keyIdOption, publicKeyOption, privateKeyOption, secretOption,
                       apiV3Option, caOption, testOption, timeoutOption});
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 QStringLiteral("alipay|wechat|stripe|paypal"));
    if (const int code = parseCommand(parser, QStringLiteral("gateway set"),
                                      QStringLiteral("paneldeskctl gateway set NAME [--base-url "
                                                     "URL|--sandbox|--production] [key options]"),
                                      args, connection);
        code >= 0)
        return code;
    const QString name = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 || !GatewayConfig::gateways().contains(name)) {
        printError(Ctl::tr("gateway set takes one of alipay, wechat, stripe, paypal."));
        return ExitUsage;
    }
    GatewayConfig c = GatewaySettings::loadPublic(name);
    if (parser.isSet(baseOption))
        c.baseUrl = QUrl(parser.value(baseOption));
    else if (parser.isSet(sandboxOption))
        c.baseUrl = GatewayConfig::sandboxUrl(name);
    else if (parser.isSet(productionOption) || c.baseUrl.isEmpty())
        c.baseUrl = GatewayConfig::productionUrl(name);
    if (c.baseUrl.isEmpty()) {
        printError(
            Ctl::tr("%1 has no sandbox; give --base-url.").arg(GatewayConfig::displayName(name)));
        return ExitUsage;
    }
    if (parser.isSet(appOption))
        c.appId = parser.value(appOption);
    if (parser.isSet(mchOption))
        c.merchantId = parser.value(mchOption);
    if (parser.isSet(serialOption))
        c.certSerial = parser.value(serialOption);
    if (parser.isSet(keyIdOption))
        c.platformKeyId = parser.value(keyIdOption);
    if (parser.isSet(testOption))
        c.testOrder = parser.value(testOption);
    qint64 timeout = 0;
    if (parser.isSet(timeoutOption)) {
        if (!parseInt(parser.value(timeoutOption), 1000, 300000, &timeout)) {
            printError(Ctl::tr("--timeout-ms must be from 1000 to 300000."));
            return ExitUsage;
        }
        c.timeoutMs = int(timeout);
    }
    QString error;
    if (parser.isSet(publicKeyOption))
        c.gatewayPublicKeyPem = readFileOrStdin(parser.value(publicKeyOption), &error);
    if (error.isEmpty() && parser.isSet(caOption))
        c.extraCaPem = readFileOrStdin(parser.value(caOption), &error);
    if (error.isEmpty() && parser.isSet(privateKeyOption))
        c.privateKeyPem = readFileOrStdin(parser.value(privateKeyOption), &error);
    if (error.isEmpty() && parser.isSet(secretOption))
        c.apiSecret =
            QString::fromUtf8(readFileOrStdin(parser.value(secretOption), &error)).trimmed();
    if (error.isEmpty() && parser.isSet(apiV3Option)) {
        if (name != QLatin1String("wechat")) {
            printError(Ctl::tr("--api-v3-key-file is only for wechat."));
            return ExitUsage;
        }
        c.apiV3Key = readFileOrStdin(parser.value(apiV3Option), &error).trimmed();
    }
    if (!error.isEmpty()) {
        printError(error);
        return ExitUsage;
    }
    // A malformed key is refused before anything is saved; a missing secret may already be in
    // the keychain, so only what was given is checked here.
    const QStringList problems = c.problems(GatewayConfig::Secrets::MayBeStored);
    if (!problems.isEmpty()) {
        printError(Ctl::tr("Nothing was saved: %1").arg(problems.join(QLatin1Char(' '))));
        return ExitUsage;
    }
    secrets::KeychainSecretStore keychain;
    GatewaySettings settings(&keychain);
    QEventLoop loop;
    QString saveError;
    settings.save(c, &loop, [&](const QString& e) {
        saveError = e;
        loop.quit();
    });
    loop.exec();
    if (!saveError.isEmpty()) {
        printError(saveError);
        return ExitFailure;
    }
    printOut(Ctl::tr("%1 settings saved (%2).\n")
                 .arg(GatewayConfig::displayName(name), c.baseUrl.toString()));
    return ExitOk;
}

int cmdGatewayCheck(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Checks a gateway's settings and performs a signed payment query on the test "
                "order."));
    const QCommandLineOption orderOption(QStringLiteral("order"),
                                         Ctl::tr("The order to read (default: the saved test "
                                                 "order)."),
                                         Ctl::tr("order"));
    parser.addOption(orderOption);
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 QStringLiteral("alipay|wechat|stripe|paypal"));
    if (const int code = parseCommand(parser, QStringLiteral("gateway check"),
                                      QStringLiteral("paneldeskctl gateway check NAME [--order O]"),
                                      args, connection);
        code >= 0)
        return code;
    const QString name = parser.positionalArguments().value(0);
    if (!GatewayConfig::gateways().contains(name)) {
        printError(Ctl::tr("gateway check takes one of alipay, wechat, stripe, paypal."));
        return ExitUsage;
    }
    secrets::KeychainSecretStore keychain;
    GatewaySettings settings(&keychain);
    QNetworkAccessManager network;
    QEventLoop loop;
    int code = ExitOk;
    settings.load(name, &loop, [&](const GatewayConfig& c, const QString& error) {
        if (!error.isEmpty() || !c.problems().isEmpty()) {
            printError(error.isEmpty() ? c.problems().join(QLatin1Char(' ')) : error);
            code = ExitFailure;
            loop.quit();
            return;
        }
        const QString order =
            parser.value(orderOption).isEmpty() ? c.testOrder : parser.value(orderOption);
        if (order.isEmpty()) {
            printOut(Ctl::tr("The settings are complete. Give --order (or save --test-order) to "
                             "query a payment.\n"));
            loop.quit();
            return;
        }
        auto client = std::shared_ptr<payments::GatewayClient>(
            payments::GatewayClient::create(c, &network, domain::Clock::system()));
        const bool byGatewayId = name == QLatin1String("stripe") || name == QLatin1String("paypal");
        client->queryPayment(
            byGatewayId ? QString() : order, byGatewayId ? order : QString(),
            [&, client, order](const payments::GatewayAnswer& a) {
                if (a.outcome == payments::GatewayAnswer::Outcome::Succeeded) {
                    printOut(Ctl::tr("%1 answered with a verified payment query: "
                                     "%2 is %3.\n")
                                 .arg(GatewayConfig::displayName(name), order, a.paymentState));
                } else {
                    printError(Ctl::tr("The payment query failed: %1 %2").arg(a.code, a.message));
                    code = ExitFailure;
                }
                loop.quit();
            });
    });
    if (code == ExitOk)
        loop.exec();
    return code;
}

int cmdGatewayShow(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Shows a gateway's saved settings (never the secret)."));
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 QStringLiteral("alipay|wechat|stripe|paypal"));
    if (const int code =
            parseCommand(parser, QStringLiteral("gateway show"),
                         QStringLiteral("paneldeskctl gateway show NAME"), args, connection);
        code >= 0)
        return code;
    const QString name = parser.positionalArguments().value(0);
    if (!GatewayConfig::gateways().contains(name)) {
        printError(Ctl::tr("gateway show takes one of alipay, wechat, stripe, paypal."));
        return ExitUsage;
    }
    const GatewayConfig c = GatewaySettings::loadPublic(name);
    if (c.baseUrl.isEmpty()) {
        printOut(Ctl::tr("%1 is not configured.\n").arg(GatewayConfig::displayName(name)));
        return ExitNotFound;
    }
    printOut(Ctl::tr("base URL: %1\napp/client id: %2\nmerchant id: %3\ncertificate serial: %4\n"
                     "public key id: %5\ntest order: %6\ntimeout: %7 ms\n")
                 .arg(c.baseUrl.toString(), c.appId, c.merchantId, c.certSerial, c.platformKeyId,
                      c.testOrder)
                 .arg(c.timeoutMs));
    return ExitOk;
}

int cmdGateway(const QStringList& args, CtlConnection& connection)
{
    return dispatchActions(QStringLiteral("gateway"), args, connection,
                           {{QStringLiteral("set"), cmdGatewaySet},
                            {QStringLiteral("show"), cmdGatewayShow},
                            {QStringLiteral("check"), cmdGatewayCheck}});
}

} // namespace

QList<CtlCommand> paymentCommands()
{
    return {
        {QStringLiteral("refund"),
         Ctl::tr("  refund create|approve|reject|list      refunds through the gateways\n"
                 "  refund reconcile|settle                settle open refunds (by hand: settle)\n"
                 "  refund export|threshold                CSV of a period, approval threshold\n"),
         cmdRefund},
        {QStringLiteral("transactions"),
         Ctl::tr("  transactions list [filters] [--json]   list payment transactions\n"),
         cmdTransactions},
        {QStringLiteral("gateway"),
         Ctl::tr("  gateway set|show|check NAME            payment gateway settings\n"),
         cmdGateway},
    };
}

} // namespace pd::ctl
