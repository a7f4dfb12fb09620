#include "storage/NotificationListener.h"

#include "storage/NotificationListenerWorker.h"

namespace pd::storage {

NotificationListener::NotificationListener(ConnectionProfile profile, QString password,
                                           QString channel, QObject* parent)
    : QObject(parent), m_channel(channel),
      m_worker(new NotificationListenerWorker(std::move(profile), std::move(password),
                                              std::move(channel)))
{
    m_thread.setObjectName(QStringLiteral("pd-listener"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &NotificationListenerWorker::notified, this, &NotificationListener::notified);
    connect(m_worker, &NotificationListenerWorker::resynced, this, &NotificationListener::resynced);
    connect(m_worker, &NotificationListenerWorker::listeningChanged, this, [this](bool listening) {
        m_listening = listening;
        Q_EMIT listeningChanged(listening);
    });
    m_thread.start();
}

NotificationListener::~NotificationListener()
{
    // The connection is closed on its own thread before the thread ends.
    QMetaObject::invokeMethod(m_worker, &NotificationListenerWorker::stop,
                              Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void NotificationListener::start()
{
    QMetaObject::invokeMethod(m_worker, &NotificationListenerWorker::start, Qt::QueuedConnection);
}

} // namespace pd::storage
