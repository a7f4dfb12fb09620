// Staff roles as PostgreSQL enforces them: logins made with StaffAdmin::addStaff, then what
// each may read and change, and the audit trail the database writes for them.
#include "storage/Database.h"
#include "storage/DbWorker.h"
#include "storage/Migrator.h"
#include "storage/StaffAdmin.h"
#include "support/TestDatabase.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using pd::storage::Database;
using pd::storage::JobError;
using pd::storage::Migrator;
using pd::storage::StaffAdmin;
using pd::test::TestDatabase;

namespace {

// Runs one statement with bound values; returns the SQLSTATE on failure, "" on success.
QString run(QSqlDatabase db, const QString& sql, const QVariantList& values = {},
            QSqlQuery* out = nullptr)
{
    QSqlQuery q(db);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql); // TRUNCATE cannot be prepared
    } else {
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok) {
        const QString state = Database::sqlState(q.lastError());
        return state.isEmpty() ? QStringLiteral("?????") : state;
    }
    if (out)
        *out = std::move(q);
    return {};
}

QVariant scalar(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q;
    const QString state = run(db, sql, values, &q);
    if (!state.isEmpty() || !q.next()) {
        qWarning() << "query failed:" << sql << state;
        return {};
    }
    return q.value(0);
}

QJsonObject json(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

class tst_Roles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void currentRoleForEachLogin();
    void addStaffRejectsBadInput();
    void addStaffCannotTakeOverOtherRoles();
    void onlyAdminUpdatesUsers();
    void adminUpdateIsAudited();
    void auditLogIsAppendOnly();
    void financeSeesOnlyMoneyAuditRows();
    void supportSeesNoAuditRows();
    void secretsAreHidden();

private:
    std::unique_ptr<TestDatabase> m_tdb;
    QSqlDatabase m_owner;
    QSqlDatabase m_admin, m_finance, m_support;
    QString m_adminLogin, m_financeLogin, m_supportLogin;
    QString m_userId;
    QString m_transactionId;
};

void tst_Roles::initTestCase()
{
    m_tdb = std::make_unique<TestDatabase>(QStringLiteral("roles"));
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    m_owner = m_tdb->open(QStringLiteral("owner"));
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));

    // Roles are cluster-wide: unique names per run.
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    m_adminLogin = QStringLiteral("pdt_admin_") + suffix;
    m_financeLogin = QStringLiteral("pdt_finance_") + suffix;
    m_supportLogin = QStringLiteral("pdt_support_") + suffix;
    try {
        StaffAdmin::addStaff(m_owner, m_adminLogin, StaffAdmin::Role::Admin,
                             QStringLiteral("correct horse"));
        StaffAdmin::addStaff(m_owner, m_financeLogin, StaffAdmin::Role::Finance, {});
    } catch (const JobError& e) {
        QFAIL(qPrintable(e.message));
    }
    m_admin = m_tdb->open(QStringLiteral("admin"), m_adminLogin);
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    m_finance = m_tdb->open(QStringLiteral("finance"), m_financeLogin);
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    // An admin may make staff logins too (EXECUTE on staff_add).
    try {
        StaffAdmin::addStaff(m_admin, m_supportLogin, StaffAdmin::Role::Support,
                             QStringLiteral("secret"));
    } catch (const JobError& e) {
        QFAIL(qPrintable(e.message));
    }
    m_support = m_tdb->open(QStringLiteral("support"), m_supportLogin);
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));

    // A user with a payment, as the service would have written them (owner, audited too).
    QSqlQuery q;
    QCOMPARE(run(m_owner,
                 QStringLiteral("INSERT INTO users (email, username, password_hash) VALUES (?, "
                                "?, ?) RETURNING id"),
                 {QStringLiteral("li.wei@example.cn"), QStringLiteral("liwei"),
                  QStringLiteral("$argon2id$secret-hash")},
                 &q),
             QString());
    QVERIFY(q.next());
    m_userId = q.value(0).toString();
    QCOMPARE(run(m_owner,
                 QStringLiteral("INSERT INTO payment_transactions (user_id, kind, amount, "
                                "currency, gateway, out_trade_no, gateway_trade_no, status, "
                                "paid_at) VALUES (?, 'subscription', ?, 'CNY', 'alipay', ?, ?, "
                                "'completed', now()) RETURNING id"),
                 {m_userId, QStringLiteral("99.00"), QStringLiteral("PD20240101000001"),
                  QStringLiteral("2024010122001400001")},
                 &q),
             QString());
    QVERIFY(q.next());
    m_transactionId = q.value(0).toString();
}

