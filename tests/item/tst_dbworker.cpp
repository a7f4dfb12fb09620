// DbWorker against a real server: jobs run on its thread and answer on the caller's, errors
// and cancellation reach the caller, a killed connection comes back (reads retried, writes
// not), and tearing a busy worker down drops what was still queued.
#include "storage/DbWorker.h"
#include "support/TestDatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <memory>
#include <optional>

using pd::storage::DbWorker;
using pd::storage::JobError;
using pd::storage::JobResult;

class tst_DbWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void jobsRunOffTheCallingThread();
    void jobErrorReachesDone();
    void cancelRunningEndsALongQuery();
    void lostConnectionIsReopenedAndReadsRetried();
    void writesAreNotRetried();
    void destroyedContextGetsNoAnswer();
    void destroyingABusyWorkerDropsQueuedJobs();

private:
    // Runs a job and waits for its answer on this thread.
    JobResult runAndWait(DbWorker& worker, const DbWorker::Job& job, bool readOnly = true);
    qint64 backendPid(DbWorker& worker);
    qint64 scalar(const QString& sql, const QVariantList& params = {});
    void terminate(qint64 pid);

    std::unique_ptr<pd::test::TestDatabase> m_testDb;
    QSqlDatabase m_db;
};

static QVariant execScalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        throw JobError{{}, q.lastError()};
    return q.value(0);
}

void tst_DbWorker::initTestCase()
{
    m_testDb = std::make_unique<pd::test::TestDatabase>(QStringLiteral("worker"));
    QVERIFY2(m_testDb->ok(), qPrintable(m_testDb->error()));
    m_db = m_testDb->open(QStringLiteral("observer"));
    QVERIFY2(m_testDb->ok(), qPrintable(m_testDb->error()));
}

void tst_DbWorker::cleanupTestCase()
{
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("observer"));
    m_testDb.reset();
}

JobResult tst_DbWorker::runAndWait(DbWorker& worker, const DbWorker::Job& job, bool readOnly)
{
    auto result = std::make_shared<std::optional<JobResult>>();
    const auto done = [result](const JobResult& r) { *result = r; };
    if (readOnly)
        worker.runReadOnly(this, job, done);
    else
        worker.run(this, job, done);
    QElapsedTimer timer;
    timer.start();
    while (!result->has_value() && timer.elapsed() < 30000)
        QTest::qWait(5);
    if (!result->has_value())
        return JobResult{{}, QStringLiteral("timed out waiting for the job"), {}};
    return **result;
}

qint64 tst_DbWorker::backendPid(DbWorker& worker)
{
    const JobResult r = runAndWait(worker, [](QSqlDatabase& db) {
        return execScalar(db, QStringLiteral("SELECT pg_backend_pid()"));
    });
    return r.ok() ? r.value.toLongLong() : -1;
}

qint64 tst_DbWorker::scalar(const QString& sql, const QVariantList& params)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return -1;
    for (const QVariant& v : params)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void tst_DbWorker::terminate(qint64 pid)
{
    QCOMPARE(scalar(QStringLiteral("SELECT pg_terminate_backend(?)::int"), {pid}), 1);
    QTRY_COMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"), {pid}), 0);
}

void tst_DbWorker::jobsRunOffTheCallingThread()
{
    DbWorker worker(m_testDb->profile(), {});
    std::atomic<QThread*> jobThread{nullptr};
    QThread* doneThread = nullptr;
    bool answered = false;
    worker.run(
        this,
        [&jobThread](QSqlDatabase& db) {
            jobThread = QThread::currentThread();
            return execScalar(db, QStringLiteral("SELECT 41 + 1"));
        },
        [&](const JobResult& r) {
            doneThread = QThread::currentThread();
            answered = true;
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.value.toInt(), 42);
        });
    QTRY_VERIFY(answered);
    QVERIFY(jobThread.load() != nullptr);
    QVERIFY(jobThread.load() != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
}

void tst_DbWorker::jobErrorReachesDone()
{
    DbWorker worker(m_testDb->profile(), {});
    const QString sentence = QStringLiteral("The plan could not be saved. Nothing was changed.");
    JobResult r = runAndWait(worker, [sentence](QSqlDatabase&) -> QVariant {
        throw JobError{sentence, {}};
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error, sentence);

    // A database error without a sentence of its own gets one from the SQL error.
    r = runAndWait(worker, [](QSqlDatabase& db) {
        return execScalar(db, QStringLiteral("SELECT no_such_column FROM users"));
    });
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(r.sqlError.nativeErrorCode(), QStringLiteral("42703"));

    // The worker carries on.
    r = runAndWait(worker,
                   [](QSqlDatabase& db) { return execScalar(db, QStringLiteral("SELECT 1")); });
    QVERIFY2(r.ok(), qPrintable(r.error));
}

void tst_DbWorker::cancelRunningEndsALongQuery()
{
    DbWorker worker(m_testDb->profile(), {});
    const qint64 pid = backendPid(worker);
    QVERIFY(pid > 0);
    std::optional<JobResult> result;
    worker.runReadOnly(
        this,
        [](QSqlDatabase& db) { return execScalar(db, QStringLiteral("SELECT pg_sleep(30)")); },
        [&result](const JobResult& r) { result = r; });
    // Cancel only once the server is really sleeping, so the test cannot pass by luck.
    QTRY_COMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ? AND "
                                       "state = 'active' AND query LIKE '%pg_sleep%'"),
                        {pid}),
                 1);
    QElapsedTimer timer;
    timer.start();
    worker.cancelRunning();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 2000);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(!result->ok());
    QCOMPARE(result->sqlError.nativeErrorCode(), QStringLiteral("57014"));
    // Same connection, still usable.
    QCOMPARE(backendPid(worker), pid);
    // Cancelling with nothing running does no harm.
    worker.cancelRunning();
    QCOMPARE(backendPid(worker), pid);
}

