#include "ui/DemoStarter.h"

#include "storage/DemoCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QThread>

namespace pd::ui {

DemoStarter::DemoStarter(QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_dialogParent(dialogParent), m_dataRoot(defaultDataRoot())
{
    connect(qApp, &QCoreApplication::aboutToQuit, this, &DemoStarter::shutdown);
}

DemoStarter::~DemoStarter()
{
    shutdown();
}

QString DemoStarter::defaultDataRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo-cluster");
}

void DemoStarter::start(int users)
{
    if (m_thread)
        return; // already on its way: ready() will come
    if (storage::DemoCluster::findBinDir().isEmpty()) {
        // Checked here too so the person is not shown a progress dialog for nothing.
        Q_EMIT noServerBinaries(
            tr("The demo database needs the PostgreSQL server programs (initdb, pg_ctl), and "
               "none were found on this computer. Install PostgreSQL to try the demo, or connect "
               "to an existing server."));
        return;
    }
    QDir().mkpath(m_dataRoot);
    if (!m_cluster)
        m_cluster = std::make_unique<storage::DemoCluster>(m_dataRoot);

    if (m_showProgress) {
        m_progress = new QProgressDialog(tr("Starting the demo database…"), QString(), 0, 100,
                                         m_dialogParent);
        m_progress->setWindowTitle(tr("Demo database"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(0);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setValue(0);
        connect(this, &DemoStarter::progressed, m_progress,
                [this](int percent, const QString& step) {
                    if (!m_progress)
                        return;
                    m_progress->setValue(qBound(0, percent, 100));
                    if (!step.isEmpty())
                        m_progress->setLabelText(step);
                });
    }

    storage::DemoCluster* cluster = m_cluster.get();
    // The lambda only touches the cluster and m_result until finished(): the GUI thread leaves
    // both alone while m_thread is set.
    m_thread = QThread::create([this, cluster, users] {
        m_result = storage::DemoEnvironment::prepare(*cluster, users,
                                                     [this](int percent, const QString& step) {
                                                         // Emitted from this thread: the
                                                         // connections to GUI objects are queued.
                                                         Q_EMIT progressed(percent, step);
                                                     });
    });
    connect(m_thread, &QThread::finished, this, &DemoStarter::finished);
    m_thread->start();
}

void DemoStarter::finished()
{
    if (!m_thread)
        return;
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    const storage::DemoEnvironment::Result result = m_result;
    if (result.ok)
        Q_EMIT ready(result.adminProfile, result.loadedNow);
    else if (result.noServerBinaries)
        Q_EMIT noServerBinaries(result.error);
    else
        Q_EMIT failed(result.error.isEmpty()
                          ? tr("The demo database could not be started. Nothing was changed; "
                               "try again, or connect to a server.")
                          : result.error);
}

void DemoStarter::shutdown()
{
    if (m_thread) {
        // prepare() cannot be interrupted and owns the cluster while it runs: quitting waits
        // for it, then stops the cluster.
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (m_cluster && m_cluster->isRunning())
        m_cluster->stop();
}

storage::ConnectionProfile DemoStarter::profileFor(const QString& login) const
{
    if (!m_cluster)
        return {};
    return storage::DemoEnvironment::profileFor(*m_cluster, login);
}

} // namespace pd::ui
