#include "storage/SubscriptionSql.h"

#include "storage/Database.h"
#include "storage/DbWorker.h"

#include <QCoreApplication>
#include <QUuid>

namespace pd::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::SubscriptionSql)
};

} // namespace

QSqlQuery SubscriptionSql::exec(QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (values.isEmpty()) {
        // Nothing to bind, and utility statements (CREATE …) cannot be prepared.
        if (!q.exec(sql))
            fail(q.lastError());
        return q;
    }
    if (!q.prepare(sql))
        fail(q.lastError());
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        fail(q.lastError());
    return q;
}

QVariant SubscriptionSql::scalar(QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q = exec(db, sql, values);
    return q.next() ? q.value(0) : QVariant();
}

void SubscriptionSql::fail(const QSqlError& error)
{
    throw JobError{describe(error), error};
}

QString SubscriptionSql::uuidText(const QVariant& id)
{
    if (id.typeId() == QMetaType::QUuid)
        return id.value<QUuid>().toString(QUuid::WithoutBraces);
    return QUuid::fromString(id.toString()).toString(QUuid::WithoutBraces);
}

QString SubscriptionSql::describe(const QSqlError& error)
{
    const QString state = Database::sqlState(error);
    const QString detail = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (state == QLatin1String("P0002"))
        return Tr::tr("What you acted on no longer exists: someone deleted it. Nothing was "
                      "changed; refresh the list.");
    if (state == QLatin1String("22023"))
        return Tr::tr("The database refused the values, so nothing was changed: %1. Correct them "
                      "and try again.")
            .arg(detail);
    if (state == QLatin1String("23505") &&
        error.databaseText().contains(QLatin1String("subscription_plans_name_key")))
        return Tr::tr("A plan with this name exists already (names are unique whatever their "
                      "case). Nothing was saved; choose another name.");
    if (state == QLatin1String("PDS01"))
        return Tr::tr("This plan has subscriptions, so it cannot be deleted: they and their "
                      "purchases refer to it. Nothing was changed; deactivate the plan instead "
                      "so nobody new gets it.");
    if (state == QLatin1String("PDS02"))
        return Tr::tr("The user's balance is short of the plan's price, so nothing was changed. "
                      "Top up the balance first, or give the plan without charge with a reason.");
    if (state == QLatin1String("PDS03"))
        return Tr::tr("The quota is used up, so nothing was consumed. Reset the quota or move "
                      "the user to a larger plan.");
    if (state == QLatin1String("PDS04"))
        return Tr::tr("There is no active subscription to act on, so nothing was changed. "
                      "Refresh to see its current state.");
    if (state == QLatin1String("PDS05"))
        return Tr::tr("This plan is inactive, so nobody new can get it. Nothing was changed; "
                      "activate the plan first or choose another.");
    if (state == QLatin1String("PDS06"))
        return Tr::tr("This user already has an active subscription, so nothing was changed. "
                      "Change that subscription's plan instead, or cancel it first.");
    if (state == QLatin1String("PDS07"))
        return Tr::tr("Someone else changed this plan while you were editing. Your changes are "
                      "kept in the form; reload to see theirs, then save again.");
    if (state == QLatin1String("42501"))
        return Tr::tr("Only administrators may do this: the database refused it and nothing was "
                      "changed. Ask an administrator.");
    if (state == QLatin1String("42883") || state == QLatin1String("42P01"))
        return Tr::tr("The database lacks what this needs (%1), so nothing was changed. Its "
                      "schema may be older than PanelDesk: have the owner run \"paneldeskctl "
                      "migrate\".")
            .arg(detail);
    return Database::describe(error);
}

} // namespace pd::storage
