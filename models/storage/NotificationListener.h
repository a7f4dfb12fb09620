#pragma once

#include "storage/ConnectionProfile.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace pd::storage {

class NotificationListenerWorker;

// LISTENs on one PostgreSQL channel on a connection of its own, on a thread of its own (QPSQL
// reads notifications from its socket, so that thread runs an event loop). Notifications reach
// the owner's thread as notified(). When the server goes away it says so, reconnects with
// backoff (0.5 s up to 8 s) and, once listening again, emits resynced(): notifications sent
// meanwhile are lost, so views reload then.
class NotificationListener : public QObject
{
    Q_OBJECT
public:
    NotificationListener(ConnectionProfile profile, QString password, QString channel,
                         QObject* parent = nullptr);
    ~NotificationListener() override;

    void start();
    bool isListening() const { return m_listening; }
    QString channel() const { return m_channel; }

Q_SIGNALS:
    void notified(const QString& payload);
    void listeningChanged(bool listening);
    void resynced();

private:
    QString m_channel;
    QThread m_thread;
    NotificationListenerWorker* m_worker;
    bool m_listening = false;
};

} // namespace pd::storage
