#include "storage/DbWorker.h"
#include "storage/LibpqHandle.h"

#include "storage/Database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QMetaObject>
#include <QMutexLocker>
#include <QSqlDriver>

#include <exception>
#include <libpq-fe.h>

namespace pd::storage {

namespace {

QAtomicInt g_workerCounter;

} // namespace

DbWorker::DbWorker(ConnectionProfile profile, QString password, QObject* parent)
    : QObject(parent), m_profile(std::move(profile)), m_password(std::move(password)),
      m_connectionName(QStringLiteral("pd-dbworker-%1").arg(g_workerCounter.fetchAndAddRelaxed(1))),
      m_alive(std::make_shared<std::atomic<bool>>(true))
{
    m_thread.setObjectName(QStringLiteral("pd-db-worker"));
    m_threadObject = new QObject;
    m_threadObject->moveToThread(&m_thread);
    // A connection belongs to the thread that opened it, so it is closed there as the thread
    // ends (finished is emitted on the ending thread).
    connect(
        &m_thread, &QThread::finished, m_threadObject, [this] { closeConnection(); },
        Qt::DirectConnection);
    m_thread.start();
}

DbWorker::~DbWorker()
{
    {
        QMutexLocker lock(&m_cancelMutex);
        m_stopping = true;
        if (m_cancelHandle) {
            char message[256];
            PQcancel(static_cast<PGcancel*>(m_cancelHandle), message, int(sizeof message));
        }
    }
    m_alive->store(false);
    m_thread.quit();
    m_thread.wait();
    // Jobs that never started are still posted to this object; deleting it drops them.
    delete m_threadObject;
}

void DbWorker::run(QObject* context, Job job, Done done)
{
    submit(context, std::move(job), std::move(done), false);
}

void DbWorker::runReadOnly(QObject* context, Job job, Done done)
{
    submit(context, std::move(job), std::move(done), true);
}

void DbWorker::submit(QObject* context, Job job, Done done, bool readOnly)
{
    if (stopping())
        return;
    Request request;
    request.job = std::move(job);
    request.done = std::move(done);
    request.context = context;
    request.hasContext = context != nullptr;
    // Delivering through this object (which outlives every job, see the destructor) and
    // checking the QPointer on the context's own thread leaves no window in which the context
    // could be deleted between the check and the call.
    request.viaWorker = !context || context->thread() == thread();
    request.readOnly = readOnly;
    QMetaObject::invokeMethod(
        m_threadObject, [this, request] { execute(request); }, Qt::QueuedConnection);
}

bool DbWorker::stopping()
{
    QMutexLocker lock(&m_cancelMutex);
    return m_stopping;
}

void DbWorker::cancelRunning()
{
    QMutexLocker lock(&m_cancelMutex);
    if (!m_cancelHandle)
        return;
    char message[256];
    PQcancel(static_cast<PGcancel*>(m_cancelHandle), message, int(sizeof message));
}

void DbWorker::execute(const Request& request)
{
    if (stopping())
        return;
    // Nobody waits for what a read would return.
    if (request.readOnly && request.hasContext && request.context.isNull())
        return;
    bool lost = false;
    JobResult result = runOnce(request.job, &lost);
    if (lost) {
        markDown(result.ok() || !Database::isConnectionLost(result.sqlError)
                     ? tr("The connection to the database server was lost. PanelDesk reconnects "
                          "for the next request.")
                     : Database::describe(result.sqlError));
        if (!result.ok() && request.readOnly && !stopping()) {
            result = runOnce(request.job, &lost);
            if (lost)
                markDown(Database::describe(result.sqlError));
        } else if (!result.ok()) {
            result.error =
                tr("The connection to the database server was lost while a change was being "
                   "saved, so it is not known whether the change was saved. Reload the data to "
                   "check before you try again.");
        }
    }
    deliver(request, result);
}

JobResult DbWorker::runOnce(const Job& job, bool* connectionLost)
{
    *connectionLost = false;
    JobResult result;
    if (!ensureOpen(&result.error, &result.sqlError))
        return result;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    {
        QMutexLocker lock(&m_cancelMutex);
        if (m_stopping) {
            result.error = tr("The request was cancelled because PanelDesk is closing the "
                              "connection.");
            return result;
        }
        m_cancelHandle = m_connectionCancel;
    }
    try {
        result.value = job(db);
    } catch (const JobError& e) {
        result.sqlError = e.sqlError;
        result.error = e.message.isEmpty() ? Database::describe(e.sqlError) : e.message;
    } catch (const std::exception& e) {
        result.error = tr("The database request ended with an unexpected error: %1")
                           .arg(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        result.error = tr("The database request ended with an unexpected error.");
    }
    {
        QMutexLocker lock(&m_cancelMutex);
        m_cancelHandle = nullptr;
    }
    PGconn* conn = libpqHandle(db);
    *connectionLost = (!result.ok() && Database::isConnectionLost(result.sqlError)) ||
                      (conn && PQstatus(conn) == CONNECTION_BAD);
    return result;
}

void DbWorker::deliver(const Request& request, const JobResult& result)
{
    if (!request.done || stopping())
        return;
    const QPointer<QObject> context = request.context;
    const Done done = request.done;
    if (request.viaWorker) {
        const bool hasContext = request.hasContext;
        QMetaObject::invokeMethod(
            this,
            [context, hasContext, done, result] {
                if (!hasContext || context)
                    done(result);
            },
            Qt::QueuedConnection);
        return;
    }
    QObject* target = context.data();
    if (!target)
        return;
    const auto alive = m_alive;
    QMetaObject::invokeMethod(
        target,
        [context, done, result, alive] {
            if (context && alive->load())
                done(result);
        },
        Qt::QueuedConnection);
}

bool DbWorker::ensureOpen(QString* error, QSqlError* sqlError)
{
    if (QSqlDatabase::contains(m_connectionName)) {
        bool healthy = false;
        {
            const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            PGconn* conn = libpqHandle(db);
            healthy = db.isOpen() && conn && PQstatus(conn) == CONNECTION_OK;
        }
        if (healthy)
            return true;
        closeConnection();
    }
    const Database::Result opened = Database::open(m_profile, m_password, m_connectionName);
    if (!opened.ok()) {
        *error = opened.error;
        *sqlError = opened.sqlError;
        if (m_state != State::Down) {
            m_state = State::Down;
            Q_EMIT connectionStateChanged(false, opened.error);
        }
        return false;
    }
    PGconn* conn = libpqHandle(opened.db);
    {
        QMutexLocker lock(&m_cancelMutex);
        m_connectionCancel = conn ? PQgetCancel(conn) : nullptr;
    }
    if (m_state != State::Up) {
        m_state = State::Up;
        Q_EMIT connectionStateChanged(true, QString());
    }
    return true;
}

void DbWorker::markDown(const QString& message)
{
    closeConnection();
    if (m_state != State::Down) {
        m_state = State::Down;
        Q_EMIT connectionStateChanged(false, message);
    }
}

void DbWorker::closeConnection()
{
    {
        QMutexLocker lock(&m_cancelMutex);
        if (m_connectionCancel)
            PQfreeCancel(static_cast<PGcancel*>(m_connectionCancel));
        m_connectionCancel = nullptr;
        m_cancelHandle = nullptr;
    }
    if (QSqlDatabase::contains(m_connectionName))
        Database::close(m_connectionName);
}

} // namespace pd::storage
