#pragma once

#include "storage/TableQuery.h"

namespace pd::test {

// The users table as the paging tests and the benchmark browse it (the rows TestDatabase::
// insertUsers makes): email, username (sorted case-blind), balance, traffic, created_at, and
// active, which has no sort so that sorting by it falls back to the id.
storage::TableQuery usersTableQuery(int sortColumn = 0, bool descending = false);

} // namespace pd::test
