// Prints milliseconds per page for keyset paging (forward, backward) and OFFSET jumps over
// 100,000 users. Needs the test cluster:
//   bash tests/support/pgcluster.sh start /tmp/pd-bench && PD_TEST_PG_DIR=/tmp/pd-bench
//   bench_paging
#include "storage/DbWorker.h"
#include "storage/TableQuery.h"
#include "support/TestDatabase.h"
#include "support/UsersTableQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

using pd::storage::Column;
using pd::storage::ColumnKind;
using pd::storage::KeysetPager;
using pd::storage::Page;
using pd::storage::TableQuery;

namespace {

constexpr int PageSize = 200;
constexpr int Pages = 100;

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    pd::test::TestDatabase testDb(QStringLiteral("bench"));
    if (!testDb.ok()) {
        out << "cannot create the database: " << testDb.error() << '\n';
        return 1;
    }
    const QString error = testDb.insertUsers(100000);
    if (!error.isEmpty()) {
        out << "cannot fill the database: " << error << '\n';
        return 1;
    }
    QSqlDatabase db = testDb.open(QStringLiteral("bench"));
    const TableQuery query = pd::test::usersTableQuery(4); // by created_at, ties included
    try {
        QElapsedTimer timer;
        for (const bool backward : {false, true}) {
            QVariant sortKey;
            QVariant id;
            timer.start();
            for (int i = 0; i < Pages; ++i) {
                const Page page = KeysetPager::fetch(db, query, sortKey, id, PageSize, backward);
                const QVariantList& edge = backward ? page.rows.first() : page.rows.last();
                sortKey = edge.at(edge.size() - 2);
                id = edge.last();
            }
            out << (backward ? "keyset backward" : "keyset forward ") << ": "
                << QString::number(double(timer.nsecsElapsed()) / 1e6 / Pages, 'f', 3)
                << " ms/page (" << Pages << " pages of " << PageSize << ")\n";
        }
        for (const qint64 offset : {qint64(0), qint64(50000), qint64(99000)}) {
            const int runs = 20;
            timer.start();
            for (int i = 0; i < runs; ++i)
                KeysetPager::fetchAt(db, query, offset, PageSize);
            out << "fetchAt offset " << offset << ": "
                << QString::number(double(timer.nsecsElapsed()) / 1e6 / runs, 'f', 3)
                << " ms/page\n";
        }
        timer.start();
        const qint64 estimate = KeysetPager::estimateCount(db, query);
        const double estimateMs = double(timer.nsecsElapsed()) / 1e6;
        timer.start();
        const qint64 exact = KeysetPager::exactCount(db, query);
        out << "estimateCount: " << estimate << " in " << QString::number(estimateMs, 'f', 3)
            << " ms; exactCount: " << exact << " in "
            << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 3) << " ms\n";
    } catch (const pd::storage::JobError& e) {
        out << "failed: " << e.message << '\n';
        return 1;
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    return 0;
}
