#include "storage/DemoCluster.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>

#ifndef Q_OS_WIN
#include <pwd.h>
#include <unistd.h>
#endif

namespace pd::storage {

namespace {

// This file's strings share one translation context, which lupdate reads from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::DemoCluster)
};

QString exe(const QString& name)
{
#ifdef Q_OS_WIN
    return name + QStringLiteral(".exe");
#else
    return name;
#endif
}

bool runningAsRoot()
{
#ifdef Q_OS_WIN
    return false;
#else
    return ::geteuid() == 0;
#endif
}

// Expands one '*' path component ("/usr/lib/postgresql/*/bin").
QStringList expand(const QString& pattern)
{
    const int star = pattern.indexOf(QLatin1Char('*'));
    if (star < 0)
        return {pattern};
    const int slashBefore = pattern.lastIndexOf(QLatin1Char('/'), star);
    const int slashAfter = pattern.indexOf(QLatin1Char('/'), star);
    const QString parent = pattern.left(slashBefore);
    const QString component =
        pattern.mid(slashBefore + 1, slashAfter < 0 ? -1 : slashAfter - slashBefore - 1);
    const QString rest = slashAfter < 0 ? QString() : pattern.mid(slashAfter);
    QStringList out;
    const QStringList entries =
        QDir(parent).entryList({component}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& entry : entries)
        out << parent + QLatin1Char('/') + entry + rest;
    return out;
}

struct RunResult
{
    int exitCode = -1;
    QString output;
    bool started = false;
};

RunResult run(const QString& program, const QStringList& args, const QString& workDir,
              bool asPostgres, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    // The server's messages in English are what its documentation and forums use; the
    // sentences we show are ours and translated.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    env.remove(QStringLiteral("PGDATA"));
    process.setProcessEnvironment(env);
    if (asPostgres) {
        // PostgreSQL refuses to run as root; run its tools as the postgres system user.
        const QString runuser = QStandardPaths::findExecutable(
            QStringLiteral("runuser"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                        QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
        process.start(runuser.isEmpty() ? QStringLiteral("runuser") : runuser,
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program} +
                          args);
    } else {
        process.start(program, args);
    }
    RunResult result;
    if (!process.waitForStarted(10000)) {
        result.output = process.errorString();
        return result;
    }
    result.started = true;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.output = QString::fromLocal8Bit(process.readAll()) + QStringLiteral(" (timed out)");
        return result;
    }
    result.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

int majorVersion(const QString& binDir)
{
    // "initdb (PostgreSQL) 15.5 (Debian 15.5-0+deb12u1)" -> 15
    const RunResult r = run(binDir + QLatin1Char('/') + exe(QStringLiteral("initdb")),
                            {QStringLiteral("--version")}, {}, false, 15000);
    static const QRegularExpression re(QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+)"));
    const auto match = re.match(r.output);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

bool chownToPostgres(const QString& path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    return true;
#else
    const passwd* pw = ::getpwnam("postgres");
    if (!pw)
        return false;
    return ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
#endif
}

// Whether another user (postgres) can walk down to `path`: every existing ancestor must be
// searchable by others.
bool reachableByOthers(const QString& path)
{
    QDir dir(QFileInfo(path).absolutePath());
    for (;;) {
        const QFileInfo info(dir.absolutePath());
        if (info.exists() && !(info.permissions() & QFileDevice::ExeOther))
            return false;
        if (dir.isRoot())
            return true;
        dir.setPath(QFileInfo(dir.absolutePath()).absolutePath());
    }
}

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
}

} // namespace

QStringList DemoCluster::candidateBinDirs()
{
    const QStringList patterns{
        QStringLiteral("/usr/lib/postgresql/*/bin"),
        QStringLiteral("/opt/homebrew/opt/postgresql@*/bin"),
        QStringLiteral("/usr/local/opt/postgresql@*/bin"),
        QStringLiteral("/opt/homebrew/bin"),
        QStringLiteral("/usr/local/bin"),
        QStringLiteral("/Applications/Postgres.app/Contents/Versions/*/bin"),
        QStringLiteral("C:/Program Files/PostgreSQL/*/bin"),
    };
    QStringList dirs;
    for (const QString& pattern : patterns)
        dirs << expand(pattern);
    const QString path = qEnvironmentVariable("PATH");
    dirs << path.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    dirs.removeDuplicates();
    return dirs;
}

QString DemoCluster::findBinDir()
{
    QString best;
    int bestMajor = -1;
    for (const QString& dir : candidateBinDirs()) {
        const QFileInfo initdb(dir + QLatin1Char('/') + exe(QStringLiteral("initdb")));
        const QFileInfo pgctl(dir + QLatin1Char('/') + exe(QStringLiteral("pg_ctl")));
        if (!initdb.isExecutable() || !pgctl.isExecutable())
            continue;
        const int major = majorVersion(dir);
        if (major > bestMajor) { // ties: the earlier, more specific place wins
            bestMajor = major;
            best = QDir::cleanPath(dir);
        }
    }
    return best;
}

DemoCluster::DemoCluster(QString dataRoot) : m_root(QDir::cleanPath(dataRoot))
{
    const QByteArray hash =
        QCryptographicHash::hash(m_root.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    if (runningAsRoot() && !reachableByOthers(m_root)) {
        // root's home is not traversable by postgres: keep the cluster in a directory of its
        // own under the temporary directory, one per data root.
        m_root = QDir::tempPath() + QStringLiteral("/paneldesk-demo-root-0/") +
                 QString::fromLatin1(hash);
    }
    m_socketDir = m_root + QStringLiteral("/sock");
    // Unix socket paths are limited to about 100 bytes (".s.PGSQL.65535" included).
    if ((m_socketDir + QStringLiteral("/.s.PGSQL.65535")).toUtf8().size() >= 100)
        m_socketDir = QDir::tempPath() + QStringLiteral("/pd-sock-") + QString::fromLatin1(hash);
}

DemoCluster::~DemoCluster()
{
    if (m_running)
        stop();
}

bool DemoCluster::isInitialized() const
{
    return QFile::exists(m_root + QStringLiteral("/data/PG_VERSION"));
}

bool DemoCluster::start()
{
    if (m_running)
        return true;
    m_error.clear();
    if (m_binDir.isEmpty())
        m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_error =
            Tr::tr("No PostgreSQL server programs (initdb, pg_ctl) were found on this computer. "
                   "Install the PostgreSQL server, or connect to an existing database instead.");
        return false;
    }
    const bool asRoot = runningAsRoot();
    const QString dataDir = m_root + QStringLiteral("/data");
    const QString pgCtl = m_binDir + QLatin1Char('/') + exe(QStringLiteral("pg_ctl"));

    if (!QDir().mkpath(m_root) || !QDir().mkpath(m_socketDir)) {
        m_error = Tr::tr("The demo database folder %1 could not be created. Check that the disk is "
                         "writable and has free space, then try again.")
                      .arg(QDir::toNativeSeparators(m_root));
        return false;
    }
    if (asRoot) {
        const QString base = QDir::tempPath() + QStringLiteral("/paneldesk-demo-root-0");
        if (m_root.startsWith(base))
            QFile::setPermissions(base, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther);
        if (!chownToPostgres(m_root) || !chownToPostgres(m_socketDir)) {
            m_error =
                Tr::tr("The demo database cannot run as root without the postgres system user. "
                       "Install the PostgreSQL server package, or run PanelDesk as a normal "
                       "user.");
            return false;
        }
    }

    if (!isInitialized()) {
        QDir(dataDir).removeRecursively(); // what a failed earlier initdb left
        const QString initdb = m_binDir + QLatin1Char('/') + exe(QStringLiteral("initdb"));
        QStringList args{QStringLiteral("-D"),           dataDir,
                         QStringLiteral("-U"),           QStringLiteral("postgres"),
                         QStringLiteral("--auth=trust"), QStringLiteral("-E"),
                         QStringLiteral("UTF8")};
        RunResult r =
            run(initdb, args + QStringList{QStringLiteral("--locale=C.UTF-8")}, m_root, asRoot);
        if (r.exitCode != 0) {
            // Some systems (older macOS) lack the C.UTF-8 locale.
            QDir(dataDir).removeRecursively();
            r = run(initdb, args + QStringList{QStringLiteral("--no-locale")}, m_root, asRoot);
        }
        if (r.exitCode != 0) {
            m_error =
                Tr::tr("Creating the demo database cluster failed: %1 Nothing was changed; check "
                       "the PostgreSQL installation and the free disk space, then try again.")
                    .arg(r.output.right(600));
            return false;
        }
        QFile conf(dataDir + QStringLiteral("/postgresql.conf"));
        if (!conf.open(QIODevice::Append | QIODevice::Text) ||
            conf.write("\n# PanelDesk demo: where to listen is rewritten on every start.\n"
                       "include_if_exists = 'paneldesk.conf'\n") < 0) {
            m_error =
                Tr::tr("The demo database configuration could not be written to %1. Check the "
                       "folder's permissions, then try again.")
                    .arg(QDir::toNativeSeparators(conf.fileName()));
            return false;
        }
    }

    // A server left running by a crash of an earlier session, or a stale postmaster.pid,
    // must not stop this start.
    const QString pidFile = dataDir + QStringLiteral("/postmaster.pid");
    if (QFile::exists(pidFile)) {
        const RunResult status =
            run(pgCtl, {QStringLiteral("status"), QStringLiteral("-D"), dataDir}, m_root, asRoot,
                30000);
        if (status.exitCode == 0) {
            run(pgCtl,
                {QStringLiteral("stop"), QStringLiteral("-D"), dataDir, QStringLiteral("-m"),
                 QStringLiteral("immediate"), QStringLiteral("-w")},
                m_root, asRoot, 60000);
        }
        if (QFile::exists(pidFile))
            QFile::remove(pidFile);
    }

    m_port = freePort();
    if (m_port == 0) {
        m_error =
            Tr::tr("No free network port was found for the demo database. Close some programs "
                   "and try again.");
        return false;
    }
    QFile local(dataDir + QStringLiteral("/paneldesk.conf"));
    QByteArray settings = "port = " + QByteArray::number(m_port) + '\n';
#ifdef Q_OS_WIN
    settings += "listen_addresses = '127.0.0.1'\n";
#else
    QString socketDir = m_socketDir;
    socketDir.replace(QLatin1Char('\''), QLatin1String("''"));
    settings += "listen_addresses = ''\nunix_socket_directories = '" + socketDir.toUtf8() + "'\n";
#endif
    if (!local.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text) ||
        local.write(settings) < 0) {
        m_error = Tr::tr("The demo database configuration could not be written to %1. Check the "
                         "folder's permissions, then try again.")
                      .arg(QDir::toNativeSeparators(local.fileName()));
        return false;
    }
    local.close();
    if (asRoot)
        chownToPostgres(local.fileName());

