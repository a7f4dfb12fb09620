// KeysetPager against a real database: paging in every direction sees each row exactly once and
// in the same order as one ORDER BY query; values that look like SQL stay values.
#include "storage/DbWorker.h"
#include "storage/TableQuery.h"
#include "support/TestDatabase.h"
#include "support/UsersTableQuery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using pd::storage::Column;
using pd::storage::ColumnKind;
using pd::storage::KeysetPager;
using pd::storage::Page;
using pd::storage::TableQuery;

class tst_KeysetPager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rowLayout();
    void walk_data();
    void walk();
    void fetchAtMatchesOffset_data();
    void fetchAtMatchesOffset();
    void filterValuesStayValues_data();
    void filterValuesStayValues();
    void counts();

private:
    QStringList expectedIds(const TableQuery& query, qint64 offset = 0, qint64 limit = -1);
    QStringList walkForward(const TableQuery& query, int pageSize);
    QStringList walkBackward(const TableQuery& query, int pageSize);
    qint64 scalar(const QString& sql, const QVariantList& params = {});

    std::unique_ptr<pd::test::TestDatabase> m_testDb;
    QSqlDatabase m_db;
    qint64 m_total = 0;
};

static const QString kDropTable = QStringLiteral("o'; DROP TABLE users; --");
static const QString kPercent = QStringLiteral("100%_off");
static const QString kEmoji = QStringLiteral("emoji \U0001F600 fan");

qint64 tst_KeysetPager::scalar(const QString& sql, const QVariantList& params)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        qFatal("prepare failed: %s", qPrintable(q.lastError().text()));
    for (const QVariant& v : params)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("query failed: %s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

void tst_KeysetPager::initTestCase()
{
    m_testDb = std::make_unique<pd::test::TestDatabase>(QStringLiteral("pager"));
    QVERIFY2(m_testDb->ok(), qPrintable(m_testDb->error()));
    // insertUsers ties created_at in runs of 7 rows (on purpose), with microseconds that a
    // millisecond QDateTime would lose, and repeats balances every 1000 rows.
    QCOMPARE(m_testDb->insertUsers(5000), QString());
    m_db = m_testDb->open(QStringLiteral("pager"));
    QVERIFY2(m_testDb->ok(), qPrintable(m_testDb->error()));
    int n = 0;
    for (const QString& name : {kDropTable, kPercent, kEmoji}) {
        QSqlQuery q(m_db);
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO users (email, username, password_hash) "
                                         "VALUES (?, ?, 'x')")));
        q.addBindValue(QStringLiteral("special%1@example.com").arg(++n));
        q.addBindValue(name);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    // A row that a LIKE pattern "%_" would match but a literal search must not.
    QCOMPARE(m_testDb->exec(QStringLiteral("INSERT INTO users (email, username, password_hash) "
                                           "VALUES ('plain@example.com', '100 off', 'x')")),
             QString());
    m_total = scalar(QStringLiteral("SELECT count(*) FROM users"));
    QVERIFY(m_total > 5000);
}

void tst_KeysetPager::cleanupTestCase()
{
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("pager"));
    m_testDb.reset();
}

QStringList tst_KeysetPager::expectedIds(const TableQuery& query, qint64 offset, qint64 limit)
{
    const QString dir = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(query.idExpr, query.from);
    if (!query.where.isEmpty())
        sql += QStringLiteral(" WHERE ") + query.where;
    sql += QStringLiteral(" ORDER BY %1 %3, %2 %3").arg(query.sortExpr(), query.idExpr, dir);
    QVariantList params = query.params;
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        params << limit << offset;
    }
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        qFatal("prepare failed: %s", qPrintable(q.lastError().text()));
    for (const QVariant& v : std::as_const(params))
        q.addBindValue(v);
    if (!q.exec())
        qFatal("query failed: %s", qPrintable(q.lastError().text()));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QStringList tst_KeysetPager::walkForward(const TableQuery& query, int pageSize)
{
    QStringList ids;
    QVariant sortKey;
    QVariant id;
    for (qint64 guard = m_total / pageSize + 3; guard > 0; --guard) {
        const Page page = KeysetPager::fetch(m_db, query, sortKey, id, pageSize, false);
        for (const QVariantList& row : page.rows)
            ids << row.last().toString();
        if (page.reachedEnd)
            return ids;
        if (page.rows.size() != pageSize)
            return ids << QStringLiteral("short page before the end");
        sortKey = page.rows.last().at(page.rows.last().size() - 2);
        id = page.rows.last().last();
    }
    return ids << QStringLiteral("never reached the end");
}

