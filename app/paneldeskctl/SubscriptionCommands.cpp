// plans list|create|update|deactivate|activate|delete, subscriptions list|show|assign|extend|
// change-plan|cancel|reset-quota|auto-renew, compensate, apikeys create|list|revoke and
// quota consume: each act is one call of an admin-only database function.

#include "SubscriptionCommands.h"

#include "domain/ByteSize.h"
#include "storage/ApiKeyStore.h"
#include "storage/CompensationJob.h"
#include "storage/DbWorker.h"
#include "storage/PlansRepository.h"
#include "storage/QuotaConsumer.h"
#include "storage/SubscriptionSql.h"
#include "storage/SubscriptionsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace pd::ctl {

namespace {

int openChecked(CtlConnection& connection, QSqlDatabase* db)
{
    if (const int code = connection.open(db))
        return code;
    return CtlConnection::checkSchema(*db);
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    printOut(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString timeText(const QDateTime& t, const QString& none)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : none;
}

// Columns padded to their widest cell, two spaces apart.
QString table(const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QStringList& cells : rows)
        for (int c = 0; c < cells.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = qMax(widths[c], int(cells.at(c).size()));
        }
    QString out;
    for (const QStringList& cells : rows) {
        QStringList padded;
        for (int c = 0; c < cells.size(); ++c)
            padded << cells.at(c).leftJustified(c + 1 < cells.size() ? widths[c] : 0);
        out += padded.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    return out;
}

// A user named by id or email; prints why not and returns ExitNotFound when there is none.
int resolveUser(QSqlDatabase& db, const QString& text, QUuid* id)
{
    const QUuid asId = QUuid::fromString(text);
    QSqlQuery q = storage::SubscriptionSql::exec(
        db,
        asId.isNull() ? QStringLiteral("SELECT id::text FROM users WHERE lower(email) = lower(?) "
                                       "AND deleted_at IS NULL")
                      : QStringLiteral("SELECT id::text FROM users WHERE id = ?::uuid AND "
                                       "deleted_at IS NULL"),
        {asId.isNull() ? text.trimmed() : idText(asId)});
    if (!q.next()) {
        printError(Ctl::tr("No user has the id or email \"%1\".").arg(text));
        return ExitNotFound;
    }
    *id = QUuid::fromString(q.value(0).toString());
    return ExitOk;
}

int resolvePlan(QSqlDatabase& db, const QString& text, storage::PlanRecord* plan)
{
    const QUuid asId = QUuid::fromString(text);
    const auto found = asId.isNull() ? storage::PlansRepository::findByName(db, text)
                                     : storage::PlansRepository::get(db, asId);
    if (!found) {
        printError(Ctl::tr("No plan has the name or id \"%1\". \"paneldeskctl plans list\" shows "
                           "them.")
                       .arg(text));
        return ExitNotFound;
    }
    *plan = *found;
    return ExitOk;
}

// A subscription by its id, or the active subscription of a user given by id or email.
int resolveSubscription(QSqlDatabase& db, const QString& text, QUuid* id)
{
    const QUuid asId = QUuid::fromString(text);
    if (!asId.isNull() && storage::SubscriptionsRepository::detail(db, asId)) {
        *id = asId;
        return ExitOk;
    }
    QUuid user;
    if (resolveUser(db, text, &user) != ExitOk) {
        printError(Ctl::tr("Name a subscription by its id, or by its user's id or email."));
        return ExitNotFound;
    }
    const auto active = storage::SubscriptionsRepository::activeOf(db, user);
    if (!active) {
        printError(Ctl::tr("The user \"%1\" has no active subscription.").arg(text));
        return ExitNotFound;
    }
    *id = active->id;
    return ExitOk;
}

QJsonObject planJson(const storage::PlanRecord& p)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), idText(p.id));
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("price"), p.price.toDecimalString());
    o.insert(QStringLiteral("currency"), p.price.currency());
    o.insert(QStringLiteral("billing_cycle"), p.billingCycle);
    o.insert(QStringLiteral("quota_type"), p.quotaType);
    o.insert(QStringLiteral("quota_limit"),
             p.quotaLimit ? QJsonValue(*p.quotaLimit) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("traffic_bytes"), p.trafficBytes);
    o.insert(QStringLiteral("reset_traffic"), p.resetTraffic);
    o.insert(QStringLiteral("node_group"), p.nodeGroup);
    o.insert(QStringLiteral("level"), p.level);
    o.insert(QStringLiteral("features"), QJsonArray::fromStringList(p.features));
    o.insert(QStringLiteral("active"), p.active);
    o.insert(QStringLiteral("subscribers"), p.subscribers);
    return o;
}

QJsonObject subscriptionJson(const storage::SubscriptionRecord& s)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), idText(s.id));
    o.insert(QStringLiteral("user_id"), idText(s.userId));
    o.insert(QStringLiteral("email"), s.userEmail);
    o.insert(QStringLiteral("plan_id"), idText(s.planId));
    o.insert(QStringLiteral("plan"), s.planName);
    o.insert(QStringLiteral("status"), s.status);
    o.insert(QStringLiteral("current_period_start"), timeText(s.periodStart, {}));
    o.insert(QStringLiteral("current_period_end"), s.periodEnd.isValid()
                                                       ? QJsonValue(timeText(s.periodEnd, {}))
                                                       : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("quota_used"), s.quotaUsed);
    o.insert(QStringLiteral("quota_limit"),
             s.quotaLimit ? QJsonValue(*s.quotaLimit) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("auto_renew"), s.autoRenew);
    o.insert(QStringLiteral("cancel_at_period_end"), s.cancelAtPeriodEnd);
    return o;
}

// ---- plans ----------------------------------------------------------------------------------

