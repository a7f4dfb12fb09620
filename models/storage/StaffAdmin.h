#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pd::storage {

// Staff roles: login roles that are members of paneldesk_admin, paneldesk_finance or
// paneldesk_support, and which of them the current session has.
class StaffAdmin
{
public:
    enum class Role { None, Admin, Finance, Support };
    static QString roleName(Role role); // "admin", "finance", "support"
    static Role roleFromName(const QString& name);
    static QString displayName(Role role); // translated

    // Creates (or, if it exists, re-grants) a login role in the group. Throws JobError.
    static void addStaff(QSqlDatabase& db, const QString& name, Role role, const QString& password);
    // The staff group of the session's user (pg_has_role), None for others (e.g. the owner).
    static Role currentRole(QSqlDatabase& db);
    // Whether the session may run migrations (owns the schema or is a superuser).
    static bool canMigrate(QSqlDatabase& db);
};

} // namespace pd::storage
