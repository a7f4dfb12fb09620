#include "support/TestDatabase.h"

#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace pd::test {

namespace {
QAtomicInt g_counter;

QString clusterDir()
{
    return qEnvironmentVariable("PD_TEST_PG_DIR");
}
} // namespace

storage::ConnectionProfile TestDatabase::clusterProfile(const QString& database,
                                                        const QString& user)
{
    storage::ConnectionProfile p;
    p.name = QStringLiteral("test");
    p.host = clusterDir() + QStringLiteral("/sock");
    QFile portFile(clusterDir() + QStringLiteral("/port"));
    if (portFile.open(QIODevice::ReadOnly))
        p.port = QString::fromLatin1(portFile.readAll()).trimmed().toInt();
    p.database = database;
    p.user = user;
    p.sslMode = QStringLiteral("disable");
    return p;
}

TestDatabase::TestDatabase(const QString& tag, bool migrate)
{
    if (clusterDir().isEmpty()) {
        m_error = QStringLiteral("PD_TEST_PG_DIR is not set: run the test through ctest");
        return;
    }
    m_name = QStringLiteral("pdt_%1_%2_%3")
                 .arg(tag.toLower())
                 .arg(QCoreApplication::applicationPid())
                 .arg(g_counter.fetchAndAddRelaxed(1));
    const QString adminConn = QStringLiteral("testdb-create-") + m_name;
    {
        auto r = storage::Database::open(clusterProfile(), {}, adminConn);
        if (!r.ok()) {
            m_error = r.error;
            return;
        }
        QSqlQuery q(r.db);
        if (!q.exec(QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE template0 ENCODING 'UTF8'")
                        .arg(m_name)))
            m_error = q.lastError().text();
    }
    storage::Database::close(adminConn);
    if (!ok())
        return;
    m_adminConnection = QStringLiteral("testdb-admin-") + m_name;
    QSqlDatabase db = open(m_adminConnection);
    if (!ok() || !migrate)
        return;
    const auto result = storage::Migrator::migrate(db);
    if (!result.ok)
        m_error = result.error;
}

TestDatabase::~TestDatabase()
{
    if (m_name.isEmpty())
        return;
    if (!m_adminConnection.isEmpty())
        storage::Database::close(m_adminConnection);
    const QString conn = QStringLiteral("testdb-drop-") + m_name;
    {
        auto r = storage::Database::open(clusterProfile(), {}, conn);
        if (r.ok()) {
            QSqlQuery q(r.db);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name));
            // Only objects in the dropped database could belong to the logins.
            for (const QString& login : std::as_const(m_logins))
                q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
        }
    }
    storage::Database::close(conn);
}

QString TestDatabase::createLogin(const QString& tag, const QString& group)
{
    const QString login =
        QStringLiteral("pdt_%1_%2").arg(tag).arg(QCoreApplication::applicationPid());
    exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
    QString sql = QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(login);
    if (!group.isEmpty())
        sql += QStringLiteral(" IN ROLE \"%1\"").arg(group);
    if (const QString error = exec(sql); !error.isEmpty()) {
        m_error = error;
        return {};
    }
    m_logins << login;
    return login;
}

QString TestDatabase::insertUsers(int count)
{
    return exec(
        QStringLiteral(
            "INSERT INTO users (email, username, password_hash, balance, upload_bytes, "
            "download_bytes, is_active, created_at) "
            "SELECT format('u%s@example.com', lpad(i::text, 6, '0')), format('user%s', i), 'x', "
            "((i * 37) % 1000)::numeric / 100, i::bigint * 1048576, (i % 13) * 512, i % 5 <> 0, "
            "timestamptz '2024-01-01 00:00:00+00' + (i / 7) * interval '1001 microseconds' "
            "FROM generate_series(1, %1) AS i; ANALYZE users")
            .arg(count));
}

storage::ConnectionProfile TestDatabase::profile(const QString& user) const
{
    return clusterProfile(m_name, user);
}

QSqlDatabase TestDatabase::open(const QString& connectionName, const QString& user)
{
    auto r = storage::Database::open(profile(user), {}, connectionName);
    if (!r.ok())
        m_error = r.error;
    return r.db;
}

QString TestDatabase::exec(const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(m_adminConnection));
    if (!q.exec(sql))
        return q.lastError().text();
    return {};
}

} // namespace pd::test