void tst_Roles::cleanupTestCase()
{
    for (QSqlDatabase* db : {&m_admin, &m_finance, &m_support, &m_owner})
        *db = QSqlDatabase();
    for (const char* name : {"admin", "finance", "support"})
        Database::close(QString::fromLatin1(name));
    Database::close(QStringLiteral("owner"));
    const QString database = m_tdb ? m_tdb->name() : QString();
    m_tdb.reset(); // drops the database, so the logins own and hold nothing any more
    const QString conn = QStringLiteral("roles-cleanup");
    {
        auto r = Database::open(TestDatabase::clusterProfile(), {}, conn);
        if (r.ok()) {
            QSqlDriver* driver = r.db.driver();
            for (const QString& login : {m_adminLogin, m_financeLogin, m_supportLogin}) {
                QSqlQuery q(r.db);
                q.exec(QStringLiteral("DROP ROLE IF EXISTS ") +
                       driver->escapeIdentifier(login, QSqlDriver::TableName));
            }
        }
    }
    Database::close(conn);
}

void tst_Roles::currentRoleForEachLogin()
{
    QCOMPARE(StaffAdmin::currentRole(m_admin), StaffAdmin::Role::Admin);
    QCOMPARE(StaffAdmin::currentRole(m_finance), StaffAdmin::Role::Finance);
    QCOMPARE(StaffAdmin::currentRole(m_support), StaffAdmin::Role::Support);
    // The owner (a superuser here) is no staff member, but may migrate; staff may not.
    QCOMPARE(StaffAdmin::currentRole(m_owner), StaffAdmin::Role::None);
    QVERIFY(StaffAdmin::canMigrate(m_owner));
    QVERIFY(!StaffAdmin::canMigrate(m_admin));
    QVERIFY(!StaffAdmin::canMigrate(m_support));
    // Every login can tell whether its PanelDesk fits the database.
    for (QSqlDatabase db : {m_admin, m_finance, m_support}) {
        try {
            QVERIFY(Migrator::status(db).upToDate());
        } catch (const JobError& e) {
            QFAIL(qPrintable(e.message));
        }
    }
}

void tst_Roles::addStaffRejectsBadInput()
{
    for (const QString& bad :
         {QStringLiteral("Robert"), QStringLiteral("x; DROP TABLE users"), QStringLiteral("9lives"),
          QString(), QStringLiteral("pg_admin"), QString(64, QLatin1Char('a'))}) {
        bool thrown = false;
        try {
            StaffAdmin::addStaff(m_owner, bad, StaffAdmin::Role::Support, {});
        } catch (const JobError& e) {
            thrown = true;
            QVERIFY(!e.message.isEmpty());
        }
        QVERIFY2(thrown, qPrintable(bad));
    }
    // Finance and support may not make logins: the database refuses, not only the UI.
    bool refused = false;
    try {
        StaffAdmin::addStaff(
            m_finance, QStringLiteral("pdt_sneaky_%1").arg(QCoreApplication::applicationPid()),
            StaffAdmin::Role::Admin, {});
    } catch (const JobError& e) {
        refused = true;
        QCOMPARE(Database::sqlState(e.sqlError), QStringLiteral("42501"));
    }
    QVERIFY(refused);
    QCOMPARE(scalar(m_owner, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"),
                    {QStringLiteral("pdt_sneaky_%1").arg(QCoreApplication::applicationPid())})
                 .toInt(),
             0);
}

