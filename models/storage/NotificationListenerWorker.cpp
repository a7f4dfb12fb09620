#include "storage/NotificationListenerWorker.h"

#include "storage/Database.h"

#include <QAtomicInt>
#include <QSqlQuery>
#include <QTimer>

namespace pd::storage {

namespace {
QAtomicInt g_listenerCounter;
constexpr int MaxBackoffMs = 8000;
} // namespace

NotificationListenerWorker::NotificationListenerWorker(ConnectionProfile profile, QString password,
                                                       QString channel)
    : m_profile(std::move(profile)), m_password(std::move(password)), m_channel(std::move(channel)),
      m_connectionName(
          QStringLiteral("pd-listener-%1").arg(g_listenerCounter.fetchAndAddRelaxed(1)))
{}

NotificationListenerWorker::~NotificationListenerWorker() = default;

void NotificationListenerWorker::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] {
            if (m_listening)
                check();
            else
                connectNow();
        });
    }
    connectNow();
}

void NotificationListenerWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    Database::close(m_connectionName);
    m_listening = false;
}

void NotificationListenerWorker::connectNow()
{
    Database::close(m_connectionName);
    auto opened = Database::open(m_profile, m_password, m_connectionName);
    if (opened.ok()) {
        QSqlDriver* driver = opened.db.driver();
        connect(driver, &QSqlDriver::notification, this,
                &NotificationListenerWorker::onNotification, Qt::UniqueConnection);
        if (driver->subscribeToNotification(m_channel)) {
            m_listening = true;
            m_backoffMs = 500;
            Q_EMIT listeningChanged(true);
            // Whatever was sent while nobody listened is lost: the views reload.
            if (m_everListened)
                Q_EMIT resynced();
            m_everListened = true;
            m_timer->start(1000);
            return;
        }
    }
    Database::close(m_connectionName);
    m_timer->start(m_backoffMs);
    m_backoffMs = qMin(m_backoffMs * 2, MaxBackoffMs);
}

void NotificationListenerWorker::check()
{
    bool alive = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery q(db);
        alive = db.isOpen() && q.exec(QStringLiteral("SELECT 1"));
    }
    if (alive) {
        m_timer->start(1000);
        return;
    }
    lost();
}

void NotificationListenerWorker::lost()
{
    m_listening = false;
    Q_EMIT listeningChanged(false);
    Database::close(m_connectionName);
    m_timer->start(m_backoffMs);
}

void NotificationListenerWorker::onNotification(const QString& name, QSqlDriver::NotificationSource,
                                                const QVariant& payload)
{
    if (name == m_channel)
        Q_EMIT notified(payload.toString());
}

} // namespace pd::storage
