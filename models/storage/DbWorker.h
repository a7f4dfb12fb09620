#pragma once

#include "storage/ConnectionProfile.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>
#include <QVariant>
#include <atomic>
#include <functional>
#include <memory>

namespace pd::storage {

// What a job hands back: a value, or an error sentence.
struct JobResult
{
    QVariant value;
    QString error; // empty on success
    QSqlError sqlError;
    bool ok() const { return error.isEmpty(); }
};

// Thrown inside a job to end it with an error (the worker catches it and reports it).
struct JobError
{
    QString message;
    QSqlError sqlError;
};

// Owns one database connection on its own thread and runs jobs there one at a time, so the
// GUI thread never runs SQL. Results come back on the requesting object's thread. A running
// query can be cancelled; a lost connection is reopened before the next job, and a read-only
// job that failed because the connection was lost is run once more on the new connection
// (writes never are: their outcome is unknown, and the error says so).
class DbWorker : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<QVariant(QSqlDatabase&)>;
    using Done = std::function<void(const JobResult&)>;

    DbWorker(ConnectionProfile profile, QString password, QObject* parent = nullptr);
    ~DbWorker() override; // cancels what runs, waits for the thread

    // Queues a job. `done` runs on `context`'s thread unless `context` was destroyed first (a
    // null context: on this worker object's thread). Jobs still queued and answers not yet
    // delivered when the worker is destroyed are dropped. Thread-safe.
    void run(QObject* context, Job job, Done done);
    // The same for a job that only reads: it may run twice (retried once after a lost
    // connection), and is skipped when `context` is gone before it starts.
    void runReadOnly(QObject* context, Job job, Done done);
    // Asks the server to cancel the statement running now, if any (PQcancel). Thread-safe.
    void cancelRunning();

    const ConnectionProfile& profile() const { return m_profile; }
    // For a second connection of the same session, such as a LISTEN connection.
    const QString& password() const { return m_password; }

Q_SIGNALS:
    // The connection went down (message says why) or came back up.
    void connectionStateChanged(bool up, const QString& message);

private:
    struct Request
    {
        Job job;
        Done done;
        QPointer<QObject> context;
        bool hasContext = false;
        bool viaWorker = false; // context lives on this object's thread: deliver through `this`
        bool readOnly = false;
    };
    enum class State { Unknown, Up, Down };

    void submit(QObject* context, Job job, Done done, bool readOnly);
    void execute(const Request& request);
    JobResult runOnce(const Job& job, bool* connectionLost);
    void deliver(const Request& request, const JobResult& result);
    bool ensureOpen(QString* error, QSqlError* sqlError);
    void markDown(const QString& message);
    void closeConnection();
    bool stopping();

    ConnectionProfile m_profile;
    QString m_password;
    QString m_connectionName;
    QThread m_thread;
    QObject* m_threadObject = nullptr;  // lives on m_thread; jobs are queued to it
    QMutex m_cancelMutex;               // guards the three below
    void* m_cancelHandle = nullptr;     // PGcancel* of the running job
    void* m_connectionCancel = nullptr; // PGcancel* of the open connection
    bool m_stopping = false;
    State m_state = State::Unknown;             // worker thread only
    std::shared_ptr<std::atomic<bool>> m_alive; // false once destruction starts
};

} // namespace pd::storage
