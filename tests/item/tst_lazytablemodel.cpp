// LazyTableModel over 100,000 real rows with a real DbWorker, under QAbstractItemModelTester:
// the count arrives, far rows show "Loading…" then their values, a new filter never shows rows
// of the old one, sorting and refreshing show what the database holds.
#include "domain/ByteSize.h"
#include "domain/Money.h"
#include "item/LazyTableModel.h"
#include "support/TestDatabase.h"
#include "support/UsersTableQuery.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using pd::item::LazyTableModel;
using pd::storage::ColumnKind;
using pd::storage::DbWorker;
using pd::storage::TableQuery;

class tst_LazyTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void countAndFarRows();
    void formatting();
    void newFilterNeverShowsOldRows();
    void sortByAnotherColumn();
    void refreshKeepsRowsUntilNewOnesArrive();

private:
    QVariantList sqlRow(const QString& orderBy, qint64 offset, const QString& where = {},
                        const QVariantList& params = {});
    bool waitForCount(qint64 count);

    std::unique_ptr<pd::test::TestDatabase> m_testDb;
    QSqlDatabase m_db;
    std::unique_ptr<DbWorker> m_worker;
    std::unique_ptr<LazyTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_total = 0;
};

static const QString kLoading = QStringLiteral("Loading…");

void tst_LazyTableModel::initTestCase()
{
    m_testDb = std::make_unique<pd::test::TestDatabase>(QStringLiteral("lazy"));
    QVERIFY2(m_testDb->ok(), qPrintable(m_testDb->error()));
    QCOMPARE(m_testDb->insertUsers(100000), QString());
    m_db = m_testDb->open(QStringLiteral("observer"));
    QVERIFY2(m_testDb->ok(), qPrintable(m_testDb->error()));
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM users")) && q.next());
    m_total = q.value(0).toLongLong();
}

void tst_LazyTableModel::cleanupTestCase()
{
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("observer"));
    m_testDb.reset();
}

void tst_LazyTableModel::init()
{
    m_worker = std::make_unique<DbWorker>(m_testDb->profile(), QString());
    m_model = std::make_unique<LazyTableModel>(m_worker.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(m_model.get(), &LazyTableModel::errorOccurred, this,
            [](const QString& message) { QFAIL(qPrintable(message)); });
}

void tst_LazyTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_worker.reset();
}

QVariantList tst_LazyTableModel::sqlRow(const QString& orderBy, qint64 offset, const QString& where,
                                        const QVariantList& params)
{
    QSqlQuery q(m_db);
    QString sql = QStringLiteral("SELECT u.email, u.username, u.balance, u.balance_currency, "
                                 "u.upload_bytes + u.download_bytes, u.id FROM users u");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(" LIMIT 1 OFFSET ?");
    if (!q.prepare(sql))
        return {};
    for (const QVariant& v : params)
        q.addBindValue(v);
    q.addBindValue(offset);
    if (!q.exec() || !q.next())
        return {};
    QVariantList row;
    for (int i = 0; i < 6; ++i)
        row << q.value(i);
    return row;
}

bool tst_LazyTableModel::waitForCount(qint64 count)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (m_model->rowCount() == count && m_model->isCountExact())
            return true;
        QTest::qWait(10);
    }
    return false;
}

void tst_LazyTableModel::countAndFarRows()
{
    QSignalSpy counts(m_model.get(), &LazyTableModel::countChanged);
    m_model->setQuery(pd::test::usersTableQuery());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(waitForCount(m_total));
    QCOMPARE(m_model->rowCount(), 100000);
    // The estimate came first, the exact count last.
    QVERIFY(counts.size() >= 2);
    QCOMPARE(counts.first().at(1).toBool(), false);
    QCOMPARE(counts.last().at(1).toBool(), true);

    const QString order = QStringLiteral("lower(u.email), u.id");
    for (const int row : {50000, 99999}) {
        const QModelIndex index = m_model->index(row, 0);
        QCOMPARE(index.data().toString(), kLoading);
        QCOMPARE(index.data(LazyTableModel::LoadedRole).toBool(), false);
        QVERIFY(m_model->rowId(row).isNull());
    }
    const QModelIndex first = m_model->index(0, 0);
    const QString firstText = first.data().toString();
    QVERIFY2(firstText == kLoading || firstText == sqlRow(order, 0).at(0).toString(),
             qPrintable(firstText));

    for (const int row : {0, 50000, 99999}) {
        const QVariantList expected = sqlRow(order, row);
        QVERIFY(!expected.isEmpty());
        const QModelIndex index = m_model->index(row, 0);
        QTRY_COMPARE(index.data().toString(), expected.at(0).toString());
        QCOMPARE(index.data(LazyTableModel::LoadedRole).toBool(), true);
        QCOMPARE(index.data(LazyTableModel::RowIdRole).toString(), expected.at(5).toString());
        QCOMPARE(m_model->rowOf(expected.at(5)), row);
    }
    QCOMPARE(m_model->index(99999, 0).data().toString(), QStringLiteral("u100000@example.com"));
    QTRY_VERIFY(!m_model->isLoading());
}