void tst_DbWorker::lostConnectionIsReopenedAndReadsRetried()
{
    DbWorker worker(m_testDb->profile(), {});
    QSignalSpy spy(&worker, &DbWorker::connectionStateChanged);
    const qint64 pid = backendPid(worker);
    QVERIFY(pid > 0);
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    terminate(pid);

    std::atomic<int> attempts{0};
    const JobResult r = runAndWait(worker, [&attempts](QSqlDatabase& db) {
        ++attempts;
        return execScalar(db, QStringLiteral("SELECT pg_backend_pid()"));
    });
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.value.toLongLong() != pid);
    QCOMPARE(attempts.load(), 2);
    QTRY_COMPARE(spy.size(), 3);
    QCOMPARE(spy.at(1).at(0).toBool(), false);
    QVERIFY(!spy.at(1).at(1).toString().isEmpty());
    QCOMPARE(spy.at(2).at(0).toBool(), true);
    QVERIFY(spy.at(2).at(1).toString().isEmpty());
}

void tst_DbWorker::writesAreNotRetried()
{
    DbWorker worker(m_testDb->profile(), {});
    const qint64 pid = backendPid(worker);
    QVERIFY(pid > 0);
    terminate(pid);

    std::atomic<int> attempts{0};
    const JobResult r = runAndWait(
        worker,
        [&attempts](QSqlDatabase& db) -> QVariant {
            ++attempts;
            QSqlQuery q(db);
            if (!q.prepare(QStringLiteral("INSERT INTO app_settings (key, value) VALUES (?, '1')")))
                throw JobError{{}, q.lastError()};
            q.addBindValue(QStringLiteral("worker_write_test"));
            if (!q.exec())
                throw JobError{{}, q.lastError()};
            return true;
        },
        false);
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(attempts.load(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM app_settings WHERE key = ?"),
                    {QStringLiteral("worker_write_test")}),
             0);
    // The next job gets a new connection.
    const qint64 newPid = backendPid(worker);
    QVERIFY(newPid > 0 && newPid != pid);
}

void tst_DbWorker::destroyedContextGetsNoAnswer()
{
    DbWorker worker(m_testDb->profile(), {});
    auto* context = new QObject;
    bool answered = false;
    worker.run(
        context,
        [](QSqlDatabase& db) -> QVariant {
            execScalar(db, QStringLiteral("SELECT pg_sleep(0.2)"));
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("INSERT INTO app_settings (key, value) VALUES "
                                       "('orphan_write', '1')")))
                throw JobError{{}, q.lastError()};
            return true;
        },
        [&answered](const JobResult&) { answered = true; });
    delete context;
    // Jobs run in order: once this one answers, the first one has finished.
    QVERIFY(backendPid(worker) > 0);
    QTest::qWait(50);
    QVERIFY(!answered);
    // A write still runs even though nobody waits for its answer.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM app_settings WHERE key = 'orphan_write'")),
             1);
}

void tst_DbWorker::destroyingABusyWorkerDropsQueuedJobs()
{
    auto worker = std::make_unique<DbWorker>(m_testDb->profile(), QString());
    const qint64 pid = backendPid(*worker);
    QVERIFY(pid > 0);
    auto answers = std::make_shared<int>(0);
    auto ran = std::make_shared<std::atomic<int>>(0);
    worker->runReadOnly(
        this,
        [ran](QSqlDatabase& db) {
            ++*ran;
            return execScalar(db, QStringLiteral("SELECT pg_sleep(30)"));
        },
        [answers](const JobResult&) { ++*answers; });
    for (int i = 0; i < 500; ++i) {
        worker->run(
            this,
            [ran](QSqlDatabase& db) {
                ++*ran;
                return execScalar(db, QStringLiteral("SELECT 1"));
            },
            [answers](const JobResult&) { ++*answers; });
    }
    QTRY_COMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ? AND "
                                       "state = 'active' AND query LIKE '%pg_sleep%'"),
                        {pid}),
                 1);
    QElapsedTimer timer;
    timer.start();
    worker.reset();
    QVERIFY2(timer.elapsed() < 3000, "the destructor should cancel the running query");
    QTest::qWait(100);
    QCOMPARE(*answers, 0);
    QCOMPARE(ran->load(), 1);
    // Its connection was closed on the way out.
    QTRY_COMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"), {pid}), 0);
}

QTEST_GUILESS_MAIN(tst_DbWorker)
#include "tst_dbworker.moc"