int cmdPlansList(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr("Lists every plan, active ones first."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (const int code = parseCommand(parser, QStringLiteral("plans list"),
                                      QStringLiteral("paneldeskctl [connection options] plans "
                                                     "list [--json]"),
                                      args, connection);
        code >= 0)
        return code;
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    QList<storage::PlanRecord> plans;
    try {
        plans = storage::PlansRepository::all(db);
    } catch (const storage::JobError& e) {
        printError(e.message);
        return ExitFailure;
    }
    std::stable_sort(plans.begin(), plans.end(),
                     [](const auto& a, const auto& b) { return a.active && !b.active; });
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const auto& p : std::as_const(plans))
            array.append(planJson(p));
        printJson(array);
        return ExitOk;
    }
    QList<QStringList> rows{{Ctl::tr("Id"), Ctl::tr("Name"), Ctl::tr("Price"), Ctl::tr("Cycle"),
                             Ctl::tr("Quota"), Ctl::tr("Traffic"), Ctl::tr("Subscribers"),
                             Ctl::tr("Active")}};
    for (const auto& p : std::as_const(plans))
        rows << QStringList{idText(p.id),
                            p.name,
                            p.price.toDecimalString() + QLatin1Char(' ') + p.price.currency(),
                            p.billingCycle,
                            p.quotaLimit ? QString::number(*p.quotaLimit) : Ctl::tr("unlimited"),
                            domain::bytes::format(p.trafficBytes),
                            QString::number(p.subscribers),
                            p.active ? Ctl::tr("yes") : Ctl::tr("no")};
    printOut(table(rows));
    return ExitOk;
}

// The options create and update share; applied onto `plan`. Returns -1 to go on, or an exit code.
struct PlanOptions
{
    QCommandLineOption price{QStringLiteral("price"),
                             Ctl::tr("Price as an exact decimal, such as 99.00."),
                             Ctl::tr("amount")};
    QCommandLineOption currency{QStringLiteral("currency"),
                                Ctl::tr("Currency code (CNY, USD, EUR, GBP, HKD, JPY, KRW)."),
                                Ctl::tr("code")};
    QCommandLineOption cycle{QStringLiteral("cycle"), Ctl::tr("monthly, yearly or lifetime."),
                             Ctl::tr("cycle")};
    QCommandLineOption quotaType{QStringLiteral("quota-type"),
                                 Ctl::tr("What the quota counts (processing_count)."),
                                 Ctl::tr("type")};
    QCommandLineOption quota{QStringLiteral("quota"),
                             Ctl::tr("Quota per period, or \"unlimited\"."), Ctl::tr("count")};
    QCommandLineOption traffic{QStringLiteral("traffic"),
                               Ctl::tr("Traffic per period, such as 200GiB."), Ctl::tr("size")};
    QCommandLineOption resetTraffic{QStringLiteral("reset-traffic"),
                                    Ctl::tr("Reset used traffic on assignment (yes or no)."),
                                    QStringLiteral("yes|no")};
    QCommandLineOption nodeGroup{QStringLiteral("node-group"),
                                 Ctl::tr("Node group granted (0-9999)."), Ctl::tr("group")};
    QCommandLineOption level{QStringLiteral("level"), Ctl::tr("Level granted (0-99)."),
                             Ctl::tr("level")};
    QCommandLineOption feature{QStringLiteral("feature"),
                               Ctl::tr("A feature line; repeat for more. Replaces the list."),
                               Ctl::tr("text")};
    QCommandLineOption noFeatures{QStringLiteral("no-features"), Ctl::tr("Clear the features.")};
    QCommandLineOption json = jsonOption();

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({price, currency, cycle, quotaType, quota, traffic, resetTraffic,
                           nodeGroup, level, feature, noFeatures, json});
    }

    int apply(const QCommandLineParser& parser, storage::PlanRecord* plan) const
    {
        const QString currencyCode = parser.isSet(currency)
                                         ? parser.value(currency).trimmed().toUpper()
                                         : plan->price.currency();
        const QString priceText =
            parser.isSet(price) ? parser.value(price) : plan->price.toDecimalString();
        QString problem;
        const auto money = storage::PlansRepository::parsePrice(priceText, currencyCode, &problem);
        if (!money) {
            printError(Ctl::tr("--price: %1").arg(problem));
            return ExitUsage;
        }
        plan->price = *money;
        if (parser.isSet(cycle))
            plan->billingCycle = parser.value(cycle);
        if (parser.isSet(quotaType))
            plan->quotaType = parser.value(quotaType);
        if (parser.isSet(quota)) {
            qint64 v = 0;
            if (parser.value(quota) == QLatin1String("unlimited")) {
                plan->quotaLimit.reset();
            } else if (parseInt(parser.value(quota), 0, std::numeric_limits<int>::max(), &v)) {
                plan->quotaLimit = int(v);
            } else {
                printError(Ctl::tr("--quota must be a whole number or \"unlimited\"."));
                return ExitUsage;
            }
        }
        if (parser.isSet(traffic)) {
            const auto bytes = domain::bytes::parse(parser.value(traffic));
            if (!bytes) {
                printError(Ctl::tr("--traffic must be a size such as 200GiB."));
                return ExitUsage;
            }
            plan->trafficBytes = *bytes;
        }
        if (parser.isSet(resetTraffic)) {
            const QString v = parser.value(resetTraffic);
            if (v != QLatin1String("yes") && v != QLatin1String("no")) {
                printError(Ctl::tr("--reset-traffic must be yes or no."));
                return ExitUsage;
            }
            plan->resetTraffic = v == QLatin1String("yes");
        }
        qint64 v = 0;
        if (parser.isSet(nodeGroup)) {
            if (!parseInt(parser.value(nodeGroup), 0, 9999, &v)) {
                printError(Ctl::tr("--node-group must be a number from 0 to 9999."));
                return ExitUsage;
            }
            plan->nodeGroup = int(v);
        }
        if (parser.isSet(level)) {
            if (!parseInt(parser.value(level), 0, 99, &v)) {
                printError(Ctl::tr("--level must be a number from 0 to 99."));
                return ExitUsage;
            }
            plan->level = int(v);
        }
        if (parser.isSet(noFeatures))
            plan->features.clear();
        if (parser.isSet(feature))
            plan->features = parser.values(feature);
        const QStringList problems = storage::PlansRepository::validate(*plan);
        if (!problems.isEmpty()) {
            printError(problems.join(QLatin1Char(' ')));
            return ExitUsage;
        }
        return -1;
    }
};