    const QString log = m_root + QStringLiteral("/server.log");
    const RunResult r =
        run(pgCtl,
            {QStringLiteral("start"), QStringLiteral("-D"), dataDir, QStringLiteral("-l"), log,
             QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60")},
            m_root, asRoot, 90000);
    if (r.exitCode != 0) {
        QFile logFile(log);
        QString tail;
        if (logFile.open(QIODevice::ReadOnly))
            tail = QString::fromLocal8Bit(logFile.readAll().right(600)).trimmed();
        m_error =
            Tr::tr("The demo database server did not start: %1 The demo data is kept in %2; "
                   "see the server log there, then try again.")
                .arg(tail.isEmpty() ? r.output.right(600) : tail, QDir::toNativeSeparators(m_root));
        return false;
    }
    m_running = true;
    return true;
}

void DemoCluster::stop()
{
    if (!m_running)
        return;
    const QString pgCtl = m_binDir + QLatin1Char('/') + exe(QStringLiteral("pg_ctl"));
    run(pgCtl,
        {QStringLiteral("stop"), QStringLiteral("-D"), m_root + QStringLiteral("/data"),
         QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w")},
        m_root, runningAsRoot(), 90000);
    m_running = false;
}

ConnectionProfile DemoCluster::superuserProfile(const QString& database) const
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("demo");
#ifdef Q_OS_WIN
    profile.host = QStringLiteral("127.0.0.1");
#else
    profile.host = m_socketDir;
#endif
    profile.port = m_port;
    profile.database = database;
    profile.user = QStringLiteral("postgres");
    profile.sslMode = QStringLiteral("disable");
    profile.demo = true;
    return profile;
}

} // namespace pd::storage
