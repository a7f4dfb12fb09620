#pragma once

#include "storage/ConnectionProfile.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace pd::test {

// A fresh database of its own in the test cluster (PD_TEST_PG_DIR), migrated unless asked
// not to, dropped again at the end. Lets db tests run in parallel without seeing each other.
class TestDatabase
{
public:
    explicit TestDatabase(const QString& tag, bool migrate = true);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString name() const { return m_name; }

    // The cluster's socket directory and port, as written by pgcluster.sh.
    static storage::ConnectionProfile
    clusterProfile(const QString& database = QStringLiteral("postgres"),
                   const QString& user = QStringLiteral("postgres"));
    storage::ConnectionProfile profile(const QString& user = QStringLiteral("postgres")) const;
    // Opens a connection on the calling thread as `user` (trust authentication); QFAIL-friendly:
    // returns an invalid database and sets error() when it fails.
    QSqlDatabase open(const QString& connectionName,
                      const QString& user = QStringLiteral("postgres"));
    // Runs statements as the superuser on this database; returns the error text or empty.
    QString exec(const QString& sql);

    // Creates a login role (trust authentication, no password) in a staff group such as
    // "paneldesk_support", or in none when group is empty. Roles are cluster-wide, so the name
    // is made unique: pdt_<tag>_<pid>. Dropped with the database. Empty with error() set on
    // failure.
    QString createLogin(const QString& tag, const QString& group);

    // Inserts `count` users u000001@example.com/user1… oldest first, with created_at tied in
    // runs of 7 (microseconds apart), balances repeating every 1000, upload i MiB, download
    // (i % 13) × 512 B, every fifth inactive; then ANALYZE. Returns the error text or empty.
    QString insertUsers(int count);

private:
    QString m_name;
    QString m_error;
    QString m_adminConnection;
    QStringList m_logins;
};

} // namespace pd::test
