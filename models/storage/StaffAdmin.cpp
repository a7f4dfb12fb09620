#include "storage/StaffAdmin.h"
#include "storage/LibpqHandle.h"

#include "storage/Database.h"
#include "storage/DbWorker.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

namespace pd::storage {

namespace {

// This file's strings share one translation context, which lupdate reads from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::StaffAdmin)
};

QString groupOf(StaffAdmin::Role role)
{
    switch (role) {
    case StaffAdmin::Role::Admin:
        return QStringLiteral("paneldesk_admin");
    case StaffAdmin::Role::Finance:
        return QStringLiteral("paneldesk_finance");
    case StaffAdmin::Role::Support:
        return QStringLiteral("paneldesk_support");
    case StaffAdmin::Role::None:
        break;
    }
    return {};
}

// QPSQL hands out its PGconn* in a QVariant; the type's name depends on how Qt registered
// it (the typedef or the struct behind it).
// The password as the server stores it (a SCRAM verifier, per the server's
// password_encryption), computed here by libpq so the clear text never crosses the wire nor
// lands in a server log. Empty with `error` set when it cannot be computed.
QString encryptPassword(QSqlDatabase& db, const QString& login, const QString& password,
                        QString* error)
{
    PGconn* conn = libpqHandle(db);
    if (!conn) {
        *error = QStringLiteral("not a PostgreSQL connection");
        return {};
    }
    char* encrypted = PQencryptPasswordConn(conn, password.toUtf8().constData(),
                                            login.toUtf8().constData(), nullptr);
    if (!encrypted) {
        *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        return {};
    }
    const QString result = QString::fromUtf8(encrypted);
    PQfreemem(encrypted);
    return result;
}

} // namespace

QString StaffAdmin::roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Finance:
        return QStringLiteral("finance");
    case Role::Support:
        return QStringLiteral("support");
    case Role::None:
        break;
    }
    return {};
}

StaffAdmin::Role StaffAdmin::roleFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    for (Role role : {Role::Admin, Role::Finance, Role::Support}) {
        if (n == roleName(role) || n == groupOf(role))
            return role;
    }
    return Role::None;
}

QString StaffAdmin::displayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return Tr::tr("Administrator");
    case Role::Finance:
        return Tr::tr("Finance");
    case Role::Support:
        return Tr::tr("Support");
    case Role::None:
        break;
    }
    return Tr::tr("No staff role");
}

void StaffAdmin::addStaff(QSqlDatabase& db, const QString& name, Role role, const QString& password)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!loginPattern.match(name).hasMatch() || name.startsWith(QLatin1String("pg_")))
        throw JobError{
            Tr::tr("The login name \"%1\" cannot be used. Use 1 to 63 lower-case letters, "
                   "digits and underscores, starting with a letter or an underscore and "
                   "not with pg_; no staff member was added.")
                .arg(name),
            {}};
    if (role == Role::None)
        throw JobError{Tr::tr("Choose a staff role (administrator, finance or support); no staff "
                              "member was added."),
                       {}};

    QString secret;
    if (!password.isEmpty()) {
        QString why;
        secret = encryptPassword(db, name, password, &why);
        if (secret.isEmpty())
            throw JobError{Tr::tr("The password for \"%1\" could not be encrypted for the server "
                                  "(%2). No staff member was added; check the connection and try "
                                  "again.")
                               .arg(name, why),
                           {}};
    }

    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT staff_add(?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(groupOf(role));
    q.addBindValue(secret.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(secret));
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        throw JobError{Tr::tr("The staff login \"%1\" could not be added: %2 Nothing was changed.")
                           .arg(name, Database::describe(error)),
                       error};
    }
}

StaffAdmin::Role StaffAdmin::currentRole(QSqlDatabase& db)
{
    // pg_has_role says yes to everything for a superuser, who is no staff member (the owner
    // or a DBA); and a role missing from an unmigrated cluster must not raise an error.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT g.rolname FROM pg_roles g"
            " WHERE g.rolname IN ('paneldesk_admin', 'paneldesk_finance', 'paneldesk_support')"
            "   AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)"
            "   AND pg_has_role(session_user, g.oid, 'MEMBER')"))) {
        const QSqlError error = q.lastError();
        throw JobError{
            Tr::tr("Your staff role could not be read: %1").arg(Database::describe(error)), error};
    }
    bool admin = false, finance = false, support = false;
    while (q.next()) {
        const QString group = q.value(0).toString();
        admin = admin || group == QLatin1String("paneldesk_admin");
        finance = finance || group == QLatin1String("paneldesk_finance");
        support = support || group == QLatin1String("paneldesk_support");
    }
    // A login in several groups works with the widest one.
    if (admin)
        return Role::Admin;
    if (finance)
        return Role::Finance;
    if (support)
        return Role::Support;
    return Role::None;
}

bool StaffAdmin::canMigrate(QSqlDatabase& db)
{
    // Membership in the owning role counts as owning (that is how PostgreSQL sees it too);
    // public belongs to pg_database_owner by default, whose member is the database's owner.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)"
            "    OR coalesce((SELECT pg_has_role(session_user, n.nspowner, 'USAGE')"
            "                   FROM pg_namespace n WHERE n.nspname = 'public'), false)"
            "    OR coalesce((SELECT pg_has_role(session_user, c.relowner, 'USAGE')"
            "                   FROM pg_class c WHERE c.oid = to_regclass('public.users')), "
            "false)")) ||
        !q.next()) {
        const QSqlError error = q.lastError();
        throw JobError{Tr::tr("Whether you may upgrade the database could not be checked: %1")
                           .arg(Database::describe(error)),
                       error};
    }
    return q.value(0).toBool();
}

} // namespace pd::storage