void tst_LazyTableModel::formatting()
{
    m_model->setQuery(pd::test::usersTableQuery());
    QVERIFY(waitForCount(m_total));
    QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Balance"));
    const int row = 1234;
    const QVariantList expected = sqlRow(QStringLiteral("lower(u.email), u.id"), row);
    // LoadedRole only looks; DisplayRole asks for the block.
    QTRY_VERIFY(m_model->index(row, 0).data().toString() != kLoading);
    QVERIFY(m_model->index(row, 0).data(LazyTableModel::LoadedRole).toBool());

    const auto money =
        pd::domain::Money::fromDecimalString(expected.at(2).toString(), expected.at(3).toString());
    QVERIFY(money.has_value());
    QCOMPARE(m_model->index(row, 2).data().toString(), money->toDisplayString());
    QCOMPARE(m_model->index(row, 2).data(LazyTableModel::RawValueRole).toString(),
             expected.at(2).toString());
    QCOMPARE(m_model->index(row, 3).data().toString(),
             pd::domain::bytes::format(expected.at(4).toLongLong()));
    QCOMPARE(m_model->index(row, 2).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight,
             int(Qt::AlignRight));
    QCOMPARE(m_model->index(row, 3).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight,
             int(Qt::AlignRight));
    QVERIFY(!m_model->index(row, 0).data(Qt::TextAlignmentRole).isValid());
    const QString active = m_model->index(row, 5).data().toString();
    QVERIFY(active == QStringLiteral("Yes") || active == QStringLiteral("No"));
    const QDateTime created =
        m_model->index(row, 4).data(LazyTableModel::RawValueRole).toDateTime();
    QVERIFY(created.isValid());
    QCOMPARE(m_model->index(row, 4).data().toString(),
             QLocale().toString(created.toLocalTime(), QLocale::ShortFormat));
}

void tst_LazyTableModel::newFilterNeverShowsOldRows()
{
    m_model->setQuery(pd::test::usersTableQuery());
    QVERIFY(waitForCount(m_total));

    const QString prefix = QStringLiteral("u0999");
    bool sawOldRow = false;
    bool filtered = false;
    connect(m_model.get(), &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                if (!filtered)
                    return;
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                    const QModelIndex index = m_model->index(row, 0);
                    if (index.data(LazyTableModel::LoadedRole).toBool() &&
                        !index.data().toString().startsWith(prefix))
                        sawOldRow = true;
                }
            });
    // Put blocks in flight all over the table, then change the filter at once.
    for (int row = 0; row < 100000; row += 7919)
        m_model->index(row, 0).data();
    TableQuery query = pd::test::usersTableQuery();
    query.where = QStringLiteral("u.email LIKE ?");
    query.params = {prefix + QLatin1Char('%')};
    m_model->setQuery(query);
    filtered = true;
    QVERIFY(waitForCount(100));
    for (int row = 0; row < 100; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        QTRY_VERIFY(index.data(LazyTableModel::LoadedRole).toBool());
        QCOMPARE(index.data().toString(),
                 sqlRow(QStringLiteral("lower(u.email), u.id"), row, query.where, query.params)
                     .at(0)
                     .toString());
    }
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY(!sawOldRow);
}

void tst_LazyTableModel::sortByAnotherColumn()
{
    m_model->setQuery(pd::test::usersTableQuery());
    QVERIFY(waitForCount(m_total));
    const qint64 generation = m_model->generation();
    // Not sortable: nothing happens.
    m_model->sort(5, Qt::DescendingOrder);
    QCOMPARE(m_model->generation(), generation);

    m_model->sort(1, Qt::DescendingOrder);
    QVERIFY(m_model->generation() != generation);
    QCOMPARE(m_model->rowCount(), 100000);
    const QString order = QStringLiteral("lower(u.username) DESC, u.id DESC");
    for (const int row : {0, 777, 99999})
        QTRY_COMPARE(m_model->index(row, 1).data().toString(), sqlRow(order, row).at(1).toString());

    m_model->sort(2, Qt::AscendingOrder);
    const QString byBalance = QStringLiteral("u.balance, u.id");
    for (const int row : {0, 4321, 99998})
        QTRY_COMPARE(m_model->index(row, 0).data().toString(),
                     sqlRow(byBalance, row).at(0).toString());
}

void tst_LazyTableModel::refreshKeepsRowsUntilNewOnesArrive()
{
    TableQuery query = pd::test::usersTableQuery();
    query.where = QStringLiteral("u.email LIKE ?");
    query.params = {QStringLiteral("u00001%")}; // u000010 .. u000019
    m_model->setQuery(query);
    QVERIFY(waitForCount(10));
    QTRY_VERIFY(m_model->index(0, 1).data(LazyTableModel::LoadedRole).toBool());
    QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("user10"));

    QSqlQuery q(m_db);
    QVERIFY(q.prepare(QStringLiteral("UPDATE users SET username = ? WHERE email = ?")));
    q.addBindValue(QStringLiteral("renamed10"));
    q.addBindValue(QStringLiteral("u000010@example.com"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO users (email, username, password_hash) VALUES "
                                  "('u00001z@example.com', 'late', 'x')")));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->refresh();
    // What was shown stays shown until the fresh rows arrive: no flash of "Loading…".
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("user10"));
    QTRY_COMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("renamed10"));
    QVERIFY(!changed.isEmpty());
    QVERIFY(waitForCount(11));
    QTRY_COMPARE(m_model->index(10, 1).data().toString(), QStringLiteral("late"));
}

QTEST_MAIN(tst_LazyTableModel)
#include "tst_lazytablemodel.moc"