QStringList tst_KeysetPager::walkBackward(const TableQuery& query, int pageSize)
{
    QStringList ids;
    QVariant sortKey;
    QVariant id;
    for (qint64 guard = m_total / pageSize + 3; guard > 0; --guard) {
        const Page page = KeysetPager::fetch(m_db, query, sortKey, id, pageSize, true);
        QStringList pageIds;
        for (const QVariantList& row : page.rows)
            pageIds << row.last().toString();
        ids = pageIds + ids;
        if (page.reachedEnd)
            return ids;
        sortKey = page.rows.first().at(page.rows.first().size() - 2);
        id = page.rows.first().last();
    }
    return ids << QStringLiteral("never reached the start");
}

void tst_KeysetPager::rowLayout()
{
    const TableQuery query = pd::test::usersTableQuery(0);
    const Page page = KeysetPager::fetch(m_db, query, {}, {}, 3, false);
    QCOMPARE(page.rows.size(), 3);
    QVERIFY(!page.reachedEnd);
    const QVariantList& row = page.rows.first();
    // 6 visible columns, 1 currency, sort key, id.
    QCOMPARE(row.size(), 9);
    QCOMPARE(query.currencySlot(2), 6);
    QCOMPARE(query.currencySlot(0), -1);
    QSqlQuery q(m_db);
    QVERIFY(
        q.exec(QStringLiteral("SELECT email, username, balance::text, balance_currency, "
                              "lower(email), id FROM users ORDER BY lower(email), id LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(row.at(0).toString(), q.value(0).toString());
    QCOMPARE(row.at(1).toString(), q.value(1).toString());
    QCOMPARE(row.at(2).toString(), q.value(2).toString()); // exact decimal text
    QCOMPARE(row.at(6).toString(), q.value(3).toString());
    QCOMPARE(row.at(7).toString(), q.value(4).toString());
    QCOMPARE(row.at(8).toString(), q.value(5).toString());
}

void tst_KeysetPager::walk_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("email asc") << 0 << false << 137;
    QTest::newRow("email desc") << 0 << true << 200;
    QTest::newRow("created_at ties asc") << 4 << false << 97;
    QTest::newRow("created_at ties desc") << 4 << true << 250;
    QTest::newRow("balance ties asc") << 2 << false << 333;
    QTest::newRow("balance ties desc") << 2 << true << 64;
    QTest::newRow("traffic asc") << 3 << false << 500;
    QTest::newRow("unsortable column falls back to id") << 5 << false << 211;
}

void tst_KeysetPager::walk()
{
    QFETCH(int, sortColumn);
    QFETCH(bool, descending);
    QFETCH(int, pageSize);
    const TableQuery query = pd::test::usersTableQuery(sortColumn, descending);
    const QStringList expected = expectedIds(query);
    QCOMPARE(expected.size(), m_total);
    QCOMPARE(walkForward(query, pageSize), expected);
    QCOMPARE(walkBackward(query, pageSize), expected);
}

void tst_KeysetPager::fetchAtMatchesOffset_data()
{
    QTest::addColumn<bool>("descending");
    QTest::addColumn<qint64>("offsetFromStart");
    QTest::addColumn<qint64>("offsetFromEnd"); // used when offsetFromStart < 0
    QTest::newRow("start") << false << qint64(0) << qint64(0);
    QTest::newRow("middle") << false << qint64(1234) << qint64(0);
    QTest::newRow("middle desc") << true << qint64(2500) << qint64(0);
    QTest::newRow("last full page") << false << qint64(-1) << qint64(100);
    QTest::newRow("short last page") << false << qint64(-1) << qint64(37);
    QTest::newRow("past the end") << false << qint64(-1) << qint64(-50);
}

void tst_KeysetPager::fetchAtMatchesOffset()
{
    QFETCH(bool, descending);
    QFETCH(qint64, offsetFromStart);
    QFETCH(qint64, offsetFromEnd);
    const qint64 offset = offsetFromStart >= 0 ? offsetFromStart : m_total - offsetFromEnd;
    const int limit = 100;
    const TableQuery query = pd::test::usersTableQuery(4, descending);
    const Page page = KeysetPager::fetchAt(m_db, query, offset, limit);
    QStringList ids;
    for (const QVariantList& row : page.rows)
        ids << row.last().toString();
    QCOMPARE(ids, expectedIds(query, offset, limit));
    QCOMPARE(page.reachedEnd, offset + limit >= m_total);
}

void tst_KeysetPager::filterValuesStayValues_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedUsername");
    QTest::newRow("quote and comment")
        << QStringLiteral("u.username = ?") << kDropTable << kDropTable;
    QTest::newRow("percent and underscore")
        << QStringLiteral("strpos(u.username, ?) > 0") << QStringLiteral("%_") << kPercent;
    QTest::newRow("emoji") << QStringLiteral("strpos(u.username, ?) > 0")
                           << QStringLiteral("\U0001F600") << kEmoji;
    QTest::newRow("question mark in a literal")
        << QStringLiteral("u.username <> '?' AND u.username = ?") << kPercent << kPercent;
}

void tst_KeysetPager::filterValuesStayValues()
{
    QFETCH(QString, where);
    QFETCH(QString, value);
    QFETCH(QString, expectedUsername);
    TableQuery query = pd::test::usersTableQuery(0);
    query.where = where;
    query.params = {value};
    const QStringList expected = expectedIds(query);
    QCOMPARE(expected.size(), 1);
    const Page page = KeysetPager::fetch(m_db, query, {}, {}, 50, false);
    QCOMPARE(page.rows.size(), 1);
    QVERIFY(page.reachedEnd);
    QCOMPARE(page.rows.first().at(1).toString(), expectedUsername);
    QCOMPARE(walkBackward(query, 1), expected);
    QCOMPARE(KeysetPager::fetchAt(m_db, query, 0, 10).rows.size(), 1);
    QCOMPARE(KeysetPager::exactCount(m_db, query), 1);
    const qint64 estimate = KeysetPager::estimateCount(m_db, query);
    QVERIFY(estimate >= 0 && estimate < m_total);
    // Nothing was harmed.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users")), m_total);
}

void tst_KeysetPager::counts()
{
    TableQuery query = pd::test::usersTableQuery(0);
    QCOMPARE(KeysetPager::exactCount(m_db, query), m_total);
    const qint64 estimate = KeysetPager::estimateCount(m_db, query);
    // The planner's figure after ANALYZE: close to the truth, not necessarily equal.
    QVERIFY2(qAbs(estimate - m_total) <= m_total / 10,
             qPrintable(QStringLiteral("estimate %1, exact %2").arg(estimate).arg(m_total)));

    query.where = QStringLiteral("u.email LIKE ?");
    query.params = {QStringLiteral("u001%")};
    const qint64 exact =
        scalar(QStringLiteral("SELECT count(*) FROM users WHERE email LIKE ?"), query.params);
    QVERIFY(exact > 0 && exact < m_total);
    QCOMPARE(KeysetPager::exactCount(m_db, query), exact);
    QVERIFY(KeysetPager::estimateCount(m_db, query) < m_total);
    QCOMPARE(walkForward(query, 7).size(), exact);

    // A broken filter is reported, not swallowed.
    query.where = QStringLiteral("u.no_such_column = ?");
    bool threw = false;
    try {
        KeysetPager::estimateCount(m_db, query);
    } catch (const pd::storage::JobError& e) {
        threw = !e.message.isEmpty();
    }
    QVERIFY(threw);
}

QTEST_GUILESS_MAIN(tst_KeysetPager)
#include "tst_keysetpager.moc"
