#pragma once

#include "storage/ConnectionProfile.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace pd::storage {

// A private PostgreSQL cluster for the demo, in a data directory of its own, run with the
// system's server binaries (initdb, pg_ctl), listening only on a Unix socket (or 127.0.0.1 on
// Windows) and a free port. Blocking calls: run them off the GUI thread.
class DemoCluster
{
public:
    // Directories searched for initdb/pg_ctl: Debian, Homebrew, Postgres.app, the Windows
    // installer, then PATH. The newest major version wins.
    static QStringList candidateBinDirs();
    static QString findBinDir(); // empty when no server binaries exist

    explicit DemoCluster(QString dataRoot); // e.g. <AppDataLocation>/demo-cluster
    ~DemoCluster();                         // stops the cluster if this object started it

    bool isInitialized() const;
    // initdb when needed, then start; returns false with error() set.
    bool start();
    void stop();
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }

    // A superuser profile for the running cluster (trust on the socket, no password).
    ConnectionProfile superuserProfile(const QString& database = QStringLiteral("postgres")) const;

private:
    QString m_root;
    QString m_binDir;
    QString m_socketDir;
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace pd::storage