int savePlan(QSqlDatabase& db, const storage::PlanRecord& plan, bool json)
{
    try {
        const storage::PlanRecord saved = storage::PlansRepository::save(db, plan);
        if (json)
            printJson(planJson(saved));
        else
            printOut(Ctl::tr("Saved plan %1 (%2).\n").arg(saved.name, idText(saved.id)));
    } catch (const storage::JobError& e) {
        printError(e.message);
        return ExitFailure;
    }
    return ExitOk;
}

int cmdPlansCreate(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr("Creates a plan."));
    PlanOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), Ctl::tr("The plan's unique name."));
    if (const int code = parseCommand(
            parser, QStringLiteral("plans create"),
            QStringLiteral("paneldeskctl [connection options] plans create NAME --price AMOUNT "
                           "[--currency CNY] [--cycle monthly|yearly|lifetime] [--quota N|"
                           "unlimited] [--traffic SIZE] [--node-group N] [--level N] "
                           "[--feature TEXT]… [--json]"),
            args, connection);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(options.price)) {
        printError(Ctl::tr("plans create needs a NAME and --price. Try \"paneldeskctl plans "
                           "create --help\"."));
        return ExitUsage;
    }
    storage::PlanRecord plan;
    plan.name = parser.positionalArguments().constFirst();
    plan.price = domain::Money(0, QStringLiteral("CNY"));
    if (const int code = options.apply(parser, &plan); code >= 0)
        return code;
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    return savePlan(db, plan, parser.isSet(options.json));
}

int cmdPlansUpdate(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr("Changes the given fields of a plan."));
    PlanOptions options;
    options.addTo(parser);
    const QCommandLineOption rename(QStringLiteral("name"), Ctl::tr("A new name."),
                                    Ctl::tr("name"));
    parser.addOption(rename);
    parser.addPositionalArgument(QStringLiteral("PLAN"), Ctl::tr("The plan's name or id."));
    if (const int code =
            parseCommand(parser, QStringLiteral("plans update"),
                         QStringLiteral("paneldeskctl [connection options] plans update PLAN "
                                        "[--name NAME] [--price AMOUNT] [--currency C] "
                                        "[--cycle C] [--quota N|unlimited] [--traffic SIZE] "
                                        "[--node-group N] [--level N] [--feature TEXT]… [--json]"),
                         args, connection);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        printError(Ctl::tr("plans update needs one PLAN (name or id)."));
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    storage::PlanRecord plan;
    try {
        if (const int code = resolvePlan(db, parser.positionalArguments().constFirst(), &plan))
            return code;
    } catch (const storage::JobError& e) {
        printError(e.message);
        return ExitFailure;
    }
    if (parser.isSet(rename))
        plan.name = parser.value(rename);
    if (const int code = options.apply(parser, &plan); code >= 0)
        return code;
    return savePlan(db, plan, parser.isSet(options.json));
}

// plans deactivate|activate|delete PLAN
int planAct(const QStringList& args, CtlConnection& connection, const QString& action)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        action == QLatin1String("delete")
            ? Ctl::tr("Deletes a plan no subscription ever used; others can only be deactivated.")
            : Ctl::tr("Deactivates or activates a plan: an inactive plan cannot be assigned, its "
                      "subscribers keep it."));
    parser.addPositionalArgument(QStringLiteral("PLAN"), Ctl::tr("The plan's name or id."));
    if (const int code = parseCommand(parser, QStringLiteral("plans ") + action,
                                      QStringLiteral("paneldeskctl [connection options] plans "
                                                     "%1 PLAN")
                                          .arg(action),
                                      args, connection);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        printError(Ctl::tr("plans %1 needs one PLAN (name or id).").arg(action));
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    try {
        storage::PlanRecord plan;
        if (const int code = resolvePlan(db, parser.positionalArguments().constFirst(), &plan))
            return code;
        if (action == QLatin1String("delete")) {
            storage::PlansRepository::remove(db, plan.id);
            printOut(Ctl::tr("Deleted plan %1.\n").arg(plan.name));
        } else {
            storage::PlansRepository::setActive(db, plan.id, action == QLatin1String("activate"));
            printOut(action == QLatin1String("activate")
                         ? Ctl::tr("Plan %1 is active.\n").arg(plan.name)
                         : Ctl::tr("Plan %1 is inactive; its %2 subscriber(s) keep it.\n")
                               .arg(plan.name)
                               .arg(plan.subscribers));
        }
    } catch (const storage::JobError& e) {
        printError(e.message);
        return ExitFailure;
    }
    return ExitOk;
}

int cmdPlansDeactivate(const QStringList& args, CtlConnection& connection)
{
    return planAct(args, connection, QStringLiteral("deactivate"));
}

int cmdPlansActivate(const QStringList& args, CtlConnection& connection)
{
    return planAct(args, connection, QStringLiteral("activate"));
}

int cmdPlansDelete(const QStringList& args, CtlConnection& connection)
{
    return planAct(args, connection, QStringLiteral("delete"));
}

int cmdPlans(const QStringList& args, CtlConnection& connection)
{
    return dispatchActions(QStringLiteral("plans"), args, connection,
                           {{QStringLiteral("list"), cmdPlansList},
                            {QStringLiteral("create"), cmdPlansCreate},
                            {QStringLiteral("update"), cmdPlansUpdate},
                            {QStringLiteral("deactivate"), cmdPlansDeactivate},
                            {QStringLiteral("activate"), cmdPlansActivate},
                            {QStringLiteral("delete"), cmdPlansDelete}});
}

// ---- subscriptions --------------------------------------------------------------------------