void tst_Roles::addStaffCannotTakeOverOtherRoles()
{
    // An admin must not be able to set the superuser's password through staff_add.
    bool refused = false;
    try {
        StaffAdmin::addStaff(m_admin, QStringLiteral("postgres"), StaffAdmin::Role::Support,
                             QStringLiteral("mine now"));
    } catch (const JobError& e) {
        refused = true;
        QCOMPARE(Database::sqlState(e.sqlError), QStringLiteral("42501"));
    }
    QVERIFY(refused);
    QCOMPARE(scalar(m_owner, QStringLiteral("SELECT count(*) FROM pg_auth_members WHERE member = "
                                            "'postgres'::regrole AND roleid = "
                                            "'paneldesk_support'::regrole"))
                 .toInt(),
             0);
    QVERIFY(scalar(m_owner, QStringLiteral("SELECT rolpassword IS NULL FROM pg_authid WHERE "
                                           "rolname = 'postgres'"))
                .toBool());
}

void tst_Roles::onlyAdminUpdatesUsers()
{
    const QString update = QStringLiteral("UPDATE users SET transfer_enable = ? WHERE id = ?");
    QCOMPARE(run(m_support, update, {qint64(1) << 40, m_userId}), QStringLiteral("42501"));
    QCOMPARE(run(m_finance, update, {qint64(1) << 40, m_userId}), QStringLiteral("42501"));
    // Not even an admin may write what the system keeps (the password hash, balance).
    QCOMPARE(run(m_admin, QStringLiteral("UPDATE users SET password_hash = 'x' WHERE id = ?"),
                 {m_userId}),
             QStringLiteral("42501"));
    QCOMPARE(
        run(m_admin, QStringLiteral("UPDATE users SET balance = 1000 WHERE id = ?"), {m_userId}),
        QStringLiteral("42501"));
    QCOMPARE(scalar(m_owner, QStringLiteral("SELECT transfer_enable FROM users WHERE id = ?"),
                    {m_userId})
                 .toLongLong(),
             0);
}

void tst_Roles::adminUpdateIsAudited()
{
    const QString count =
        QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'users' AND row_id = ?");
    const int before = scalar(m_owner, count, {m_userId}).toInt();
    const qint64 quota = qint64(50) << 30; // 50 GiB
    QCOMPARE(run(m_admin,
                 QStringLiteral("UPDATE users SET transfer_enable = ?, level = 3 WHERE id = ?"),
                 {quota, m_userId}),
             QString());
    QCOMPARE(scalar(m_owner, count, {m_userId}).toInt(), before + 1);

    QSqlQuery q;
    QCOMPARE(run(m_admin,
                 QStringLiteral("SELECT db_role, action, before::text, after::text, "
                                "application_name, txid FROM audit_log WHERE table_name = "
                                "'users' AND row_id = ? ORDER BY id DESC LIMIT 1"),
                 {m_userId}, &q),
             QString());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), m_adminLogin);
    QCOMPARE(q.value(1).toString(), QStringLiteral("UPDATE"));
    const QJsonObject old = json(q.value(2));
    const QJsonObject now = json(q.value(3));
    QCOMPARE(old.value(QStringLiteral("transfer_enable")).toInteger(), 0);
    QCOMPARE(now.value(QStringLiteral("transfer_enable")).toInteger(), quota);
    QCOMPARE(old.value(QStringLiteral("level")).toInt(), 0);
    QCOMPARE(now.value(QStringLiteral("level")).toInt(), 3);
    QCOMPARE(now.value(QStringLiteral("email")).toString(), QStringLiteral("li.wei@example.cn"));
    QVERIFY(!old.contains(QStringLiteral("password_hash")));
    QVERIFY(!now.contains(QStringLiteral("password_hash")));
    QCOMPARE(q.value(4).toString(), QStringLiteral("paneldesk"));
    QVERIFY(q.value(5).toLongLong() > 0);

    // Saving the same values again changes nothing worth a row.
    QCOMPARE(run(m_admin,
                 QStringLiteral("UPDATE users SET transfer_enable = ?, level = 3 WHERE id = ?"),
                 {quota, m_userId}),
             QString());
    QCOMPARE(scalar(m_owner, count, {m_userId}).toInt(), before + 1);
}

