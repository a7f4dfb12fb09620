#pragma once

#include "storage/StaffAdmin.h"
#include "ui/tables/TableDefinition.h"

namespace pd::ui {

// The read-only tables of the back office: real columns of schema 0001, sortable only where an
// index pages them, and only the columns the staff role may read (support never selects
// gateway ids, which PostgreSQL would refuse).
class TableCatalog
{
public:
    using Role = storage::StaffAdmin::Role;

    static TableDefinition plans(Role role);
    static TableDefinition subscriptions(Role role);
    static TableDefinition transactions(Role role);
    static TableDefinition refunds(Role role);
    static TableDefinition nodes(Role role);
    static TableDefinition usageLogs(Role role);

    // Whether the role may read gateway ids (payment and refund ids on the gateway's side).
    static bool canReadGatewayIds(Role role);
    // "ab%" for "ab", with the LIKE metacharacters (\ % _) of the typed text escaped.
    static QString likePrefix(const QString& typed);
};

} // namespace pd::ui
