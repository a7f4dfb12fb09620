#pragma once

#include "storage/ConnectionProfile.h"

#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>
#include <QVariant>
#include <functional>

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
// query can be cancelled; a lost connection is reopened before the next job.
class DbWorker : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<QVariant(QSqlDatabase&)>;
    using Done = std::function<void(const JobResult&)>;

    DbWorker(ConnectionProfile profile, QString password, QObject* parent = nullptr);
    ~DbWorker() override; // cancels what runs, waits for the thread

    // Queues a job. `done` runs on `context`'s thread unless `context` was destroyed first.
    // Thread-safe.
    void run(QObject* context, Job job, Done done);
    // Asks the server to cancel the statement running now, if any (PQcancel). Thread-safe.
    void cancelRunning();

    const ConnectionProfile& profile() const { return m_profile; }

Q_SIGNALS:
    // The connection went down (message says why) or came back up.
    void connectionStateChanged(bool up, const QString& message);

private:
    void execute(Job job, QPointer<QObject> context, Done done);
    bool ensureOpen(QString* error, QSqlError* sqlError);

    ConnectionProfile m_profile;
    QString m_password;
    QString m_connectionName;
    QThread m_thread;
    QObject* m_threadObject = nullptr; // lives on m_thread; jobs are queued to it
    QMutex m_cancelMutex;
    void* m_cancelHandle = nullptr; // PGcancel* of the running job
    bool m_up = false;
};

} // namespace pd::storage