void tst_Roles::auditLogIsAppendOnly()
{
    const QString digest = QStringLiteral(
        "SELECT count(*) || ':' || md5(string_agg(a::text, '|' ORDER BY id)) FROM audit_log a");
    const QString before = scalar(m_owner, digest).toString();
    QVERIFY(!before.startsWith(QLatin1String("0:")));

    for (QSqlDatabase db : {m_admin, m_finance, m_support, m_owner}) {
        const QByteArray who = db.connectionName().toUtf8();
        QVERIFY2(run(db, QStringLiteral("UPDATE audit_log SET db_role = 'someone_else'")) ==
                     QLatin1String("42501"),
                 who);
        QVERIFY2(run(db, QStringLiteral("DELETE FROM audit_log")) == QLatin1String("42501"), who);
        QVERIFY2(run(db, QStringLiteral("TRUNCATE audit_log")) == QLatin1String("42501"), who);
    }
    // Staff cannot forge rows either; only the audit trigger (and the table's owner) insert.
    for (QSqlDatabase db : {m_admin, m_finance, m_support}) {
        QVERIFY2(run(db, QStringLiteral("INSERT INTO audit_log (table_name, action) VALUES "
                                        "('users', 'DELETE')")) == QLatin1String("42501"),
                 db.connectionName().toUtf8());
    }
    QCOMPARE(scalar(m_owner, digest).toString(), before);
}

void tst_Roles::financeSeesOnlyMoneyAuditRows()
{
    const int all = scalar(m_admin, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    const int money = scalar(m_admin, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                     "table_name IN ('payment_transactions', "
                                                     "'refunds')"))
                          .toInt();
    QVERIFY(money >= 1);  // the payment inserted in initTestCase
    QVERIFY(all > money); // users rows exist too
    QCOMPARE(scalar(m_finance, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), money);
    QCOMPARE(scalar(m_finance, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name "
                                              "= 'users'"))
                 .toInt(),
             0);
}

void tst_Roles::supportSeesNoAuditRows()
{
    QCOMPARE(run(m_support, QStringLiteral("SELECT count(*) FROM audit_log")),
             QStringLiteral("42501"));
}

void tst_Roles::secretsAreHidden()
{
    QCOMPARE(run(m_support, QStringLiteral("SELECT password_hash FROM users")),
             QStringLiteral("42501"));
    QCOMPARE(run(m_admin, QStringLiteral("SELECT password_hash FROM users")),
             QStringLiteral("42501"));
    QCOMPARE(run(m_support, QStringLiteral("SELECT gateway_trade_no FROM payment_transactions")),
             QStringLiteral("42501"));
    QCOMPARE(run(m_support, QStringLiteral("SELECT metadata FROM payment_transactions")),
             QStringLiteral("42501"));
    QCOMPARE(run(m_support, QStringLiteral("SELECT idempotency_key FROM refunds")),
             QStringLiteral("42501"));
    // What they may see, they see.
    QCOMPARE(scalar(m_support, QStringLiteral("SELECT email FROM users WHERE id = ?"), {m_userId})
                 .toString(),
             QStringLiteral("li.wei@example.cn"));
    QCOMPARE(scalar(m_support,
                    QStringLiteral("SELECT amount FROM payment_transactions WHERE id = ?"),
                    {m_transactionId})
                 .toString(),
             QStringLiteral("99.0000"));
    QCOMPARE(
        scalar(m_finance,
               QStringLiteral("SELECT gateway_trade_no FROM payment_transactions WHERE id = ?"),
               {m_transactionId})
            .toString(),
        QStringLiteral("2024010122001400001"));
    // An admin password set through addStaff is stored hashed, never in clear.
    const QString stored = scalar(m_owner,
                                  QStringLiteral("SELECT rolpassword FROM pg_authid "
                                                 "WHERE rolname = ?"),
                                  {m_adminLogin})
                               .toString();
    QVERIFY2(stored.startsWith(QStringLiteral("SCRAM-SHA-256$")), qPrintable(stored));
}

QTEST_GUILESS_MAIN(tst_Roles)
#include "tst_roles.moc"
