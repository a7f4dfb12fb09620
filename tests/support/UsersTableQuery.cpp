#include "support/UsersTableQuery.h"

namespace pd::test {

storage::TableQuery usersTableQuery(int sortColumn, bool descending)
{
    storage::TableQuery q;
    q.from = QStringLiteral("users u");
    q.idExpr = QStringLiteral("u.id");
    q.columns = {
        {QStringLiteral("email"),
         QStringLiteral("u.email"),
         QStringLiteral("Email"),
         storage::ColumnKind::Text,
         QStringLiteral("lower(u.email)"),
         {}},
        {QStringLiteral("username"),
         QStringLiteral("u.username"),
         QStringLiteral("User name"),
         storage::ColumnKind::Text,
         QStringLiteral("lower(u.username)"),
         {}},
        {QStringLiteral("balance"), QStringLiteral("u.balance"), QStringLiteral("Balance"),
         storage::ColumnKind::Money, QStringLiteral("u.balance"),
         QStringLiteral("u.balance_currency")},
        {QStringLiteral("traffic"),
         QStringLiteral("u.upload_bytes + u.download_bytes"),
         QStringLiteral("Traffic"),
         storage::ColumnKind::Bytes,
         QStringLiteral("(u.upload_bytes + u.download_bytes)"),
         {}},
        {QStringLiteral("created_at"),
         QStringLiteral("u.created_at"),
         QStringLiteral("Created"),
         storage::ColumnKind::DateTime,
         QStringLiteral("u.created_at"),
         {}},
        {QStringLiteral("active"),
         QStringLiteral("u.is_active"),
         QStringLiteral("Active"),
         storage::ColumnKind::Bool,
         {},
         {}},
    };
    q.sortColumn = sortColumn;
    q.descending = descending;
    return q;
}

} // namespace pd::test