int cmdSubscriptionsList(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr("Lists subscriptions, newest first."));
    const QCommandLineOption status(QStringLiteral("status"),
                                    Ctl::tr("Only active, cancelled or expired ones."),
                                    Ctl::tr("status"));
    const QCommandLineOption plan(QStringLiteral("plan"), Ctl::tr("Only this plan (name or id)."),
                                  Ctl::tr("plan"));
    const QCommandLineOption expiring(QStringLiteral("expiring-within"),
                                      Ctl::tr("Only active ones ending within N days."),
                                      Ctl::tr("days"));
    const QCommandLineOption quotaAbove(QStringLiteral("quota-above"),
                                        Ctl::tr("Only those that used at least N % of the quota."),
                                        Ctl::tr("percent"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    Ctl::tr("Only users whose email starts with this text."),
                                    Ctl::tr("text"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Ctl::tr("At most this many (default 50)."), Ctl::tr("count"),
                                   QStringLiteral("50"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({status, plan, expiring, quotaAbove, search, limit, json});
    if (const int code = parseCommand(
            parser, QStringLiteral("subscriptions list"),
            QStringLiteral("paneldeskctl [connection options] subscriptions list [--status S] "
                           "[--plan P] [--expiring-within N] [--quota-above N] [--search S] "
                           "[--limit N] [--json]"),
            args, connection);
        code >= 0)
        return code;
    storage::SubscriptionFilter filter;
    qint64 v = 0;
    if (parser.isSet(status)) {
        filter.status = parser.value(status);
        if (filter.status != QLatin1String("active") &&
            filter.status != QLatin1String("cancelled") &&
            filter.status != QLatin1String("expired")) {
            printError(Ctl::tr("--status must be active, cancelled or expired."));
            return ExitUsage;
        }
    }
    if (parser.isSet(expiring)) {
        if (!parseInt(parser.value(expiring), 1, 3650, &v)) {
            printError(Ctl::tr("--expiring-within must be a number of days from 1 to 3650."));
            return ExitUsage;
        }
        filter.expiringWithin = int(v);
    }
    if (parser.isSet(quotaAbove)) {
        if (!parseInt(parser.value(quotaAbove), 0, 100, &v)) {
            printError(Ctl::tr("--quota-above must be a percentage from 0 to 100."));
            return ExitUsage;
        }
        filter.quotaAbove = int(v);
    }
    filter.userSearch = parser.value(search);
    qint64 max = 0;
    if (!parseInt(parser.value(limit), 1, 1000000, &max)) {
        printError(Ctl::tr("--limit must be a number from 1 to 1,000,000."));
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    QList<storage::SubscriptionRecord> records;
    try {
        if (parser.isSet(plan)) {
            storage::PlanRecord p;
            if (const int code = resolvePlan(db, parser.value(plan), &p))
                return code;
            filter.planId = p.id;
        }
        const storage::TableQuery query = storage::SubscriptionsRepository::listQuery(filter);
        QVariant sortKey, id;
        QList<QUuid> ids;
        while (ids.size() < max) {
            const storage::Page page = storage::KeysetPager::fetch(
                db, query, sortKey, id, int(qMin<qint64>(1000, max - ids.size())), false);
            for (const QVariantList& row : page.rows)
                ids << QUuid::fromString(row.last().toString());
            if (page.rows.isEmpty() || page.reachedEnd)
                break;
            sortKey = page.rows.last().at(page.rows.last().size() - 2);
            id = page.rows.last().last();
        }
        while (ids.size() > max)
            ids.removeLast();
        for (qsizetype i = 0; i < ids.size(); i += 1000)
            records += storage::SubscriptionsRepository::byIds(db, ids.mid(i, 1000));
    } catch (const storage::JobError& e) {
        printError(e.message);
        return ExitFailure;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const auto& s : std::as_const(records))
            array.append(subscriptionJson(s));
        printJson(array);
        return ExitOk;
    }
    QList<QStringList> rows{{Ctl::tr("Id"), Ctl::tr("User"), Ctl::tr("Plan"), Ctl::tr("Status"),
                             Ctl::tr("Period end"), Ctl::tr("Quota"), Ctl::tr("Auto-renew")}};
    for (const auto& s : std::as_const(records))
        rows << QStringList{idText(s.id),
                            s.userEmail,
                            s.planName,
                            s.status,
                            timeText(s.periodEnd, Ctl::tr("lifetime")),
                            s.quotaLimit
                                ? QStringLiteral("%1/%2").arg(s.quotaUsed).arg(*s.quotaLimit)
                                : QStringLiteral("%1/-").arg(s.quotaUsed),
                            s.autoRenew ? Ctl::tr("yes") : Ctl::tr("no")};
    printOut(table(rows) + QCoreApplication::translate("paneldeskctl", "(%n subscription(s))\n",
                                                       nullptr, int(records.size())));
    return ExitOk;
}

int cmdSubscriptionsAssign(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Assigns a plan to a user in one transaction: charged to the user's balance "
                "(--charge; refused when short, nothing changed) or given with a reason "
                "(--grant)."));
    const QCommandLineOption charge(QStringLiteral("charge"),
                                    Ctl::tr("Take the price from the user's balance."));
    const QCommandLineOption grant(QStringLiteral("grant"),
                                   Ctl::tr("Give it without charge, for this reason."),
                                   Ctl::tr("reason"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({charge, grant, json});
    parser.addPositionalArgument(QStringLiteral("USER"), Ctl::tr("The user's id or email."));
    parser.addPositionalArgument(QStringLiteral("PLAN"), Ctl::tr("The plan's name or id."));
    if (const int code = parseCommand(parser, QStringLiteral("subscriptions assign"),
                                      QStringLiteral("paneldeskctl [connection options] "
                                                     "subscriptions assign USER PLAN "
                                                     "(--charge | --grant REASON) [--json]"),
                                      args, connection);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 2 || parser.isSet(charge) == parser.isSet(grant)) {
        printError(Ctl::tr("subscriptions assign needs USER, PLAN and either --charge or --grant "
                           "REASON."));
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    try {
        QUuid user;
        storage::PlanRecord plan;
        if (const int code = resolveUser(db, parser.positionalArguments().at(0), &user))
            return code;
        if (const int code = resolvePlan(db, parser.positionalArguments().at(1), &plan))
            return code;
        const QUuid sub = storage::SubscriptionsRepository::assign(
            db, user, plan.id, parser.isSet(charge), parser.value(grant));
        const auto d = storage::SubscriptionsRepository::detail(db, sub);
        if (parser.isSet(json) && d)
            printJson(subscriptionJson(d->subscription));
        else
            printOut(
                Ctl::tr("Assigned %1 to %2: subscription %3.\n")
                    .arg(plan.name, d ? d->subscription.userEmail : idText(user), idText(sub)));
    } catch (const storage::JobError& e) {
        printError(e.message);
        return ExitFailure;
    }
    return ExitOk;
}

// subscriptions extend|cancel|reset-quota|change-plan|auto-renew SUBSCRIPTION …
int subscriptionAct(const QStringList& args, CtlConnection& connection, const QString& action)
{
    QCommandLineParser parser;
    const QCommandLineOption days(QStringLiteral("days"), Ctl::tr("How many days to add."),
                                  Ctl::tr("days"));
    const QCommandLineOption atEnd(QStringLiteral("at-period-end"),
                                   Ctl::tr("End it when the period ends instead of now."));
    QString usage = QStringLiteral("paneldeskctl [connection options] subscriptions %1 "
                                   "SUBSCRIPTION")
                        .arg(action);
    int needed = 1;
    if (action == QLatin1String("extend")) {
        parser.setApplicationDescription(Ctl::tr("Adds days to a subscription's period."));
        parser.addOption(days);
        usage += QStringLiteral(" --days N");
    } else if (action == QLatin1String("cancel")) {
        parser.setApplicationDescription(Ctl::tr("Cancels a subscription now or at period end."));
        parser.addOption(atEnd);
        usage += QStringLiteral(" [--at-period-end]");
    } else if (action == QLatin1String("reset-quota")) {
        parser.setApplicationDescription(Ctl::tr("Sets the quota used back to 0."));
    } else if (action == QLatin1String("change-plan")) {
        parser.setApplicationDescription(
            Ctl::tr("Moves a subscription to another plan; a new period starts now and no money "
                    "moves."));
        parser.addPositionalArgument(QStringLiteral("PLAN"), Ctl::tr("The new plan."));
        usage += QStringLiteral(" PLAN");
        needed = 2;
    } else {
        parser.setApplicationDescription(Ctl::tr("Turns auto-renew on or off."));
        parser.addPositionalArgument(QStringLiteral("on|off"), Ctl::tr("The new setting."));
        usage += QStringLiteral(" on|off");
        needed = 2;
    }
    parser.addPositionalArgument(QStringLiteral("SUBSCRIPTION"),
                                 Ctl::tr("The subscription's id, or its user's id or email."));
    if (const int code = parseCommand(parser, QStringLiteral("subscriptions ") + action, usage,
                                      args, connection);
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    qint64 n = 0;
    if (positional.size() != needed ||
        (action == QLatin1String("extend") && !parseInt(parser.value(days), 1, 3650, &n)) ||
        (action == QLatin1String("auto-renew") && positional.value(1) != QLatin1String("on") &&
         positional.value(1) != QLatin1String("off"))) {
        printError(Ctl::tr("Usage: %1").arg(usage));
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    try {
        QUuid sub;
        if (const int code = resolveSubscription(db, positional.at(0), &sub))
            return code;
        if (action == QLatin1String("extend")) {
            const QDateTime end = storage::SubscriptionsRepository::extend(db, sub, int(n));
            printOut(Ctl::tr("Extended until %1.\n").arg(timeText(end, {})));
        } else if (action == QLatin1String("cancel")) {
            storage::SubscriptionsRepository::cancel(db, sub, parser.isSet(atEnd));
            printOut(parser.isSet(atEnd) ? Ctl::tr("It ends with its period and will not renew.\n")
                                         : Ctl::tr("Cancelled.\n"));
        } else if (action == QLatin1String("reset-quota")) {
            storage::SubscriptionsRepository::resetQuota(db, sub);
            printOut(Ctl::tr("The quota was reset.\n"));
        } else if (action == QLatin1String("change-plan")) {
            storage::PlanRecord plan;
            if (const int code = resolvePlan(db, positional.at(1), &plan))
                return code;
            const auto before = storage::SubscriptionsRepository::detail(db, sub);
            storage::SubscriptionsRepository::changePlan(db, sub, plan.id);
            const domain::Money unused =
                before ? storage::SubscriptionsRepository::unusedValue(
                             before->subscription, QDateTime::currentDateTimeUtc())
                       : domain::Money();
            printOut(Ctl::tr("Moved to %1.\n").arg(plan.name));
            if (unused.isValid())
                printOut(Ctl::tr("Note: the unused part of the old period was worth about %1 %2 "
                                 "pro rata; no money was moved.\n")
                             .arg(unused.toDecimalString(), unused.currency()));
        } else {
            storage::SubscriptionsRepository::setAutoRenew(db, sub,
                                                           positional.at(1) == QLatin1String("on"));
            printOut(Ctl::tr("Auto-renew is %1.\n").arg(positional.at(1)));
        }
    } catch (const storage::JobError& e) {
        printError(e.message);
        return ExitFailure;
    }
    return ExitOk;
}

int cmdSubscriptionsExtend(const QStringList& args, CtlConnection& c)
{
    return subscriptionAct(args, c, QStringLiteral("extend"));
}
int cmdSubscriptionsCancel(const QStringList& args, CtlConnection& c)
{
    return subscriptionAct(args, c, QStringLiteral("cancel"));
}
int cmdSubscriptionsResetQuota(const QStringList& args, CtlConnection& c)
{
    return subscriptionAct(args, c, QStringLiteral("reset-quota"));
}
int cmdSubscriptionsChangePlan(const QStringList& args, CtlConnection& c)
{
    return subscriptionAct(args, c, QStringLiteral("change-plan"));
}
int cmdSubscriptionsAutoRenew(const QStringList& args, CtlConnection& c)
{
    return subscriptionAct(args, c, QStringLiteral("auto-renew"));
}

int cmdSubscriptions(const QStringList& args, CtlConnection& connection)
{
    return dispatchActions(QStringLiteral("subscriptions"), args, connection,
                           {{QStringLiteral("list"), cmdSubscriptionsList},
                            {QStringLiteral("assign"), cmdSubscriptionsAssign},
                            {QStringLiteral("extend"), cmdSubscriptionsExtend},
                            {QStringLiteral("change-plan"), cmdSubscriptionsChangePlan},
                            {QStringLiteral("cancel"), cmdSubscriptionsCancel},
                            {QStringLiteral("reset-quota"), cmdSubscriptionsResetQuota},
                            {QStringLiteral("auto-renew"), cmdSubscriptionsAutoRenew}});
}

// ---- compensate -----------------------------------------------------------------------------

int cmdCompensate(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Gives days and/or traffic to the users a filter selects (the Users page's "
                "filters), in one transaction, with one audit row per changed row and one "
                "summary. Prints the preview first; --dry-run stops there."));
    const QCommandLineOption search(QStringLiteral("search"),
                                    Ctl::tr("Users whose email, username or id starts with this."),
                                    Ctl::tr("text"));
    const QCommandLineOption state(QStringLiteral("state"), Ctl::tr("active or banned users."),
                                   QStringLiteral("active|banned"));
    const QCommandLineOption plan(QStringLiteral("plan"),
                                  Ctl::tr("Users with an active subscription on this plan."),
                                  Ctl::tr("plan"));
    const QCommandLineOption group(QStringLiteral("node-group"),
                                   Ctl::tr("Users in this node group."), Ctl::tr("group"));
    const QCommandLineOption subscribed(QStringLiteral("subscribed"),
                                        Ctl::tr("Users with an active subscription on any plan."));
    const QCommandLineOption over(QStringLiteral("over-quota"),
                                  Ctl::tr("Users over their traffic quota."));
    const QCommandLineOption all(QStringLiteral("all"),
                                 Ctl::tr("Every user (needed when no filter is given)."));
    const QCommandLineOption filterJson(
        QStringLiteral("filter"),
        Ctl::tr("The filter as JSON, in the shape the summary audit entry records, such as "
                "{\"node_group\": 2, \"subscribed\": true}; instead of the options above."),
        QStringLiteral("json"));
    const QCommandLineOption days(QStringLiteral("days"), Ctl::tr("Days to add."), Ctl::tr("days"),
                                  QStringLiteral("0"));
    const QCommandLineOption gib(QStringLiteral("gib"), Ctl::tr("GiB of traffic to add."),
                                 Ctl::tr("GiB"), QStringLiteral("0"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Ctl::tr("Only show who would get what."));
    const QCommandLineOption json = jsonOption();
    parser.addOptions(
        {search, state, plan, subscribed, group, over, all, filterJson, days, gib, dryRun, json});
    if (const int code = parseCommand(
            parser, QStringLiteral("compensate"),
            QStringLiteral("paneldeskctl [connection options] compensate [--search S] "
                           "[--state active|banned] [--plan P] [--subscribed] [--node-group N] "
                           "[--over-quota] "
                           "[--all | --filter JSON] [--days N] [--gib N] [--dry-run] [--json]"),
            args, connection);
        code >= 0)
        return code;
    storage::CompensationRequest request;
    request.filter.search = parser.value(search);
    if (parser.isSet(state)) {
        if (parser.value(state) == QLatin1String("active"))
            request.filter.state = storage::UserFilter::State::Active;
        else if (parser.value(state) == QLatin1String("banned"))
            request.filter.state = storage::UserFilter::State::Banned;
        else {
            printError(Ctl::tr("--state must be active or banned."));
            return ExitUsage;
        }
    }
    qint64 v = 0;
    if (parser.isSet(group)) {
        if (!parseInt(parser.value(group), 0, 9999, &v)) {
            printError(Ctl::tr("--node-group must be a number from 0 to 9999."));
            return ExitUsage;
        }
        request.filter.nodeGroup = int(v);
    }
    request.filter.overQuota = parser.isSet(over);
    request.filter.subscribed = parser.isSet(subscribed);
    if (!parseInt(parser.value(days), 0, 3650, &v)) {
        printError(Ctl::tr("--days must be a number from 0 to 3650."));
        return ExitUsage;
    }
    request.days = int(v);
    if (!parseInt(parser.value(gib), 0, 1024 * 1024, &v)) {
        printError(Ctl::tr("--gib must be a whole number of GiB up to 1 PiB."));
        return ExitUsage;
    }
    request.bytes = v * domain::bytes::GiB;
    const bool filtered = !request.filter.search.trimmed().isEmpty() || parser.isSet(state) ||
                          parser.isSet(plan) || parser.isSet(subscribed) || parser.isSet(group) ||
                          parser.isSet(over);
    if (parser.isSet(filterJson)) {
        if (filtered || parser.isSet(all)) {
            printError(Ctl::tr("--filter replaces the other filter options and --all; give "
                               "one or the other."));
            return ExitUsage;
        }
        QJsonParseError parseError;
        const QJsonDocument doc =
            QJsonDocument::fromJson(parser.value(filterJson).toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            printError(Ctl::tr("--filter must be a JSON object, such as {\"node_group\": 2}."));
            return ExitUsage;
        }
        QString problem;
        const auto parsed = storage::CompensationJob::filterFromJson(doc.object(), &problem);
        if (!parsed) {
            printError(Ctl::tr("--filter is not usable. %1").arg(problem));
            return ExitUsage;
        }
        request.filter = *parsed;
    } else if (!filtered && !parser.isSet(all)) {
        printError(Ctl::tr("Give a filter, or --all to compensate every user."));
        return ExitUsage;
    }
    if (const QString problem = storage::CompensationJob::validate(request); !problem.isEmpty()) {
        printError(problem);
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    try {
        if (parser.isSet(plan)) {
            storage::PlanRecord p;
            if (const int code = resolvePlan(db, parser.value(plan), &p))
                return code;
            request.filter.planId = p.id;
        }
        const auto preview = storage::CompensationJob::preview(db, request);
        QJsonObject out;
        out.insert(QStringLiteral("filter"), storage::CompensationJob::filterJson(request.filter));
        out.insert(QStringLiteral("days"), request.days);
        out.insert(QStringLiteral("bytes"), request.bytes);
        out.insert(QStringLiteral("users"), preview.users);
        QJsonArray sample;
        QList<QStringList> rows{{Ctl::tr("User"), Ctl::tr("Expiry"), Ctl::tr("Quota")}};
        for (const auto& r : preview.sample) {
            QJsonObject s;
            s.insert(QStringLiteral("email"), r.email);
            s.insert(QStringLiteral("expiry_before"), timeText(r.expiryBefore, {}));
            s.insert(QStringLiteral("expiry_after"), timeText(r.expiryAfter, {}));
            s.insert(QStringLiteral("quota_before"), r.quotaBefore);
            s.insert(QStringLiteral("quota_after"), r.quotaAfter);
            sample.append(s);
            rows << QStringList{
                r.email,
                QStringLiteral("%1 → %2").arg(timeText(r.expiryBefore, Ctl::tr("none")),
                                              timeText(r.expiryAfter, Ctl::tr("none"))),
                QStringLiteral("%1 → %2").arg(domain::bytes::format(r.quotaBefore),
                                              domain::bytes::format(r.quotaAfter))};
        }
        out.insert(QStringLiteral("sample"), sample);
        if (!parser.isSet(json))
            printOut(Ctl::tr("%1 user(s) selected. A sample:\n").arg(preview.users) + table(rows));
        if (parser.isSet(dryRun) || preview.users == 0) {
            out.insert(QStringLiteral("applied"), false);
            if (parser.isSet(json))
                printJson(out);
            return ExitOk;
        }
        // Exactly the users counted above, or nothing: the selection may move meanwhile.
        request.expectedUsers = preview.users;
        const auto result =
            storage::CompensationJob::apply(db, request, [](qint64 done, qint64 total) {
                printError(Ctl::tr("compensated %1 of %2").arg(done).arg(total));
            });
        out.insert(QStringLiteral("applied"), true);
        out.insert(QStringLiteral("changed"), result.users);
        out.insert(QStringLiteral("audit_id"), result.auditId);
        if (parser.isSet(json))
            printJson(out);
        else
            printOut(Ctl::tr("Compensated %1 user(s); audit entry %2.\n")
                         .arg(result.users)
                         .arg(result.auditId));
    } catch (const storage::JobError& e) {
        printError(e.message);
        return ExitFailure;
    }
    return ExitOk;
}

// ---- apikeys --------------------------------------------------------------------------------

int cmdApiKeysCreate(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Creates an API key for a user and prints it once: only its fingerprint is "
                "stored, so it cannot be shown again."));
    const QCommandLineOption name(QStringLiteral("name"), Ctl::tr("What the key is for."),
                                  Ctl::tr("name"));
    const QCommandLineOption expires(QStringLiteral("expires-days"),
                                     Ctl::tr("Valid for this many days (default: no expiry)."),
                                     Ctl::tr("days"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({name, expires, json});
    parser.addPositionalArgument(QStringLiteral("USER"), Ctl::tr("The user's id or email."));
    if (const int code = parseCommand(parser, QStringLiteral("apikeys create"),
                                      QStringLiteral("paneldeskctl [connection options] apikeys "
                                                     "create USER --name NAME [--expires-days "
                                                     "N] [--json]"),
                                      args, connection);
        code >= 0)
        return code;
    qint64 daysValue = 0;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(name) ||
        (parser.isSet(expires) && !parseInt(parser.value(expires), 1, 3650, &daysValue))) {
        printError(Ctl::tr("apikeys create needs USER and --name (and --expires-days from 1 to "
                           "3650 if given)."));
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    try {
        QUuid user;
        if (const int code = resolveUser(db, parser.positionalArguments().constFirst(), &user))
            return code;
        QUuid id;
        const QDateTime expiry =
            daysValue > 0 ? QDateTime::currentDateTimeUtc().addDays(daysValue) : QDateTime();
        const auto key = storage::ApiKeyStore::create(db, user, parser.value(name), expiry, &id);
        if (parser.isSet(json)) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), idText(id));
            o.insert(QStringLiteral("prefix"), key.prefix);
            o.insert(QStringLiteral("key"), key.fullKey);
            o.insert(QStringLiteral("expires_at"), expiry.isValid()
                                                       ? QJsonValue(timeText(expiry, {}))
                                                       : QJsonValue(QJsonValue::Null));
            printJson(o);
        } else {
            printOut(key.fullKey + QLatin1Char('\n'));
        }
        printError(Ctl::tr("Store this key now: it is not kept and cannot be shown again."));
    } catch (const storage::JobError& e) {
        printError(e.message);
        return ExitFailure;
    }
    return ExitOk;
}

int cmdApiKeysList(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr("Lists a user's API keys by prefix."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("USER"), Ctl::tr("The user's id or email."));
    if (const int code = parseCommand(parser, QStringLiteral("apikeys list"),
                                      QStringLiteral("paneldeskctl [connection options] apikeys "
                                                     "list USER [--json]"),
                                      args, connection);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        printError(Ctl::tr("apikeys list needs one USER (id or email)."));
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    QList<storage::ApiKeyRecord> keys;
    try {
        QUuid user;
        if (const int code = resolveUser(db, parser.positionalArguments().constFirst(), &user))
            return code;
        keys = storage::ApiKeyStore::list(db, user);
    } catch (const storage::JobError& e) {
        printError(e.message);
        return ExitFailure;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const auto& k : std::as_const(keys)) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), idText(k.id));
            o.insert(QStringLiteral("prefix"), k.prefix);
            o.insert(QStringLiteral("name"), k.name);
            o.insert(QStringLiteral("active"), k.active);
            o.insert(QStringLiteral("last_used_at"), timeText(k.lastUsedAt, {}));
            o.insert(QStringLiteral("expires_at"), timeText(k.expiresAt, {}));
            o.insert(QStringLiteral("revoked_at"), timeText(k.revokedAt, {}));
            array.append(o);
        }
        printJson(array);
        return ExitOk;
    }
    QList<QStringList> rows{{Ctl::tr("Id"), Ctl::tr("Key"), Ctl::tr("Name"), Ctl::tr("State"),
                             Ctl::tr("Last used"), Ctl::tr("Expires")}};
    for (const auto& k : std::as_const(keys))
        rows << QStringList{idText(k.id),
                            k.prefix + QStringLiteral("…"),
                            k.name,
                            k.active ? Ctl::tr("active") : Ctl::tr("revoked"),
                            timeText(k.lastUsedAt, Ctl::tr("never")),
                            timeText(k.expiresAt, Ctl::tr("never"))};
    printOut(table(rows));
    return ExitOk;
}

int cmdApiKeysRevoke(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Revokes an API key at once; a revoked key can never be used again."));
    parser.addPositionalArgument(QStringLiteral("KEY"), Ctl::tr("The key's id or its prefix."));
    if (const int code = parseCommand(parser, QStringLiteral("apikeys revoke"),
                                      QStringLiteral("paneldeskctl [connection options] apikeys "
                                                     "revoke KEY"),
                                      args, connection);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        printError(Ctl::tr("apikeys revoke needs one KEY (id or prefix)."));
        return ExitUsage;
    }
    const QString text = parser.positionalArguments().constFirst();
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    try {
        const QUuid asId = QUuid::fromString(text);
        QSqlQuery q = storage::SubscriptionSql::exec(
            db,
            asId.isNull() ? QStringLiteral("SELECT id::text FROM api_keys WHERE key_prefix = ?")
                          : QStringLiteral("SELECT id::text FROM api_keys WHERE id = ?::uuid"),
            {asId.isNull() ? text.chopped(text.endsWith(QStringLiteral("…")) ? 1 : 0)
                           : idText(asId)});
        QList<QUuid> found;
        while (q.next())
            found << QUuid::fromString(q.value(0).toString());
        if (found.isEmpty()) {
            printError(Ctl::tr("No API key has the id or prefix \"%1\".").arg(text));
            return ExitNotFound;
        }
        if (found.size() > 1) {
            printError(Ctl::tr("Several keys have the prefix \"%1\"; revoke by id.").arg(text));
            return ExitUsage;
        }
        const bool revoked = storage::ApiKeyStore::revoke(db, found.constFirst());
        printOut(revoked ? Ctl::tr("Revoked.\n") : Ctl::tr("It was revoked already.\n"));
    } catch (const storage::JobError& e) {
        printError(e.message);
        return ExitFailure;
    }
    return ExitOk;
}

int cmdApiKeys(const QStringList& args, CtlConnection& connection)
{
    return dispatchActions(QStringLiteral("apikeys"), args, connection,
                           {{QStringLiteral("create"), cmdApiKeysCreate},
                            {QStringLiteral("list"), cmdApiKeysList},
                            {QStringLiteral("revoke"), cmdApiKeysRevoke}});
}

// ---- quota ----------------------------------------------------------------------------------

int cmdQuotaConsume(const QStringList& args, CtlConnection& connection)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Consumes quota of a user's active subscription atomically (never past its "
                "limit) and logs the use. Prints the quota used afterwards; exits 1 when the "
                "quota is used up or there is no active subscription."));
    const QCommandLineOption cost(QStringLiteral("cost"), Ctl::tr("How much to consume (1)."),
                                  Ctl::tr("N"), QStringLiteral("1"));
    const QCommandLineOption resource(QStringLiteral("resource-id"),
                                      Ctl::tr("What was processed, for the usage log."),
                                      Ctl::tr("id"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({cost, resource, json});
    parser.addPositionalArgument(QStringLiteral("USER"), Ctl::tr("The user's id or email."));
    parser.addPositionalArgument(QStringLiteral("RESOURCE_TYPE"),
                                 Ctl::tr("What is consumed, such as dicom_processing."));
    if (const int code = parseCommand(parser, QStringLiteral("quota consume"),
                                      QStringLiteral("paneldeskctl [connection options] quota "
                                                     "consume USER RESOURCE_TYPE [--cost N] "
                                                     "[--resource-id ID] [--json]"),
                                      args, connection);
        code >= 0)
        return code;
    qint64 n = 0;
    if (parser.positionalArguments().size() != 2 || !parseInt(parser.value(cost), 0, 1000000, &n)) {
        printError(Ctl::tr("quota consume needs USER and RESOURCE_TYPE, and --cost from 0 to "
                           "1000000."));
        return ExitUsage;
    }
    QSqlDatabase db;
    if (const int code = openChecked(connection, &db))
        return code;
    try {
        QUuid user;
        if (const int code = resolveUser(db, parser.positionalArguments().at(0), &user))
            return code;
        const auto r = storage::QuotaConsumer::consume(db, user, parser.positionalArguments().at(1),
                                                       int(n), parser.value(resource));
        if (parser.isSet(json)) {
            QJsonObject o;
            o.insert(QStringLiteral("consumed"),
                     r.outcome == storage::QuotaConsumer::Outcome::Consumed);
            o.insert(QStringLiteral("quota_used"), r.used);
            if (!r.message.isEmpty())
                o.insert(QStringLiteral("error"), r.message);
            printJson(o);
        } else if (r.outcome == storage::QuotaConsumer::Outcome::Consumed) {
            printOut(QString::number(r.used) + QLatin1Char('\n'));
        }
        if (r.outcome != storage::QuotaConsumer::Outcome::Consumed) {
            printError(r.message);
            return ExitFailure;
        }
    } catch (const storage::JobError& e) {
        printError(e.message);
        return ExitFailure;
    }
    return ExitOk;
}

int cmdQuota(const QStringList& args, CtlConnection& connection)
{
    return dispatchActions(QStringLiteral("quota"), args, connection,
                           {{QStringLiteral("consume"), cmdQuotaConsume}});
}

} // namespace

QList<CtlCommand> subscriptionCommands()
{
    return {
        {QStringLiteral("plans"),
         Ctl::tr("  plans list|create|update|deactivate|activate|delete\n"
                 "                                         manage subscription plans\n"),
         cmdPlans},
        {QStringLiteral("subscriptions"),
         Ctl::tr("  subscriptions list|assign|extend|change-plan|cancel|reset-quota|auto-renew\n"
                 "                                         manage users' subscriptions\n"),
         cmdSubscriptions},
        {QStringLiteral("compensate"),
         Ctl::tr("  compensate [filters] --days N --gib N [--dry-run]\n"
                 "                                         give days/traffic to filtered users\n"),
         cmdCompensate},
        {QStringLiteral("apikeys"),
         Ctl::tr("  apikeys create|list|revoke             manage users' API keys\n"), cmdApiKeys},
        {QStringLiteral("quota"),
         Ctl::tr("  quota consume USER TYPE [--cost N]     consume quota atomically\n"), cmdQuota},
    };
}

} // namespace pd::ctl
